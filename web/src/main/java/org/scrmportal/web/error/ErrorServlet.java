package org.scrmportal.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the container (web.xml {@code error-page}): errors raised before any resource
 * runs, such as the OIDC mechanism's 401, leave the machine interfaces ({@code /api}, {@code
 * /taxii2}) in their protocol's format too (RFC 9457 problem details, the TAXII 2.1 error
 * resource), and the pages as a page a person can read.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
    String title = Problems.title(status);
    String detail = Problems.detail(status);
    String failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = failed == null ? "" : failed.substring(request.getContextPath().length());
    if (MachineInterfaces.isMachineInterface(path)) {
      writeMachineError(path, response, status);
      return;
    }
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>"
                + status
                + " "
                + title
                + " · SCRM Portal</title></head><body><h1>"
                + status
                + " "
                + title
                + "</h1><p>"
                + detail
                + "</p><p><a href=\""
                + request.getContextPath()
                + "/\">Back to the portal</a></p></body></html>");
  }

  /**
   * Writes an error of a machine interface outside Jakarta REST with what its status means there.
   *
   * @param path the request's path within the application
   */
  public static void writeMachineError(String path, HttpServletResponse response, int status)
      throws IOException {
    writeMachineError(
        path,
        response,
        status,
        Problems.title(status),
        MachineInterfaces.isTaxii(path)
            ? TaxiiErrors.description(status)
            : Problems.detail(status));
  }

  /**
   * Writes an error of a machine interface outside Jakarta REST, in that interface's format: the
   * TAXII error resource under {@code /taxii2}, RFC 9457 problem details under {@code /api}.
   *
   * @param path the request's path within the application
   */
  public static void writeMachineError(
      String path, HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    if (MachineInterfaces.isTaxii(path)) {
      TaxiiErrors.write(response, status, title, detail);
    } else {
      Problems.write(response, status, title, detail);
    }
  }
}
