package org.scrmportal.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.scrmportal.identity.People;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * Changes the marking of an object as {@link AccessPolicy#decideMarkingChange} allows, and records
 * every change. The people a request names (user names) are resolved to subjects first. The new
 * marking holds for every later read at once: markings are never cached.
 */
@ApplicationScoped
public class MarkingEditor {

  @Inject MarkingChangeRepository changes;

  @Inject Clock clock;

  @Inject AccessPolicy policy;

  @Inject People people;

  public void change(
      Viewer viewer, PortalPrincipal principal, Marking marking, MarkingRequest request) {
    Marking next =
        request.withPeople(people.subjectsOf(request.people())).toMarking(marking.author());
    Decision decision =
        policy.decideMarkingChange(viewer, principal.hasRole(Roles.ORG_ADMIN), marking, next);
    if (!decision.permitted()) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, decision.reason());
    }
    String before = marking.toString();
    boolean loosened = !marking.isNarrowedBy(next);
    marking.replaceWith(next);
    changes.store(
        new MarkingChange(marking, principal.username(), clock.instant(), loosened, before));
  }
}
