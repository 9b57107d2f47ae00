package org.scrmportal.web.api;

import java.util.List;
import java.util.Optional;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.Organization;

/** The caller on the wire. */
public record PrincipalView(
    String username, String displayName, OrganizationView organization, List<String> roles) {

  /** The caller, with its organization as recorded when it is, else as its token names it. */
  static PrincipalView of(PortalPrincipal p, Optional<Organization> recorded) {
    return new PrincipalView(
        p.username(),
        p.displayName(),
        recorded
            .map(OrganizationView::of)
            .or(() -> p.organization().map(OrganizationView::of))
            .orElse(null),
        p.roles().stream().sorted().toList());
  }
}
