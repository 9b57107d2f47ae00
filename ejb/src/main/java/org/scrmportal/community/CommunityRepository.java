package org.scrmportal.community;

import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Memberships;
import org.scrmportal.organization.OrganizationId;

/** Where communities and memberships are kept. */
public interface CommunityRepository extends Memberships {

  Optional<Community> find(String id);

  /** Every community, by name: the directory members browse to ask to join. */
  List<Community> findAll();

  void store(Community community);

  /** Whether a community has this name, in any letter case. */
  boolean existsNamed(String name);

  Optional<CommunityMembership> membership(String community, OrganizationId organization);

  /** The memberships of a community in one state, by organization. */
  List<CommunityMembership> memberships(String community, CommunityMembership.State state);

  /** Ids of the communities {@code organization} is a full member of. */
  @Override
  List<String> communitiesOf(OrganizationId organization);

  /** Every membership of {@code organization}, in any state. */
  List<CommunityMembership> membershipsOf(OrganizationId organization);

  void store(CommunityMembership membership);
}
