package org.scrmportal.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.platform.Roles;

/**
 * The caller of this request as the access policy sees it, read from the database once per request:
 * the vetted tier and suspension of the caller's organization (not what its token says) and its
 * community memberships. Nothing carries over between requests, so a suspension or a removal from a
 * community takes effect at the next request.
 */
@RequestScoped
public class CurrentViewer {

  @Inject PortalPrincipal principal;

  @Inject OrganizationRepository organizations;

  @Inject Memberships communities;

  private Viewer viewer;

  public Viewer get() {
    if (viewer == null) {
      viewer = resolve();
    }
    return viewer;
  }

  private Viewer resolve() {
    if (principal.isAnonymous()) {
      return Viewer.anonymous();
    }
    boolean operator = principal.hasRole(Roles.OPERATOR);
    return principal
        .organization()
        .flatMap(claims -> organizations.find(claims.id()))
        .map(org -> member(org, operator))
        .orElseGet(() -> new Viewer(subject(), null, null, false, Set.of(), operator));
  }

  private String subject() {
    return principal.subject().orElseThrow(() -> new IllegalStateException("no subject"));
  }

  private Viewer member(Organization org, boolean operator) {
    return new Viewer(
        subject(),
        org.id(),
        org.tier(),
        org.suspended(),
        Set.copyOf(communities.communitiesOf(org.id())),
        operator);
  }
}
