package org.scrmportal.alert;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Decision;
import org.scrmportal.access.MarkingEditor;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.community.CommunityRepository;
import org.scrmportal.identity.People;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * Alerts: publish under a marking, list and read what the caller may see, change markings, explain.
 */
@Stateless
@PermitAll
public class AlertService {

  /** The most alerts one page holds. */
  public static final int MAX_PAGE = 1000;

  /** An alert as its viewer may see it: with or without its content, and why. */
  public record Seen(Alert alert, Decision decision) {
    public boolean contentVisible() {
      return decision.permitted();
    }
  }

  /**
   * One page of a listing: the alerts, the total the viewer may know of, and whether more follow.
   */
  public record Page(List<Seen> alerts, long total, boolean more) {}

  @Inject AlertRepository alerts;

  @Inject CommunityRepository communities;

  @Inject CurrentViewer viewer;

  @Inject PortalPrincipal principal;

  @Inject AccessPolicy policy;

  @Inject MarkingEditor markings;

  @Inject People people;

  @Inject Clock clock;

  /**
   * Publishes an alert; it comes back as its author sees it. The people the marking names (user
   * names) are resolved to subjects.
   */
  @RolesAllowed({Roles.SUBMITTER, Roles.ANALYST})
  public Seen publish(String title, String body, MarkingRequest marking) {
    Viewer me = viewer.get();
    if (me.organization() == null || me.suspended()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Publishing takes a member organization in good standing");
    }
    requireKnownCommunities(marking);
    Alert alert =
        new Alert(
            title,
            body,
            marking.withPeople(people.subjectsOf(marking.people())).toMarking(me.organization()),
            principal.username(),
            clock.instant());
    alerts.store(alert);
    return new Seen(alert, policy.decide(me, alert.marking()));
  }

  public Page list(Instant afterCreated, String afterId, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new DomainException(
          DomainException.Kind.INVALID, "limit must be between 1 and " + MAX_PAGE);
    }
    Viewer me = viewer.get();
    List<Alert> page = alerts.page(me, afterCreated, afterId, limit + 1);
    boolean more = page.size() > limit;
    List<Seen> seen =
        page.stream().limit(limit).map(a -> new Seen(a, policy.decide(me, a.marking()))).toList();
    return new Page(seen, alerts.count(me), more);
  }

  /** The alert, if the caller may know of it; absent otherwise (its existence is not revealed). */
  public Optional<Seen> find(String id) {
    Viewer me = viewer.get();
    return alerts.find(me, id).map(a -> new Seen(a, policy.decide(me, a.marking())));
  }

  /** Why the caller may or may not see the alert's content. */
  public Decision explain(String id) {
    return find(id).map(Seen::decision).orElseThrow(AlertService::notFound);
  }

  /** Changes the alert's marking; it comes back as the caller sees it under the new one. */
  public Seen changeMarking(String id, MarkingRequest marking) {
    Alert alert = find(id).orElseThrow(AlertService::notFound).alert();
    requireKnownCommunities(marking);
    markings.change(viewer.get(), principal, alert.marking(), marking);
    return new Seen(alert, policy.decide(viewer.get(), alert.marking()));
  }

  private void requireKnownCommunities(MarkingRequest marking) {
    for (String community : marking.communities()) {
      if (communities.find(community).isEmpty()) {
        throw new DomainException(DomainException.Kind.INVALID, "No community " + community);
      }
    }
  }

  private static DomainException notFound() {
    return new DomainException(DomainException.Kind.NOT_FOUND, "No such alert");
  }
}
