package org.scrmportal.web.api;

import java.util.List;
import org.scrmportal.identity.PortalPrincipal;

/** The caller on the wire. */
public record PrincipalView(
    String username, String displayName, OrganizationView organization, List<String> roles) {

  static PrincipalView of(PortalPrincipal p) {
    return new PrincipalView(
        p.username(),
        p.displayName(),
        p.organization().map(OrganizationView::of).orElse(null),
        p.roles().stream().sorted().toList());
  }
}
