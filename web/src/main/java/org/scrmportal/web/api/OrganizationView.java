package org.scrmportal.web.api;

import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;

/** An organization on the wire. */
public record OrganizationView(String id, String name, String type, String tier, String sector, String country) {

  static OrganizationView of(OrganizationClaims o) {
    return new OrganizationView(o.id().value(), o.name(), o.type().claim(), o.tier().name(), o.sector(), o.country());
  }

  static OrganizationView of(Organization o) {
    return new OrganizationView(o.id().value(), o.name(), o.type().claim(), o.tier().name(), o.sector(), o.country());
  }
}
