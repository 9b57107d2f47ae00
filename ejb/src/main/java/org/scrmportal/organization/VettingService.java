package org.scrmportal.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * Vetting with four eyes by two people: an operator proposes a new tier, a suspension or a
 * reinstatement; a different operator (another subject, and a person: not a machine client with the
 * operator role) approves (which applies it) or rejects it. Both steps are kept ({@link
 * VettingProposal}).
 */
@Stateless
@PermitAll
public class VettingService {

  @Inject OrganizationRepository organizations;

  @Inject VettingProposalRepository proposals;

  @Inject Caller principal;

  @Inject Clock clock;

  @Inject Event<OrganizationSuspended> suspensions;

  @RolesAllowed(Roles.OPERATOR)
  public VettingProposal propose(
      OrganizationId organization, VettingProposal.Action action, Tier tier, String reason) {
    find(organization);
    VettingProposal proposal =
        new VettingProposal(organization, action, tier, reason, principal, clock.instant());
    proposals.store(proposal);
    return proposal;
  }

  /**
   * Approves and applies a proposal. A suspension or reinstatement fires {@link
   * OrganizationSuspended} synchronously, inside this transaction: its observers (identity
   * providers, machine clients) act with it, and a failing observer rolls the approval back.
   */
  @RolesAllowed(Roles.OPERATOR)
  public VettingProposal approve(String proposalId) {
    VettingProposal proposal = proposal(proposalId);
    proposal.approve(principal, clock.instant(), find(proposal.organization()));
    switch (proposal.action()) {
      case SUSPEND -> suspensions.fire(new OrganizationSuspended(proposal.organization(), true));
      case REINSTATE -> suspensions.fire(new OrganizationSuspended(proposal.organization(), false));
      case SET_TIER -> {
        // no change of standing to announce
      }
    }
    return proposal;
  }

  @RolesAllowed(Roles.OPERATOR)
  public VettingProposal reject(String proposalId) {
    VettingProposal proposal = proposal(proposalId);
    proposal.reject(principal, clock.instant());
    return proposal;
  }

  /** Proposals in one status, oldest first: the operators' queue is {@code PENDING}. */
  @RolesAllowed(Roles.OPERATOR)
  public List<VettingProposal> proposals(VettingProposal.Status status) {
    return proposals.findByStatus(status);
  }

  private VettingProposal proposal(String id) {
    return proposals
        .find(id)
        .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "No such proposal"));
  }

  private Organization find(OrganizationId id) {
    return organizations
        .find(id)
        .orElseThrow(
            () -> new DomainException(DomainException.Kind.NOT_FOUND, "No organization " + id));
  }
}
