package org.scrmportal.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.Memberships;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;

/**
 * A consumer organization as the access policy sees it as a whole: its vetted tier, suspension and
 * communities, and a subject that no marking names ({@code organization:<id>}), so that the
 * policy's predicate decides for it exactly as {@code AccessPolicy.decideForOrganization} does:
 * TLP:RED, which reaches named people only, never counts for an organization's score, and the score
 * is the same whichever member reads it.
 */
@ApplicationScoped
public class OrganizationViewers {

  @Inject OrganizationRepository organizations;

  @Inject Memberships memberships;

  /** The organization as a viewer; empty when there is no such organization. */
  public Optional<Viewer> of(OrganizationId organization) {
    return organizations
        .find(organization)
        .map(
            o ->
                new Viewer(
                    "organization:" + organization.value(),
                    organization,
                    o.tier(),
                    o.suspended(),
                    Set.copyOf(memberships.communitiesOf(organization)),
                    false));
  }
}
