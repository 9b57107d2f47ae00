package org.scrmportal.web.error;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.scrmportal.platform.DomainException;

/** Writes RFC 9457 problem details, from Jakarta REST and from servlet filters alike. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /** The title of a status: its HTTP reason phrase. */
  public static String title(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null
        ? known.getReasonPhrase()
        : status >= 500 ? "Internal Server Error" : "Bad Request";
  }

  /** The HTTP status of a refusal by the domain, whatever the error format of the interface. */
  public static int status(DomainException.Kind kind) {
    return switch (kind) {
      case NOT_FOUND -> 404;
      case FORBIDDEN -> 403;
      case CONFLICT -> 409;
      case INVALID -> 400;
      case UNAVAILABLE -> 503;
      case TOO_LARGE -> 413;
    };
  }

  /** What a status means here, for errors that carry no message of their own. */
  public static String detail(int status) {
    return switch (status) {
      case 401 -> "A valid bearer token from the portal's identity provider is required.";
      case 403 -> "Your roles do not allow this request.";
      case 404 -> "No such resource.";
      case 405 -> "This method is not allowed on this resource.";
      case 406 -> "No acceptable representation; this API speaks application/json.";
      case 415 -> "Unsupported media type; this API takes application/json.";
      default -> "The request could not be served.";
    };
  }

  /** Problem details with the status's own title. */
  public static Response response(int status, String detail) {
    return response(status, title(status), detail);
  }

  public static Response response(int status, String title, String detail) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(Problem.of(status, title, detail))
        .build();
  }

  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
  }
}
