package org.scrmportal.access;

import java.util.List;
import org.scrmportal.organization.OrganizationId;

/**
 * The community memberships the access policy reads, declared here and kept by the community
 * capability (its repository implements it), so that access does not depend on community.
 */
public interface Memberships {

  /** Ids of the communities {@code organization} is a full member of. */
  List<String> communitiesOf(OrganizationId organization);
}
