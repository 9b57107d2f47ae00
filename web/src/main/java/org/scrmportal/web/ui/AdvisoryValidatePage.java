package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.scrmportal.advisory.Advisories;

/**
 * Validating a CSAF 2.0 document without storing it: pasted or uploaded, the full verdict (schema
 * and every test of section 6, each failure with its test number and JSON path). Nothing is kept.
 */
@Named
@RequestScoped
public class AdvisoryValidatePage {

  @EJB Advisories advisories;

  private String text;
  private Part file;
  private VerdictReport report;

  public void validate() {
    byte[] document;
    long max = advisories.batchLimits().maxDocumentBytes();
    try {
      if (file != null && file.getSize() > 0) {
        if (file.getSize() > max) {
          Pages.message(
              FacesMessage.SEVERITY_ERROR,
              "The portal validates documents of at most " + Sizes.mib(max) + ".");
          return;
        }
        try (InputStream in = file.getInputStream()) {
          document = in.readNBytes((int) max);
        }
      } else if (text != null && !text.isBlank()) {
        document = text.getBytes(StandardCharsets.UTF_8);
      } else {
        Pages.message(FacesMessage.SEVERITY_ERROR, "Paste a CSAF document or choose its file.");
        return;
      }
    } catch (IOException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "The file could not be read: send it again.");
      return;
    }
    report = VerdictReport.of(advisories.validate(document).verdict());
  }

  public VerdictReport getReport() {
    return report;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
