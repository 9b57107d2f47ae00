package org.scrmportal.baseline.attestation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.oscal.Component;
import org.scrmportal.baseline.oscal.ComponentDefinition;
import org.scrmportal.baseline.oscal.ControlImplementation;
import org.scrmportal.baseline.oscal.ImplementationStatus;
import org.scrmportal.baseline.oscal.ImplementedRequirement;
import org.scrmportal.baseline.oscal.OscalFormat;
import org.scrmportal.baseline.oscal.OscalInvalid;
import org.scrmportal.baseline.oscal.OscalProblem;

/**
 * Between OSCAL component definitions and what an attestation says, control by control: the
 * statements of a component definition, checked against the baseline's controls; and the component
 * definition a form produces.
 */
final class ComponentDefinitions {

  /** The longest statement kept, in characters. */
  static final int MAX_STATEMENT = 65_536;

  /** The most controls one attestation names. */
  static final int MAX_CONTROLS = 5_000;

  private ComponentDefinitions() {}

  /**
   * What {@code definition} says of each control, one statement per control in the document's
   * order. Every implemented-requirement's {@code control-id} must name a control of the baseline
   * ({@code known} maps what a document may write, normalized, to the baseline's OSCAL id; empty
   * for an unknown control); otherwise {@link OscalInvalid} names each unknown control and its path
   * in the document (a JSON Pointer for JSON and YAML, an XPath-like path for XML).
   *
   * <p>A control named more than once (by several components or implementations) is one statement:
   * the strongest status wins, in the order IMPLEMENTED, PARTIAL, ALTERNATIVE, PLANNED,
   * NOT_APPLICABLE, and the statements are joined with a blank line.
   */
  static List<Statement> statements(
      ComponentDefinition definition,
      OscalFormat format,
      Function<String, Optional<String>> known,
      String baselineTitle) {
    Map<String, Statement> byControl = new LinkedHashMap<>();
    List<OscalProblem> problems = new ArrayList<>();
    List<Component> components = definition.components();
    for (int i = 0; i < components.size(); i++) {
      List<ControlImplementation> implementations = components.get(i).implementations();
      for (int j = 0; j < implementations.size(); j++) {
        List<ImplementedRequirement> requirements = implementations.get(j).requirements();
        for (int k = 0; k < requirements.size(); k++) {
          ImplementedRequirement r = requirements.get(k);
          String path = path(format, i, j, k);
          Optional<String> control = known.apply(r.controlId());
          if (control.isEmpty()) {
            problems.add(
                new OscalProblem(
                    path,
                    "control "
                        + r.controlId()
                        + " is not a control of the baseline "
                        + baselineTitle));
            continue;
          }
          String statement = r.statement() == null ? "" : r.statement().strip();
          if (statement.length() > MAX_STATEMENT) {
            problems.add(
                new OscalProblem(
                    path,
                    "the statement of control "
                        + r.controlId()
                        + " is longer than "
                        + MAX_STATEMENT
                        + " characters"));
            continue;
          }
          byControl.merge(
              control.get(),
              new Statement(control.get(), r.status(), statement),
              ComponentDefinitions::merge);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new OscalInvalid(
          problems.size() == 1
              ? "The component definition " + problems.get(0).message()
              : "The component definition names "
                  + problems.size()
                  + " controls or statements the baseline does not take",
          problems);
    }
    if (byControl.isEmpty()) {
      throw new OscalInvalid(
          "The component definition names no implemented requirement",
          List.of(new OscalProblem("", "no implemented-requirements")));
    }
    if (byControl.size() > MAX_CONTROLS) {
      throw new OscalInvalid(
          "An attestation names at most " + MAX_CONTROLS + " controls",
          List.of(new OscalProblem("", "too many controls")));
    }
    return List.copyOf(byControl.values());
  }

  static Statement merge(Statement a, Statement b) {
    ImplementationStatus status = rank(a.status()) <= rank(b.status()) ? a.status() : b.status();
    String text =
        a.statement().isEmpty()
            ? b.statement()
            : b.statement().isEmpty() ? a.statement() : a.statement() + "\n\n" + b.statement();
    return new Statement(a.controlId(), status, text);
  }

  private static int rank(ImplementationStatus status) {
    return switch (status) {
      case IMPLEMENTED -> 0;
      case PARTIAL -> 1;
      case ALTERNATIVE -> 2;
      case PLANNED -> 3;
      case NOT_APPLICABLE -> 4;
    };
  }

  /**
   * Where implemented-requirement {@code k} of implementation {@code j} of component {@code i} is.
   */
  static String path(OscalFormat format, int i, int j, int k) {
    return format == OscalFormat.XML
        ? "/component-definition/component["
            + (i + 1)
            + "]/control-implementation["
            + (j + 1)
            + "]/implemented-requirement["
            + (k + 1)
            + "]/@control-id"
        : "/component-definition/components/"
            + i
            + "/control-implementations/"
            + j
            + "/implemented-requirements/"
            + k
            + "/control-id";
  }

  /**
   * The component definition a form produces: one component (the product, or the organization as a
   * whole), one control implementation whose source is the baseline publication's address in the
   * portal, one implemented requirement per control stated, in the form's order (a blank statement
   * is written as the facade's "not stated" description, which reads back blank).
   */
  static ComponentDefinition fromForm(
      String organizationName, String product, PublicationView baseline, List<Statement> said) {
    String subject = product == null ? organizationName : product;
    List<ImplementedRequirement> requirements =
        said.stream()
            .map(
                s ->
                    new ImplementedRequirement(
                        UUID.randomUUID().toString(), s.controlId(), s.status(), s.statement()))
            .toList();
    ControlImplementation implementation =
        new ControlImplementation(
            UUID.randomUUID().toString(),
            "/api/baselines/" + baseline.id() + "/content",
            baseline.title() + " (" + baseline.name() + " version " + baseline.version() + ")",
            requirements);
    Component component =
        new Component(
            UUID.randomUUID().toString(),
            product == null ? "this-system" : "software",
            subject,
            product == null
                ? "The organization " + organizationName + " as a whole."
                : "The product " + product + " of " + organizationName + ".",
            List.of(implementation));
    return new ComponentDefinition(
        UUID.randomUUID().toString(),
        "Attestation of " + subject + " against " + baseline.title(),
        "1",
        List.of(component));
  }
}
