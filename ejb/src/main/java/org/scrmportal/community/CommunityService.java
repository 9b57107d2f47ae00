package org.scrmportal.community;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * Sharing communities: vetted organizations create them; the owner invites, others ask to join and
 * the owner approves; member lists follow {@link AccessPolicy#permitsMemberList}. Every step is
 * taken by an org admin for their own organization.
 */
@Stateless
@PermitAll
public class CommunityService {

  /** A community as the directory shows it to one viewer. */
  public record Listing(Community community, CommunityMembership.State myState) {}

  @Inject CommunityRepository communities;

  @Inject OrganizationRepository organizations;

  @Inject CurrentViewer viewer;

  @Inject AccessPolicy policy;

  @Inject Clock clock;

  @RolesAllowed(Roles.ORG_ADMIN)
  public Community create(String name, String purpose, boolean membersVisible) {
    Viewer me = vettedAdmin();
    if (name != null && communities.existsNamed(name)) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "A community named " + name + " exists already");
    }
    Community community =
        new Community(name, purpose, me.organization(), membersVisible, clock.instant());
    communities.store(community);
    communities.store(
        new CommunityMembership(
            community.id(), me.organization(), CommunityMembership.State.MEMBER, clock.instant()));
    return community;
  }

  /** The directory: every community, with where the caller's organization stands in each. */
  public List<Listing> directory() {
    Viewer me = viewer.get();
    Map<String, CommunityMembership.State> mine =
        me.organization() == null
            ? Map.of()
            : communities.membershipsOf(me.organization()).stream()
                .collect(
                    Collectors.toMap(CommunityMembership::community, CommunityMembership::state));
    return communities.findAll().stream().map(c -> new Listing(c, mine.get(c.id()))).toList();
  }

  /** The members of a community, for those the access policy lets see them. */
  public List<CommunityMembership> members(String communityId) {
    Community community = find(communityId);
    Viewer me = viewer.get();
    boolean member = me.communities().contains(communityId);
    boolean owner = me.organization() != null && community.isOwnedBy(me.organization());
    if (!policy.permitsMemberList(me, owner, member, community.membersVisible())) {
      throw new DomainException(
          member ? DomainException.Kind.FORBIDDEN : DomainException.Kind.NOT_FOUND,
          member ? "This community keeps its member list to its owner" : "No such community");
    }
    return communities.memberships(communityId, CommunityMembership.State.MEMBER);
  }

  /** Invitations and requests waiting for the owner or the invitee; the owner's admins only. */
  @RolesAllowed(Roles.ORG_ADMIN)
  public List<CommunityMembership> pending(String communityId) {
    Community community = ownedByMe(communityId);
    return Stream.concat(
            communities.memberships(community.id(), CommunityMembership.State.INVITED).stream(),
            communities.memberships(community.id(), CommunityMembership.State.REQUESTED).stream())
        .toList();
  }

  @RolesAllowed(Roles.ORG_ADMIN)
  public CommunityMembership invite(String communityId, OrganizationId invitee) {
    Community community = ownedByMe(communityId);
    if (organizations.find(invitee).isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "No organization " + invitee);
    }
    return open(community, invitee, CommunityMembership.State.INVITED);
  }

  @RolesAllowed(Roles.ORG_ADMIN)
  public CommunityMembership requestToJoin(String communityId) {
    Viewer me = vettedAdmin();
    return open(find(communityId), me.organization(), CommunityMembership.State.REQUESTED);
  }

  /** The invited organization's admin accepts an invitation. */
  @RolesAllowed(Roles.ORG_ADMIN)
  public CommunityMembership accept(String communityId) {
    Viewer me = vettedAdmin();
    CommunityMembership membership =
        communities
            .membership(find(communityId).id(), me.organization())
            .orElseThrow(
                () -> new DomainException(DomainException.Kind.NOT_FOUND, "No invitation"));
    membership.admit(CommunityMembership.State.INVITED, clock.instant());
    return membership;
  }

  /** The owner's admin approves an organization's request to join. */
  @RolesAllowed(Roles.ORG_ADMIN)
  public CommunityMembership approve(String communityId, OrganizationId requester) {
    Community community = ownedByMe(communityId);
    CommunityMembership membership =
        communities
            .membership(community.id(), requester)
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.NOT_FOUND, "No request from " + requester));
    membership.admit(CommunityMembership.State.REQUESTED, clock.instant());
    return membership;
  }

  private CommunityMembership open(
      Community community, OrganizationId organization, CommunityMembership.State state) {
    if (communities.membership(community.id(), organization).isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          organization
              + " is already invited to, asking to join, or a member of "
              + community.name());
    }
    CommunityMembership membership =
        new CommunityMembership(community.id(), organization, state, clock.instant());
    communities.store(membership);
    return membership;
  }

  private Community find(String communityId) {
    return communities
        .find(communityId)
        .orElseThrow(
            () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such community"));
  }

  private Community ownedByMe(String communityId) {
    Community community = find(communityId);
    Viewer me = vettedAdmin();
    if (!community.isOwnedBy(me.organization())) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Only the owner, " + community.owner() + ", manages this community");
    }
    return community;
  }

  /** Community work takes an organization in good standing, vetted T1 or above. */
  private Viewer vettedAdmin() {
    Viewer me = viewer.get();
    if (me.organization() == null || me.suspended() || !me.atLeast(Tier.T1)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Sharing communities are for vetted member organizations (T1 and above) in good standing");
    }
    return me;
  }
}
