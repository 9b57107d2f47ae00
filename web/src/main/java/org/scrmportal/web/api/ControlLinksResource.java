package org.scrmportal.web.api;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.baseline.mapping.ControlMappings;
import org.scrmportal.baseline.mapping.LinkedControl;
import org.scrmportal.baseline.mapping.LinkedThreat;
import org.scrmportal.baseline.mapping.MappingDocuments;
import org.scrmportal.baseline.mapping.MappingInvalid;
import org.scrmportal.baseline.mapping.MappingProblem;
import org.scrmportal.baseline.mapping.MappingView;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.web.error.Problems;

/**
 * {@code /api/baselines/links}: the threats linked to a control ({@code GET ?catalog=&control=}),
 * the controls linked to a threat ({@code GET ?object=} or {@code ?advisory=}), and the form
 * ({@code POST}); {@code /api/baselines/mappings}: mapping documents (docs/MAPPINGS.md). Everything
 * read is what the caller may see.
 */
public final class ControlLinksResource {

  private ControlLinksResource() {}

  /** A link asked for: exactly one of {@code object} (a STIX id) and {@code advisory}. */
  public record LinkForm(
      @NotNull(message = "catalog is required") @Size(max = 300) String catalog,
      @NotNull(message = "control is required") @Size(max = 100) String control,
      @Size(max = 300) String object,
      Long advisory,
      @Size(max = 40) String relationship,
      @Valid MarkingView marking) {}

  /** The threats linked to a control, or the controls linked to a threat. */
  public record Links(List<LinkedThreat> threats, List<LinkedControl> controls) {}

  /** {@code /api/baselines/links}. */
  @Path("/baselines/links")
  @Produces(MediaType.APPLICATION_JSON)
  public static class LinksResource {

    @EJB ControlMappings mappings;

    @GET
    public Links list(
        @QueryParam("catalog") String catalog,
        @QueryParam("control") String control,
        @QueryParam("object") String object,
        @QueryParam("advisory") Long advisory) {
      if (object != null) {
        return new Links(List.of(), mappings.controlsFor(object));
      }
      if (advisory != null) {
        return new Links(List.of(), mappings.controlsForAdvisory(advisory));
      }
      if (catalog == null || control == null) {
        throw new DomainException(
            DomainException.Kind.INVALID, "Give catalog and control, or object, or advisory");
      }
      return new Links(mappings.linked(catalog, control), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@NotNull(message = "a body is required") @Valid LinkForm form) {
      MarkingRequest marking = form.marking() == null ? null : form.marking().toRequest();
      LinkedThreat linked =
          mappings.link(
              new ControlMappings.LinkRequest(
                  form.catalog(),
                  form.control(),
                  form.object(),
                  form.advisory(),
                  form.relationship(),
                  marking));
      return Response.status(Response.Status.CREATED).entity(linked).build();
    }
  }

  /** {@code /api/baselines/mappings}. */
  @Path("/baselines/mappings")
  @Produces(MediaType.APPLICATION_JSON)
  public static class MappingsResource {

    @EJB ControlMappings mappings;

    @GET
    public List<MappingView> list() {
      return mappings.mappings();
    }

    /**
     * A mapping document as the body, CSV ({@code text/csv}) or JSON; {@code tlp} its marking
     * (default CLEAR; AMBER and AMBER+STRICT go to the publisher's organization only).
     */
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public Response publish(
        @QueryParam("name") @Size(max = 200) String name,
        @QueryParam("tlp") String tlp,
        InputStream body)
        throws IOException {
      byte[] content = body.readNBytes(MappingDocuments.MAX_BYTES + 1);
      if (content.length > MappingDocuments.MAX_BYTES) {
        throw new DomainException(
            DomainException.Kind.TOO_LARGE,
            "A mapping document is at most " + MappingDocuments.MAX_BYTES + " bytes");
      }
      MarkingRequest marking = null;
      if (tlp != null) {
        TlpLevel level;
        try {
          level = TlpLevel.parse(tlp);
        } catch (IllegalArgumentException e) {
          throw new DomainException(DomainException.Kind.INVALID, "tlp must be a TLP 2.0 level");
        }
        marking = new MarkingRequest(level, null, null, null, null);
      }
      MappingView published = mappings.publish(name, content, marking);
      return Response.status(Response.Status.CREATED).entity(published).build();
    }
  }

  /** The problem details of a refused mapping document: 422 with every problem. */
  public record InvalidMappingProblem(
      String type, String title, int status, String detail, List<MappingProblem> problems) {}

  /** A mapping document with problems: 422, each named by row and column; nothing stored. */
  @Provider
  public static class InvalidMapping implements ExceptionMapper<MappingInvalid> {
    @Override
    public Response toResponse(MappingInvalid e) {
      return Response.status(422)
          .type(Problems.MEDIA_TYPE)
          .entity(
              new InvalidMappingProblem(
                  "about:blank", "Unprocessable Content", 422, e.getMessage(), e.problems()))
          .build();
    }
  }
}
