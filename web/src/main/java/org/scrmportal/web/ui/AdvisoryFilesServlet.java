package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.scrmportal.advisory.Advisories;
import org.scrmportal.advisory.Advisory;
import org.scrmportal.advisory.provider.ProviderDocuments;

/**
 * The files of a stored advisory revision for people signed in to the pages, at {@code
 * /advisory-files/{id}/{fileName}}: the document byte for byte as submitted, and beside it {@code
 * .sha256}, {@code .sha512} (CSAF 2.0 section 7.1.18, {@code hash file name}) and the supplier's
 * own {@code .asc} signature where it uploaded one. What the caller may not see is 404, like what
 * does not exist.
 */
@WebServlet("/advisory-files/*")
public class AdvisoryFilesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB Advisories advisories;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String[] parts = path == null ? new String[0] : path.substring(1).split("/", 2);
    Optional<Advisory> found = Optional.empty();
    if (parts.length == 2 && parts[0].matches("[0-9]{1,18}")) {
      long id = Long.parseLong(parts[0]);
      // the digests and the signature are metadata: the document's bytes are read for itself only
      boolean beside = parts[1].matches(".*\\.(sha256|sha512|asc)");
      found = beside ? advisories.metadata(id) : advisories.find(id);
    }
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Advisory advisory = found.get();
    String name = parts[1];
    String file = advisory.fileName();
    byte[] body;
    String type;
    if (name.equals(file)) {
      body = advisory.content();
      type = "application/json";
    } else if (name.equals(file + ".sha256")) {
      body = ProviderDocuments.hashFile(advisory.sha256(), file).getBytes(StandardCharsets.UTF_8);
      type = "text/plain;charset=UTF-8";
    } else if (name.equals(file + ".sha512")) {
      body = ProviderDocuments.hashFile(advisory.sha512(), file).getBytes(StandardCharsets.UTF_8);
      type = "text/plain;charset=UTF-8";
    } else if (name.equals(file + ".asc") && advisory.supplierSignature() != null) {
      body = advisory.supplierSignature().getBytes(StandardCharsets.US_ASCII);
      type = "application/pgp-signature";
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(type);
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
