package org.scrmportal.web.api;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.scrmportal.identity.People;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;
import org.scrmportal.supplier.Component;
import org.scrmportal.supplier.Inventories;
import org.scrmportal.supplier.Inventory;
import org.scrmportal.supplier.InventoryEntry;

/**
 * {@code /api/inventory}: what the caller's organization depends on. {@code GET} lists it (or, with
 * {@code organization}, another organization's that the caller may read: shared with it by its
 * marking); {@code POST /sbom} uploads a CycloneDX SBOM (JSON or XML); {@code POST /entries}
 * declares components by PURL, CPE or vendor, name and version; {@code DELETE /entries/{id}}
 * removes one; {@code PUT /marking} shares or narrows it.
 */
@Path("/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

  /** The largest SBOM upload read. */
  static final int MAX_SBOM_BYTES = 10 * 1024 * 1024;

  /** A component on the wire. */
  public record ComponentView(
      @Size(max = 256) String supplier,
      @Size(max = 256) String vendor,
      @Size(max = 256) String name,
      @Size(max = 128) String version,
      @Size(max = 1000) String purl,
      @Size(max = 1000) String cpe) {

    Component toComponent() {
      try {
        return new Component(supplier, vendor, name, version, purl, cpe);
      } catch (IllegalArgumentException e) {
        throw new DomainException(DomainException.Kind.INVALID, e.getMessage());
      }
    }
  }

  /** Components to declare. */
  public record Declaration(
      @NotEmpty(message = "components are required")
          @Size(max = 1000, message = "at most 1000 components at once")
          List<@NotNull @Valid ComponentView> components) {}

  /** An entry of an inventory. */
  public record EntryView(
      long id,
      String source,
      String supplier,
      String vendor,
      String name,
      String version,
      String purl,
      String cpe) {
    static EntryView of(InventoryEntry e) {
      Component c = e.component();
      return new EntryView(
          e.id(), e.source(), c.supplier(), c.vendor(), c.name(), c.version(), c.purl(), c.cpe());
    }
  }

  /** A page of an inventory: {@code next} is the id to continue after while {@code more}. */
  public record InventoryView(
      String organization, MarkingView marking, List<EntryView> entries, boolean more, Long next) {}

  @EJB Inventories inventories;

  @EJB People people;

  @GET
  public InventoryView list(
      @QueryParam("organization") String organization,
      @QueryParam("after") @DefaultValue("0") long after,
      @QueryParam("limit") @DefaultValue("500") int limit) {
    OrganizationId org;
    MarkingView marking = null;
    if (organization == null) {
      Inventory mine = inventories.mine();
      org = mine.organization();
      marking = MarkingView.of(mine.marking(), people);
    } else {
      try {
        org = new OrganizationId(organization);
      } catch (IllegalArgumentException e) {
        throw new DomainException(DomainException.Kind.NOT_FOUND, "No such inventory");
      }
    }
    int size = Math.max(1, Math.min(limit, Inventories.MAX_PAGE));
    List<InventoryEntry> page = inventories.entries(org, after, size + 1);
    boolean more = page.size() > size;
    List<EntryView> entries = page.stream().limit(size).map(EntryView::of).toList();
    return new InventoryView(
        org.value(), marking, entries, more, more ? entries.get(entries.size() - 1).id() : null);
  }

  @POST
  @Path("entries")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response declare(@NotNull(message = "a body is required") @Valid Declaration body) {
    List<EntryView> added =
        inventories
            .declare(body.components().stream().map(ComponentView::toComponent).toList())
            .stream()
            .map(EntryView::of)
            .toList();
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  /**
   * A CycloneDX SBOM as the body ({@code application/vnd.cyclonedx+json}, {@code +xml}, or plain
   * JSON/XML).
   */
  @POST
  @Path("sbom")
  @Consumes({
    "application/vnd.cyclonedx+json",
    "application/vnd.cyclonedx+xml",
    MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_XML,
    MediaType.TEXT_XML,
    MediaType.APPLICATION_OCTET_STREAM
  })
  public Response upload(@QueryParam("name") @Size(max = 200) String name, InputStream body)
      throws IOException {
    byte[] sbom = body.readNBytes(MAX_SBOM_BYTES + 1);
    if (sbom.length > MAX_SBOM_BYTES) {
      throw new DomainException(
          DomainException.Kind.TOO_LARGE, "An SBOM is at most " + MAX_SBOM_BYTES + " bytes");
    }
    List<EntryView> added = inventories.upload(name, sbom).stream().map(EntryView::of).toList();
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @DELETE
  @Path("entries/{id}")
  public Response delete(@PathParam("id") long id) {
    inventories.delete(id);
    return Response.noContent().build();
  }

  @PUT
  @Path("marking")
  @Consumes(MediaType.APPLICATION_JSON)
  public MarkingView share(@NotNull(message = "a marking is required") @Valid MarkingView marking) {
    return MarkingView.of(inventories.share(marking.toRequest()).marking(), people);
  }
}
