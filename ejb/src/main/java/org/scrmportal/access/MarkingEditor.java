package org.scrmportal.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.identity.Roles;
import org.scrmportal.platform.DomainException;

/**
 * Changes the marking of an object: a member of the author organization may always narrow it;
 * loosening it takes an org admin of the author organization. Every change is recorded. The new
 * marking holds for every later read at once: markings are never cached.
 */
@ApplicationScoped
public class MarkingEditor {

  @Inject MarkingChangeRepository changes;

  @Inject Clock clock;

  public void change(
      Viewer viewer, PortalPrincipal principal, Marking marking, MarkingRequest request) {
    if (viewer.suspended()
        || viewer.organization() == null
        || !viewer.organization().equals(marking.author())) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Only the author organization, " + marking.author() + ", changes this marking");
    }
    Marking next = request.toMarking(marking.author());
    boolean loosened = !marking.isNarrowedBy(next);
    if (loosened && !principal.hasRole(Roles.ORG_ADMIN)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Loosening a marking takes an org admin of " + marking.author());
    }
    String before = marking.toString();
    marking.replaceWith(next);
    changes.store(
        new MarkingChange(marking, principal.username(), clock.instant(), loosened, before));
  }
}
