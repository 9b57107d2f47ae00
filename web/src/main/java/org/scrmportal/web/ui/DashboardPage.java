package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.community.CommunityMembership;
import org.scrmportal.community.CommunityService;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.VettingProposal;
import org.scrmportal.organization.VettingService;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.store.ObjectRow;
import org.scrmportal.supplier.Notice;
import org.scrmportal.supplier.Notices;
import org.scrmportal.taxii.TaxiiService;

/**
 * The home page: the signed-in organization's dashboard. First the advisories that affect its
 * inventory, then what is new for it (the newest objects it may see, and charts of arrivals per day
 * by TLP level and by type, counted through the access policy), then its pending tasks.
 */
@Named
@RequestScoped
public class DashboardPage {

  /** Days the charts cover, today included (UTC). */
  static final int DAYS = 30;

  /** Newest objects listed. */
  static final int NEWEST = 10;

  /** One new object as the dashboard lists it. */
  public record NewObject(String type, String name, String id, String dateAdded, TlpLevel tlp) {}

  @EJB TaxiiService taxii;

  @EJB CommunityService communities;

  @EJB VettingService vetting;

  @EJB Notices notices;

  @Inject NewAdvisories advisories;

  @Inject PortalPrincipal principal;

  @Inject CurrentViewer viewer;

  @Inject Clock clock;

  private List<Notice> affectedRows;
  private List<NewObject> newest;
  private List<NewAdvisories.NewAdvisory> newAdvisories;
  private DailyCounts frame;
  private TaxiiService.Arrivals stixArrivals;
  private DailyCounts advisoryArrivals;
  private DailyCounts byLevel;
  private DailyCounts byType;
  private List<PendingTasks.Task> tasks;

  /** The organization's open notices (its inbox): advisories affecting its inventory. */
  public List<Notice> getAffected() {
    if (affectedRows == null) {
      affectedRows = notices.open(viewer.get());
    }
    return affectedRows;
  }

  public List<NewAdvisories.NewAdvisory> getNewAdvisories() {
    if (newAdvisories == null) {
      newAdvisories = advisories.newest(NEWEST);
    }
    return newAdvisories;
  }

  public List<NewObject> getNewest() {
    if (newest == null) {
      List<ObjectRow> rows = taxii.newest(NEWEST);
      Map<Long, TlpLevel> levels = taxii.levels(rows);
      newest =
          rows.stream()
              .map(
                  r ->
                      new NewObject(
                          r.type(),
                          StixDisplay.name(r.json()).orElse(null),
                          r.objectId(),
                          r.dateAdded().toString(),
                          levels.get(r.seq())))
              .toList();
    }
    return newest;
  }

  /** The days the charts cover, fixed once per request so that all counts share them. */
  private DailyCounts frame() {
    if (frame == null) {
      frame = DailyCounts.none(LocalDate.now(clock.withZone(ZoneOffset.UTC)), DAYS);
    }
    return frame;
  }

  /** STIX objects per day, by type and by level: one call for both charts. */
  private TaxiiService.Arrivals stixArrivals() {
    if (stixArrivals == null) {
      stixArrivals = taxii.arrivals(frame());
    }
    return stixArrivals;
  }

  /** Advisories per day and TLP level: one query for both charts. */
  private DailyCounts advisoryArrivals() {
    if (advisoryArrivals == null) {
      advisoryArrivals = advisories.arrivalsByLevel(frame());
    }
    return advisoryArrivals;
  }

  /** Arrivals per day and TLP level: STIX objects and advisories. */
  public DailyCounts getByLevel() {
    if (byLevel == null) {
      byLevel = stixArrivals().byLevel().plus(advisoryArrivals());
    }
    return byLevel;
  }

  /** Arrivals per day and type: each STIX type, and advisories as one type. */
  public DailyCounts getByType() {
    if (byType == null) {
      byType = stixArrivals().byType().plus(advisoryArrivals().summedAs(NewAdvisories.TYPE));
    }
    return byType;
  }

  /** The Chart.js configuration of the chart by TLP level. */
  public String getLevelChart() {
    return ArrivalCharts.byLevel(getByLevel(), "Arrivals per day by TLP level (last 30 days)");
  }

  /** The Chart.js configuration of the chart by type. */
  public String getTypeChart() {
    return ArrivalCharts.byType(getByType(), "Arrivals per day by type (last 30 days)");
  }

  public List<PendingTasks.Task> getTasks() {
    if (tasks == null) {
      tasks = PendingTasks.of(communityStates(), proposals());
    }
    return tasks;
  }

  private List<PendingTasks.Community> communityStates() {
    OrganizationId mine = viewer.get().organization();
    boolean admin = principal.hasRole(Roles.ORG_ADMIN);
    return communities.directory().stream()
        .map(
            l ->
                new PendingTasks.Community(
                    l.community().name(),
                    l.myState(),
                    admin && mine != null && l.community().isOwnedBy(mine)
                        ? requesters(l.community().id())
                        : List.of()))
        .toList();
  }

  private List<String> requesters(String communityId) {
    try {
      return communities.pending(communityId).stream()
          .filter(m -> m.state() == CommunityMembership.State.REQUESTED)
          .map(m -> m.organization().value())
          .toList();
    } catch (DomainException | EJBAccessException e) {
      return List.of();
    }
  }

  private List<PendingTasks.Proposal> proposals() {
    if (!principal.hasRole(Roles.OPERATOR)) {
      return List.of();
    }
    String me = principal.subject().orElse(null);
    try {
      return vetting.proposals(VettingProposal.Status.PENDING).stream()
          .map(
              p ->
                  new PendingTasks.Proposal(
                      switch (p.action()) {
                        case SET_TIER -> "tier " + p.tier().map(Enum::name).orElse("?");
                        case SUSPEND -> "suspension";
                        case REINSTATE -> "reinstatement";
                      },
                      p.organization().value(),
                      p.proposedBy(),
                      me != null && me.equals(p.proposedBySubject().orElse(null))))
          .toList();
    } catch (EJBAccessException e) {
      return List.of();
    }
  }
}
