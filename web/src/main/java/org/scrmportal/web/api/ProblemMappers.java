package org.scrmportal.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.scrmportal.advisory.AdvisoryInvalid;
import org.scrmportal.identity.RealmAdmin.RealmAdminException;
import org.scrmportal.identity.federation.MetadataRefused;
import org.scrmportal.identity.federation.saml.InvalidMetadata;
import org.scrmportal.platform.DomainException;
import org.scrmportal.web.error.Problems;

/** Every error of the API leaves as problem details; unexpected ones without their message. */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** HTTP errors raised by Jakarta REST itself (404, 405, 406, 415, 403 from role checks ...). */
  @Provider
  public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      return Problems.response(status, Problems.detail(status));
    }
  }

  /** The domain refused the request: its kind says the status. */
  @Provider
  public static class Refused implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      return Problems.response(Problems.status(e.kind()), e.getMessage());
    }
  }

  /**
   * A CSAF document the validator rejects: 422 with the verdict, every failed test with its number
   * and JSON path in {@code errors} (CSAF 2.0 section 6).
   */
  @Provider
  public static class InvalidAdvisory implements ExceptionMapper<AdvisoryInvalid> {
    @Override
    public Response toResponse(AdvisoryInvalid e) {
      CsafViews.VerdictView verdict = CsafViews.VerdictView.of(e.verdict());
      return Response.status(422)
          .type(Problems.MEDIA_TYPE)
          .entity(
              new CsafViews.InvalidProblem(
                  "about:blank",
                  "Unprocessable Content",
                  422,
                  e.getMessage(),
                  verdict.errors(),
                  verdict.warnings(),
                  verdict.information()))
          .build();
    }
  }

  /** Bean Validation of a request body failed: every violation is listed. */
  @Provider
  public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      String detail =
          e.getConstraintViolations().stream()
              .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
              .sorted()
              .collect(Collectors.joining("; "));
      return Problems.response(400, detail);
    }

    private static String lastNode(String path) {
      return path.substring(path.lastIndexOf('.') + 1);
    }
  }

  /** A body that is not the JSON it should be. */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return Problems.response(400, "The request body is not valid JSON for this resource.");
    }
  }

  /** An EJB refused the caller's roles. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return Problems.response(403, Problems.detail(403));
    }
  }

  /** RFC 9457 problem details of SAML metadata refused, with every problem found. */
  public record MetadataProblem(
      String type, String title, int status, String detail, List<String> errors) {}

  /**
   * A SAML metadata aggregate (or an OpenID Connect discovery document) that fails verification
   * (signature, validity, well-formedness): 422 with every problem in {@code errors}; nothing was
   * stored.
   */
  @Provider
  public static class MetadataNotAccepted implements ExceptionMapper<MetadataRefused> {
    @Override
    public Response toResponse(MetadataRefused e) {
      return metadataProblem(e.getMessage(), e.problems());
    }
  }

  /** The same, where the facade's own refusal reaches the API unwrapped. */
  @Provider
  public static class InvalidSamlMetadata implements ExceptionMapper<InvalidMetadata> {
    @Override
    public Response toResponse(InvalidMetadata e) {
      return metadataProblem("The metadata was not accepted; nothing was stored.", e.problems());
    }
  }

  private static Response metadataProblem(String detail, List<String> problems) {
    return Response.status(422)
        .type(Problems.MEDIA_TYPE)
        .entity(
            new MetadataProblem(
                "about:blank",
                "Unprocessable Content",
                422,
                detail,
                problems == null ? List.of() : List.copyOf(problems)))
        .build();
  }

  /**
   * Keycloak refused a change of the realm or could not be reached: 502, and nothing the request
   * asked for was done (the service rolled back).
   */
  @Provider
  public static class KeycloakRefused implements ExceptionMapper<RealmAdminException> {
    private static final Logger LOG = Logger.getLogger(KeycloakRefused.class.getName());

    @Override
    public Response toResponse(RealmAdminException e) {
      LOG.log(Level.WARNING, "Keycloak refused a change of the realm", e);
      return Problems.response(
          502,
          "Keycloak refused the change or could not be reached; nothing was changed. Try again"
              + " later.");
    }
  }

  /**
   * A service failed with an exception the container wrapped (a runtime exception that is not an
   * application exception): answered as its cause would be, else as {@link Unexpected}.
   */
  @Provider
  public static class ServiceFailed implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof MetadataRefused refused) {
          return new MetadataNotAccepted().toResponse(refused);
        }
        if (cause instanceof InvalidMetadata invalid) {
          return new InvalidSamlMetadata().toResponse(invalid);
        }
        if (cause instanceof RealmAdminException refused) {
          return new KeycloakRefused().toResponse(refused);
        }
        if (cause instanceof DomainException refused) {
          return new Refused().toResponse(refused);
        }
        if (cause == cause.getCause()) {
          break;
        }
      }
      return new Unexpected().toResponse(e);
    }
  }

  /** Anything else is our fault: logged, and answered without internals. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Throwable e) {
      LOG.log(Level.SEVERE, "Unexpected error in the portal API", e);
      return Problems.response(500, "The portal could not serve this request.");
    }
  }
}
