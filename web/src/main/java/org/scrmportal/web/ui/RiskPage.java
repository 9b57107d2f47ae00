package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.risk.RiskFormula;
import org.scrmportal.risk.SupplierRisk;
import org.scrmportal.risk.SupplierRisks;

/**
 * "Supplier risk": the signed-in organization's suppliers with their scores and parts, why each
 * score is what it is, the trend of the last 90 days, and (for org admins and analysts) forms to
 * declare a supplier and to choose the baseline.
 */
@Named
@RequestScoped
public class RiskPage {

  @EJB SupplierRisks risks;

  @Inject PortalPrincipal principal;

  @Inject Clock clock;

  private List<SupplierRisk> rows;
  private List<PublicationView> baselines;
  private String problem;

  private String supplier;
  private String baselineId;
  private String baselineSupplier;

  public List<SupplierRisk> getRows() {
    if (rows == null) {
      try {
        rows = risks.suppliers();
      } catch (DomainException e) {
        problem = e.getMessage();
        rows = List.of();
      }
    }
    return rows;
  }

  /** Why the page shows no suppliers, when it is not that there are none. */
  public String getProblem() {
    getRows();
    return problem;
  }

  public List<PublicationView> getBaselines() {
    if (baselines == null) {
      try {
        baselines = risks.baselines();
      } catch (DomainException e) {
        baselines = List.of();
      }
    }
    return baselines;
  }

  /** The default baseline as people read it, or null. */
  public String getDefaultBaseline() {
    try {
      return risks
          .defaultBaseline()
          .map(p -> p.publisher() + "/" + p.name() + " v" + p.version())
          .orElse(null);
    } catch (DomainException e) {
      return null;
    }
  }

  public boolean isCanManage() {
    return principal.hasRole(Roles.ORG_ADMIN) || principal.hasRole(Roles.ANALYST);
  }

  /** A part's value as points out of its weight, e.g. {@code 40.6 / 50}. */
  public String points(org.scrmportal.risk.RiskScore.Part part) {
    return String.format(Locale.ROOT, "%.1f / %d", part.points(), part.weight());
  }

  /** The Chart.js configuration of the trend of every supplier over the last 90 days. */
  public String getTrendChart() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    int days = RiskFormula.HISTORY_DAYS;
    java.util.Map<String, java.util.Map<LocalDate, Integer>> scores =
        new java.util.LinkedHashMap<>();
    if (!getRows().isEmpty()) {
      risks
          .histories(getRows().stream().map(SupplierRisk::supplier).toList())
          .forEach(
              (supplier, snapshots) -> {
                java.util.Map<LocalDate, Integer> byDay = new java.util.HashMap<>();
                snapshots.forEach(s -> byDay.put(s.day(), s.score()));
                scores.put(supplier.value(), byDay);
              });
    }
    return RiskCharts.trend(
        today.minusDays(days - 1L), days, scores, "Risk score per supplier (last 90 days)");
  }

  public String declare() {
    return act(() -> risks.declare(supplier), "Supplier " + supplier + " declared.");
  }

  public String remove(String organization) {
    return act(
        () -> {
          risks.remove(organization);
          return null;
        },
        "Supplier " + organization + " removed.");
  }

  public String chooseBaseline() {
    Long id;
    try {
      id = baselineId == null || baselineId.isBlank() ? null : Long.valueOf(baselineId.strip());
    } catch (NumberFormatException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "No such baseline", null));
      return null;
    }
    String target =
        baselineSupplier == null || baselineSupplier.isBlank() ? null : baselineSupplier;
    return act(
        () -> risks.chooseBaseline(id, target),
        id == null ? "Baseline choice removed." : "Baseline chosen.");
  }

  private String act(Supplier<?> action, String done) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.get();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (DomainException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } catch (EJBAccessException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, "This takes the org-admin or analyst role.", null));
    }
    rows = null;
    return null;
  }

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public String getBaselineId() {
    return baselineId;
  }

  public void setBaselineId(String baselineId) {
    this.baselineId = baselineId;
  }

  public String getBaselineSupplier() {
    return baselineSupplier;
  }

  public void setBaselineSupplier(String baselineSupplier) {
    this.baselineSupplier = baselineSupplier;
  }
}
