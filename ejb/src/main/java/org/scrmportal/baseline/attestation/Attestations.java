package org.scrmportal.baseline.attestation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.MarkingEditor;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.BaselineDirectory;
import org.scrmportal.baseline.ControlIds;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.oscal.ComponentDefinition;
import org.scrmportal.baseline.oscal.OscalDocument;
import org.scrmportal.baseline.oscal.OscalDocuments;
import org.scrmportal.baseline.oscal.OscalFormat;
import org.scrmportal.baseline.oscal.OscalInvalid;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.baseline.oscal.OscalProblem;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * Supplier attestations. A company's submitters, analysts and org admins attest a baseline
 * publication they may see, for one of their products or for the organization as a whole: by
 * uploading an OSCAL component definition (JSON, XML or YAML; read and validated by {@link
 * OscalDocuments}) or by filling a form that produces one ({@link OscalDocuments#write}). Every
 * control the document names must be one of the publication's; any error stores nothing. The
 * attestation is pinned to that publication version and private to the organization until it shares
 * it through its marking ({@link MarkingEditor}: a member narrows, an org admin loosens). An
 * attestation the caller may not see reads exactly like one that does not exist.
 */
@Stateless
@PermitAll
public class Attestations {

  /** The largest component definition taken, in bytes. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The most attestations one listing shows. */
  public static final int MAX_LIST = 200;

  /** The longest product name. */
  public static final int MAX_PRODUCT = 200;

  private static final OscalDocuments OSCAL = new OscalDocuments();

  @Inject AttestationRepository attestations;

  @Inject BaselineDirectory baselines;

  @Inject CurrentViewer viewer;

  @Inject PortalPrincipal principal;

  @Inject OrganizationRepository organizations;

  @Inject MarkingEditor markings;

  @Inject Clock clock;

  /**
   * Attests {@code baselineId} with an OSCAL component definition.
   *
   * @param product null or blank for the organization as a whole
   */
  @RolesAllowed({Roles.SUBMITTER, Roles.ANALYST, Roles.ORG_ADMIN})
  public AttestationView upload(long baselineId, String product, byte[] content) {
    Organization org = company();
    if (content.length > MAX_BYTES) {
      throw new DomainException(
          DomainException.Kind.TOO_LARGE,
          "A component definition is at most " + MAX_BYTES + " bytes");
    }
    PublicationView baseline = baseline(baselineId);
    String productName = product(product);
    OscalDocument document = OSCAL.read(content);
    if (document.kind() != OscalKind.COMPONENT_DEFINITION) {
      throw new OscalInvalid(
          "An attestation is an OSCAL component definition, not a " + document.kind(),
          List.of(new OscalProblem("", "not a component-definition")));
    }
    ComponentDefinition definition = OSCAL.componentDefinitionOf(document);
    List<ControlView> required = baselines.controls(viewer.get(), baselineId);
    List<Statement> statements =
        ComponentDefinitions.statements(
            definition, OscalFormat.detect(content), known(required), baseline.title());
    return store(org, productName, definition.title(), baseline, content, statements, required);
  }

  /** Attests with a form: the portal writes the component definition. */
  @RolesAllowed({Roles.SUBMITTER, Roles.ANALYST, Roles.ORG_ADMIN})
  public AttestationView fill(AttestationForm form) {
    Organization org = company();
    PublicationView baseline = baseline(form.baselineId());
    String productName = product(form.product());
    List<ControlView> required = baselines.controls(viewer.get(), baseline.id());
    Function<String, Optional<String>> known = known(required);
    List<Statement> said = new ArrayList<>();
    List<OscalProblem> unknown = new ArrayList<>();
    for (int i = 0; i < form.controls().size(); i++) {
      AttestationForm.Entry e = form.controls().get(i);
      if (e.control() == null || e.status() == null) {
        throw new DomainException(
            DomainException.Kind.INVALID, "Each control needs a control and a status");
      }
      Optional<String> id = known.apply(e.control());
      if (id.isEmpty()) {
        unknown.add(
            new OscalProblem(
                "/controls/" + i + "/control",
                "control "
                    + e.control()
                    + " is not a control of the baseline "
                    + baseline.title()));
      } else {
        said.add(new Statement(id.get(), e.status(), e.statement()));
      }
    }
    if (!unknown.isEmpty()) {
      throw new OscalInvalid(
          unknown.size() == 1
              ? "The form names a " + unknown.get(0).message()
              : "The form names " + unknown.size() + " controls the baseline does not take",
          unknown);
    }
    if (said.isEmpty()) {
      throw new DomainException(
          DomainException.Kind.INVALID, "State the status of at least one control");
    }
    ComponentDefinition definition =
        ComponentDefinitions.fromForm(org.name(), productName, baseline, said);
    byte[] content = OSCAL.write(definition);
    // read back what was written: the stored document is checked like an upload
    ComponentDefinition written = OSCAL.componentDefinitionOf(OSCAL.read(content));
    List<Statement> statements =
        ComponentDefinitions.statements(written, OscalFormat.JSON, known, baseline.title());
    return store(org, productName, written.title(), baseline, content, statements, required);
  }

  /** The baseline publications the caller may attest: the newest version of each it may see. */
  public List<PublicationView> baselines() {
    return baselines.publications(viewer.get());
  }

  /** One baseline publication the caller may see. */
  public Optional<PublicationView> publication(long id) {
    return baselines.publication(viewer.get(), id);
  }

  /** The controls a baseline publication requires, in order; empty if the caller may not see it. */
  public List<ControlView> required(long baselineId) {
    return controlsIfVisible(viewer.get(), baselineId).orElse(List.of());
  }

  /** The attestations the caller may see (its own and those shared with it), newest first. */
  public List<AttestationView> visible() {
    Viewer me = viewer.get();
    Map<Long, Optional<List<ControlView>>> required = new HashMap<>();
    return attestations.visible(me, MAX_LIST).stream()
        .map(
            a -> {
              List<Statement> statements = a.statements();
              Coverage coverage =
                  required
                      .computeIfAbsent(a.baselineId(), id -> controlsIfVisible(me, id))
                      .map(c -> CoverageReport.of(a.id(), a.baselineId(), c, statements).coverage())
                      .orElse(null);
              return AttestationView.of(a, coverage, statements);
            })
        .toList();
  }

  public AttestationView find(long id) {
    Attestation a = attestation(id);
    List<Statement> statements = a.statements();
    Coverage coverage =
        controlsIfVisible(viewer.get(), a.baselineId())
            .map(c -> CoverageReport.of(a.id(), a.baselineId(), c, statements).coverage())
            .orElse(null);
    return AttestationView.of(a, coverage, statements);
  }

  /** The OSCAL component definition, as uploaded or as the form wrote it. */
  public byte[] componentDefinition(long id) {
    return attestation(id).content();
  }

  /** The coverage with every gap, as a whole and per family. */
  public CoverageReport coverage(long id) {
    Attestation a = attestation(id);
    List<ControlView> required =
        controlsIfVisible(viewer.get(), a.baselineId())
            .orElseThrow(
                () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such baseline"));
    return CoverageReport.of(a.id(), a.baselineId(), required, a.statements());
  }

  /** Shares or narrows an attestation: the marking rules of the policy, as for any object. */
  public AttestationView share(long id, MarkingRequest marking) {
    Attestation a = attestation(id);
    markings.change(viewer.get(), principal, a.marking(), marking);
    return find(id);
  }

  private AttestationView store(
      Organization org,
      String product,
      String title,
      PublicationView baseline,
      byte[] content,
      List<Statement> statements,
      List<ControlView> required) {
    String name = title == null || title.isBlank() ? "Attestation" : title.strip();
    Attestation a =
        Attestation.privateTo(
            org.id(),
            product,
            name.length() > 1000 ? name.substring(0, 1000) : name,
            baseline,
            content,
            statements,
            principal.username(),
            clock.instant());
    attestations.store(a);
    Coverage coverage = CoverageReport.of(a.id(), baseline.id(), required, statements).coverage();
    return AttestationView.of(a, coverage, statements);
  }

  private Attestation attestation(long id) {
    return attestations
        .find(viewer.get(), id)
        .orElseThrow(
            () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such attestation"));
  }

  private PublicationView baseline(long id) {
    return baselines
        .publication(viewer.get(), id)
        .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "No such baseline"));
  }

  private Optional<List<ControlView>> controlsIfVisible(Viewer me, long baselineId) {
    return baselines.publication(me, baselineId).map(p -> baselines.controls(me, baselineId));
  }

  /** The caller's organization: a company in good standing; others attest nothing. */
  private Organization company() {
    Viewer me = viewer.get();
    if (me.organization() == null || me.suspended()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "An attestation takes a member organization in good standing");
    }
    Organization org =
        organizations
            .find(me.organization())
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.FORBIDDEN,
                        "An attestation takes a member organization in good standing"));
    if (org.type() != OrganizationType.COMPANY) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Only companies attest their implementation of baselines");
    }
    return org;
  }

  private static String product(String product) {
    if (product == null || product.isBlank()) {
      return null;
    }
    String name = product.strip();
    if (name.length() > MAX_PRODUCT) {
      throw new DomainException(
          DomainException.Kind.INVALID, "A product name is at most " + MAX_PRODUCT + " characters");
    }
    return name;
  }

  /** Maps what a document may name (an OSCAL id or a label) to the baseline's OSCAL id. */
  private static Function<String, Optional<String>> known(List<ControlView> required) {
    Map<String, String> ids = new HashMap<>();
    for (ControlView c : required) {
      ids.put(c.controlId(), c.controlId());
    }
    return named -> {
      if (named == null || named.isBlank()) {
        return Optional.empty();
      }
      String id = ids.get(named.strip());
      if (id != null) {
        return Optional.of(id);
      }
      try {
        return Optional.ofNullable(ids.get(ControlIds.normalize(named.strip())));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    };
  }
}
