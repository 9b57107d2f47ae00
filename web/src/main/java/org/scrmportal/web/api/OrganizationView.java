package org.scrmportal.web.api;

import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;

/** An organization on the wire. */
public record OrganizationView(
    String id,
    String name,
    String type,
    String tier,
    String sector,
    String country,
    Boolean suspended,
    String contactEmail,
    String defaultTlp) {

  /** As the caller's token describes it. */
  static OrganizationView of(OrganizationClaims o) {
    return new OrganizationView(
        o.id().value(),
        o.name(),
        o.type().claim(),
        o.tier().name(),
        o.sector(),
        o.country(),
        null,
        null,
        null);
  }

  /** As the portal has vetted it. */
  static OrganizationView of(Organization o) {
    return new OrganizationView(
        o.id().value(),
        o.name(),
        o.type().claim(),
        o.tier().name(),
        o.sector(),
        o.country(),
        o.suspended(),
        o.contactEmail(),
        o.defaultTlp().label().replaceFirst("^TLP:", ""));
  }
}
