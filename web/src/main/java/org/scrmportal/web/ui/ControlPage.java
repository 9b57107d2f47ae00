package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrmportal.baseline.Baselines;
import org.scrmportal.baseline.ControlDetail;
import org.scrmportal.baseline.oscal.Control;
import org.scrmportal.baseline.oscal.Link;
import org.scrmportal.baseline.oscal.Param;
import org.scrmportal.baseline.oscal.Part;

/**
 * One control of a publication: its label and title, parameters (values, choices, guidelines),
 * statement, guidance and other parts (prose rendered by {@link ControlProse}: everything escaped),
 * enhancements and links. One of a publication the caller may not see reads like a missing one.
 */
@Named
@RequestScoped
public class ControlPage {

  /** A part for display: its name, a heading, and its content as safe HTML. */
  public record Section(String name, String heading, String html) {}

  /** A parameter for display. */
  public record ParamRow(String id, String label, String value, String guidelines) {}

  /** A link for display: to another control of the publication, an outside URL, or text only. */
  public record LinkRow(String rel, String text, String control, String url) {}

  @EJB Baselines baselines;

  private String publication;
  private String control;
  private ControlDetail detail;
  private ControlProse prose;

  /** Reads the control (the view action). */
  public void load() {
    String id = Pages.blankToNull(publication);
    String controlId = Pages.blankToNull(control);
    if (id != null && id.matches("[0-9]{1,18}") && controlId != null && controlId.length() <= 200) {
      detail = baselines.control(Long.parseLong(id), controlId).orElse(null);
    }
    if (detail == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "No such control.");
      return;
    }
    Map<String, Param> params = new HashMap<>();
    detail.control().params().forEach(p -> params.put(p.id(), p));
    prose = new ControlProse(params);
  }

  public ControlDetail getDetail() {
    return detail;
  }

  public List<ParamRow> getParams() {
    if (detail == null) {
      return List.of();
    }
    return detail.control().params().stream()
        .map(
            p ->
                new ParamRow(
                    p.id(),
                    p.label() == null ? "" : p.label(),
                    prose.insertion(p.id()),
                    String.join(" ", p.guidelines())))
        .toList();
  }

  /** The statement first, then guidance, then any other part, in document order. */
  public List<Section> getSections() {
    if (detail == null) {
      return List.of();
    }
    Control c = detail.control();
    return java.util.stream.Stream.concat(
            c.parts().stream().filter(p -> p.name().equals("statement")),
            c.parts().stream().filter(p -> !p.name().equals("statement")))
        .map(p -> new Section(p.name(), heading(p), prose.html(p)))
        .toList();
  }

  private static String heading(Part part) {
    if (part.title() != null && !part.title().isBlank()) {
      return part.title();
    }
    return switch (part.name()) {
      case "statement" -> "Statement";
      case "guidance" -> "Discussion";
      case "assessment-objective" -> "Assessment objective";
      case "assessment-method" -> "Assessment method";
      default -> part.name().replace('-', ' ');
    };
  }

  public List<LinkRow> getLinks() {
    if (detail == null) {
      return List.of();
    }
    return detail.control().links().stream().map(ControlPage::row).toList();
  }

  private static LinkRow row(Link link) {
    String href = link.href();
    String text = link.text() != null && !link.text().isBlank() ? link.text() : href;
    if (href.startsWith("#") && href.length() > 1) {
      // within the catalog: another control (e.g. "#sr-5"), or a back-matter resource
      String target = href.substring(1);
      return target.matches("[a-z]{1,10}-[0-9]{1,4}(\\.[0-9]{1,4})?")
          ? new LinkRow(
              link.rel(), link.text() != null ? link.text() : target.toUpperCase(), target, null)
          : new LinkRow(link.rel(), text, null, null);
    }
    return href.matches("(?i)https?://\\S+")
        ? new LinkRow(link.rel(), text, null, href)
        : new LinkRow(link.rel(), text, null, null);
  }

  public String getPublication() {
    return publication;
  }

  public void setPublication(String publication) {
    this.publication = publication;
  }

  public String getControl() {
    return control;
  }

  public void setControl(String control) {
    this.control = control;
  }
}
