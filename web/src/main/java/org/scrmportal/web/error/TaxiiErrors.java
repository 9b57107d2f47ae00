package org.scrmportal.web.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scrmportal.platform.DomainException;
import org.scrmportal.stix.Stix;

/**
 * The TAXII 2.1 error resource (section 3.6.1): {@code title}, {@code description} and {@code
 * http_status}, sent as {@code application/taxii+json;version=2.1}; from Jakarta REST (the mappers
 * below) and from the servlet layer (the container's 401 and the like) alike.
 */
public final class TaxiiErrors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TaxiiErrors() {}

  /** The error resource as JSON text. */
  public static String body(int status, String title, String description) {
    ObjectNode error = JSON.createObjectNode();
    error.put("title", title);
    error.put("description", description);
    error.put("http_status", String.valueOf(status));
    return error.toString();
  }

  public static Response response(int status, String description) {
    return Response.status(status)
        .type(Stix.TAXII_MEDIA_TYPE)
        .entity(body(status, Problems.title(status), description))
        .build();
  }

  public static void write(
      HttpServletResponse response, int status, String title, String description)
      throws IOException {
    response.setStatus(status);
    response.setContentType(Stix.TAXII_MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body(status, title, description));
  }

  /** What a status means on the TAXII interface, for errors that carry no message of their own. */
  public static String description(int status) {
    return switch (status) {
      case 401 ->
          "Credentials are required: a bearer token from the portal's identity provider, or HTTP"
              + " Basic with a machine client's id and secret.";
      case 406 -> "This server speaks " + Stix.TAXII_MEDIA_TYPE + "; ask for it in Accept.";
      case 415 -> "Send " + Stix.TAXII_MEDIA_TYPE + " as the Content-Type.";
      default -> Problems.detail(status);
    };
  }

  /** HTTP errors of Jakarta REST itself (404, 405, ...). */
  public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      return response(status, description(status));
    }
  }

  /** The domain refused the request. */
  public static class Refused implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      return response(Problems.status(e.kind()), e.getMessage());
    }
  }

  /** An EJB refused the caller's roles. */
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return response(403, description(403));
    }
  }

  /** Anything else is ours: logged, answered without internals. */
  public static class Unexpected implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Throwable e) {
      LOG.log(Level.SEVERE, "Unexpected error in the TAXII server", e);
      return response(500, "The server could not serve this request.");
    }
  }
}
