package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.scrmportal.baseline.attestation.AttestationView;
import org.scrmportal.baseline.attestation.Attestations;
import org.scrmportal.baseline.attestation.Coverage;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.OrganizationClaims;

/**
 * "Attestations": the caller organization's own attestations and those other companies share with
 * it, each with its coverage of the baseline it is pinned to.
 */
@Named
@RequestScoped
public class AttestationsPage {

  @EJB Attestations attestations;

  @Inject PortalPrincipal principal;

  private List<AttestationView> all;

  private List<AttestationView> all() {
    if (all == null) {
      all = attestations.visible();
    }
    return all;
  }

  private Optional<String> myOrganization() {
    return principal.organization().map(OrganizationClaims::id).map(id -> id.value());
  }

  public List<AttestationView> getMine() {
    String me = myOrganization().orElse(null);
    return all().stream().filter(a -> a.organization().value().equals(me)).toList();
  }

  public List<AttestationView> getShared() {
    String me = myOrganization().orElse(null);
    return all().stream().filter(a -> !a.organization().value().equals(me)).toList();
  }

  /** The coverage in whole percent (0 to 100), for the bar; 0 without figures. */
  public static int percent(Coverage coverage) {
    return coverage == null ? 0 : (int) Math.round(coverage.ratio() * 100);
  }

  public int percentOf(AttestationView a) {
    return percent(a.coverage());
  }

  /** "73 % (11 of 15 implemented, 2 partial, 1 not applicable)". */
  public static String summary(Coverage c) {
    if (c == null) {
      return "baseline not visible";
    }
    return percent(c)
        + " % ("
        + c.implemented()
        + " of "
        + (c.required() - c.notApplicable())
        + " implemented, "
        + c.partial()
        + " partial, "
        + c.notApplicable()
        + " not applicable)";
  }

  public String summaryOf(AttestationView a) {
    return summary(a.coverage());
  }
}
