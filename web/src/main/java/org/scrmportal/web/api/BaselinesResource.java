package org.scrmportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.scrmportal.baseline.Baselines;
import org.scrmportal.baseline.ControlDetail;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.oscal.OscalInvalid;
import org.scrmportal.baseline.oscal.OscalProblem;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.web.error.Problems;
import org.scrmportal.web.error.RequestBodies;

/**
 * {@code /api/baselines}: OSCAL catalogs and profiles that standards bodies publish. A standards
 * editor uploads one (JSON, XML or YAML, at most {@link Baselines#MAX_BYTES} bytes; 413 beyond) as
 * a new version of the series {@code name}: 201; a document that is not valid OSCAL, or a profile
 * whose imports name nothing stored or import each other, is 422 with every problem and its path in
 * {@code errors}, and nothing is stored. Reads answer with what the access policy lets the caller
 * see (TLP:CLEAR ones also without signing in, as CSAF advisories); a publication the caller may
 * not see is 404 exactly like a missing one.
 */
@Path("/baselines")
public class BaselinesResource {

  /** A publication with its aliases, on the wire. */
  public record PublicationDetail(PublicationView publication, List<String> aliases) {}

  /** One problem of an OSCAL document: where (JSON Pointer or XPath-like path) and what. */
  public record ProblemView(String path, String message) {}

  /** RFC 9457 problem details of an OSCAL document refused, with its problems. */
  public record InvalidProblem(
      String type, String title, int status, String detail, List<ProblemView> errors) {}

  @EJB Baselines baselines;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.STANDARDS_EDITOR)
  public Response publish(
      @QueryParam("name") String name,
      @QueryParam("alias") @Size(max = Baselines.MAX_ALIASES) List<String> aliases,
      @QueryParam("tlp")
          @Pattern(regexp = TlpLevel.PATTERN, message = "tlp must be a TLP 2.0 level")
          String tlp,
      @QueryParam("organization") @Size(max = 100) Set<String> organizations,
      @QueryParam("community") @Size(max = 100) Set<String> communities,
      @QueryParam("person") @Size(max = 100) Set<String> people,
      @QueryParam("minTier") @Pattern(regexp = "T[0-3]", message = "minTier is T0 to T3")
          String minTier,
      InputStream body,
      @Context UriInfo uri)
      throws IOException {
    byte[] document = RequestBodies.readLimited(body, Baselines.MAX_BYTES);
    PublicationView published =
        baselines.publish(
            document,
            name,
            MarkingView.fromQuery(tlp, organizations, communities, people, minTier),
            aliases);
    URI location = uri.getBaseUriBuilder().path("baselines/{id}").build(published.id());
    return Response.created(location).entity(published).type(MediaType.APPLICATION_JSON).build();
  }

  /** The newest version of each series the caller may see. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<PublicationView> list() {
    return baselines.publications();
  }

  /** Controls of the newest versions whose title or prose contains {@code q}. */
  @GET
  @Path("controls")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ControlView> search(
      @QueryParam("q") String q,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return baselines.search(q, limit);
  }

  @GET
  @Path("{id: [0-9]{1,18}}")
  @Produces(MediaType.APPLICATION_JSON)
  public PublicationDetail publication(@PathParam("id") long id) {
    return baselines
        .published(id)
        .map(p -> new PublicationDetail(p.view(), p.aliases()))
        .orElseThrow(BaselinesResource::notFound);
  }

  /** Every version of the publication's series the caller may see, newest first. */
  @GET
  @Path("{id: [0-9]{1,18}}/versions")
  @Produces(MediaType.APPLICATION_JSON)
  public List<PublicationView> versions(@PathParam("id") long id) {
    return baselines.versions(id);
  }

  /** The document exactly as uploaded. */
  @GET
  @Path("{id: [0-9]{1,18}}/content")
  public Response content(@PathParam("id") long id) {
    Baselines.Document document = baselines.content(id);
    String type =
        switch (document.format()) {
          case JSON -> MediaType.APPLICATION_JSON;
          case XML -> MediaType.APPLICATION_XML;
          case YAML -> "application/yaml";
        };
    return Response.ok(document.bytes(), type).build();
  }

  /** The resolved catalog as OSCAL JSON (a profile's, as resolved when it was published). */
  @GET
  @Path("{id: [0-9]{1,18}}/resolved")
  @Produces(MediaType.APPLICATION_JSON)
  public Response resolved(@PathParam("id") long id) {
    return Response.ok(baselines.resolved(id), MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The controls of a publication, in order; of one family; or those containing {@code q}. */
  @GET
  @Path("{id: [0-9]{1,18}}/controls")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ControlView> controls(
      @PathParam("id") long id,
      @QueryParam("family") @Size(max = 200) String family,
      @QueryParam("q") String q,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return q == null ? baselines.controls(id, family) : baselines.search(id, q, limit);
  }

  /** One control by OSCAL id ({@code sr-3.1}) or label ({@code SR-3(1)}). */
  @GET
  @Path("{id: [0-9]{1,18}}/controls/{control}")
  @Produces(MediaType.APPLICATION_JSON)
  public ControlDetail control(@PathParam("id") long id, @PathParam("control") String control) {
    return baselines
        .control(id, control)
        .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "No such control"));
  }

  private static DomainException notFound() {
    return new DomainException(DomainException.Kind.NOT_FOUND, "No such publication");
  }

  /** An OSCAL document refused: 422 with every problem and its path. */
  @Provider
  public static class InvalidOscal implements ExceptionMapper<OscalInvalid> {
    @Override
    public Response toResponse(OscalInvalid e) {
      List<ProblemView> errors =
          e.problems().stream()
              .map((OscalProblem p) -> new ProblemView(p.path(), p.message()))
              .toList();
      return Response.status(422)
          .type(Problems.MEDIA_TYPE)
          .entity(
              new InvalidProblem(
                  "about:blank", "Unprocessable Content", 422, e.getMessage(), errors))
          .build();
    }
  }
}
