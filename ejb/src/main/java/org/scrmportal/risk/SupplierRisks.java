package org.scrmportal.risk;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.BaselineDirectory;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * The caller organization's suppliers and their risk: any member reads them (the scores are the
 * organization's, computed from what it may see as a whole); its org admins and analysts declare
 * and remove suppliers and choose the baseline. Another organization's supplier, or an organization
 * that is no supplier, reads exactly like "no such supplier". Each score read writes today's
 * snapshot.
 */
@Stateless
@PermitAll
public class SupplierRisks {

  private static final Logger LOG = Logger.getLogger(SupplierRisks.class.getName());

  @EJB RiskCalculator calculator;

  @Inject RiskRepository risk;

  @Inject OrganizationRepository organizations;

  @Inject BaselineDirectory baselines;

  @Inject CurrentViewer viewer;

  @Inject PortalPrincipal principal;

  @Inject Clock clock;

  /** The caller organization's suppliers with their scores. */
  public List<SupplierRisk> suppliers() {
    OrganizationId me = member();
    List<SupplierRisk> all = calculator.all(me);
    all.forEach(r -> snapshot(me, r));
    return all;
  }

  /** One supplier of the caller organization with its score, parts and explanation. */
  public SupplierRisk supplier(String supplier) {
    OrganizationId me = member();
    SupplierRisk r = calculator.one(me, id(supplier)).orElseThrow(SupplierRisks::noSuchSupplier);
    snapshot(me, r);
    return r;
  }

  /** The daily snapshots of a supplier of the caller organization, last 90 days, oldest first. */
  public List<RiskSnapshot> history(String supplier) {
    OrganizationId me = member();
    OrganizationId s = id(supplier);
    if (calculator.one(me, s).isEmpty()) {
      throw noSuchSupplier();
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return risk.history(me, s, today.minusDays(RiskFormula.HISTORY_DAYS - 1L));
  }

  /**
   * The caller organization's snapshots of the last 90 days for these suppliers (as {@link
   * #suppliers} gave them), by supplier, oldest first: for the trend chart, without computing the
   * scores again.
   */
  public java.util.Map<OrganizationId, List<RiskSnapshot>> histories(
      java.util.Collection<OrganizationId> suppliers) {
    OrganizationId me = member();
    LocalDate from =
        LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(RiskFormula.HISTORY_DAYS - 1L);
    java.util.Map<OrganizationId, List<RiskSnapshot>> all = new java.util.LinkedHashMap<>();
    suppliers.forEach(s -> all.put(s, risk.history(me, s, from)));
    return all;
  }

  /** Declares that the caller organization depends on {@code supplier}. */
  @RolesAllowed({Roles.ORG_ADMIN, Roles.ANALYST})
  public SupplierDependency declare(String supplier) {
    OrganizationId me = member();
    OrganizationId s = id(supplier);
    if (organizations.find(s).isEmpty()) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, "No such organization");
    }
    if (s.equals(me)) {
      throw new DomainException(
          DomainException.Kind.INVALID, "An organization is not its own supplier");
    }
    return risk.dependency(me, s)
        .orElseGet(
            () -> {
              SupplierDependency d = new SupplierDependency(me, s, who(), clock.instant());
              risk.store(d);
              return d;
            });
  }

  /** Removes a declared supplier (the advisories in the inbox still name their publishers). */
  @RolesAllowed({Roles.ORG_ADMIN, Roles.ANALYST})
  public void remove(String supplier) {
    OrganizationId me = member();
    SupplierDependency d =
        risk.dependency(me, id(supplier))
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.NOT_FOUND, "No such declared supplier"));
    risk.remove(d);
  }

  /**
   * Chooses the baseline publication the caller organization measures {@code supplier}'s
   * attestations against, or (supplier null) every supplier's without a choice of its own; a null
   * publication removes the choice. A publication the organization may not see reads like none.
   *
   * @return the publication chosen, empty when the choice was removed
   */
  @RolesAllowed({Roles.ORG_ADMIN, Roles.ANALYST})
  public Optional<PublicationView> chooseBaseline(Long publicationId, String supplier) {
    OrganizationId me = member();
    OrganizationId s = supplier == null || supplier.isBlank() ? null : id(supplier);
    if (s != null && organizations.find(s).isEmpty()) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, "No such organization");
    }
    Optional<BaselineChoice> existing = risk.choice(me, s);
    if (publicationId == null) {
      existing.ifPresent(risk::remove);
      return Optional.empty();
    }
    PublicationView publication =
        baselines
            .publication(viewer.get(), publicationId)
            .orElseThrow(
                () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such baseline"));
    BaselineChoice choice = existing.orElseGet(() -> new BaselineChoice(me, s));
    choice.choose(publication.id(), who(), clock.instant());
    if (existing.isEmpty()) {
      risk.store(choice);
    }
    return Optional.of(publication);
  }

  /** The caller organization's default baseline, if it chose one it may still see. */
  public Optional<PublicationView> defaultBaseline() {
    OrganizationId me = member();
    return risk.choice(me, null)
        .flatMap(c -> baselines.publication(viewer.get(), c.publicationId()));
  }

  /** The baselines the caller may choose from: the newest version of each series it may see. */
  public List<PublicationView> baselines() {
    member();
    return baselines.publications(viewer.get());
  }

  private void snapshot(OrganizationId me, SupplierRisk r) {
    try {
      calculator.record(me, r);
    } catch (EJBException e) {
      // another reader wrote today's row at the same moment: its figures are as good as ours
      LOG.log(Level.FINE, "snapshot of " + r.supplier() + " for " + me + " not written", e);
    }
  }

  private OrganizationId member() {
    Viewer me = viewer.get();
    if (me.organization() == null) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN, "Supplier risk is for member organizations");
    }
    return me.organization();
  }

  private String who() {
    return principal.subject().orElse("unknown");
  }

  private static OrganizationId id(String value) {
    try {
      return new OrganizationId(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw noSuchSupplier();
    }
  }

  private static DomainException noSuchSupplier() {
    return new DomainException(DomainException.Kind.NOT_FOUND, "No such supplier");
  }
}
