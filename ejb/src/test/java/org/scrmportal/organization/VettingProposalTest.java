package org.scrmportal.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrmportal.platform.DomainException;

/** Four eyes by two people: the domain checks of {@link VettingProposal}. */
class VettingProposalTest {

  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  private static final Instant T1 = Instant.parse("2026-01-05T11:00:00Z");

  record TestCaller(String sub, String username, boolean isServiceAccount) implements Caller {
    @Override
    public Optional<String> subject() {
      return Optional.ofNullable(sub);
    }

    @Override
    public Optional<OrganizationClaims> organization() {
      return Optional.empty();
    }
  }

  private static final Caller OLIVIA = new TestCaller("sub-olivia", "olivia", false);
  private static final Caller OSCAR = new TestCaller("sub-oscar", "oscar", false);
  private static final Caller OPS_MACHINE =
      new TestCaller("sub-ops-machine", "service-account-portal-operations-machine", true);

  private static Organization acme() {
    return Organization.firstSeen(
        new OrganizationClaims(
            new OrganizationId("acme-components"),
            "Acme Components",
            OrganizationType.COMPANY,
            Tier.T0,
            "manufacturing",
            "DE"),
        T0);
  }

  private static VettingProposal tierT2By(Caller proposer) {
    return new VettingProposal(
        new OrganizationId("acme-components"),
        VettingProposal.Action.SET_TIER,
        Tier.T2,
        "audited",
        proposer,
        T0);
  }

  @Test
  void aSecondPersonApprovesAndTheChangeApplies() {
    Organization acme = acme();
    VettingProposal proposal = tierT2By(OLIVIA);

    proposal.approve(OSCAR, T1, acme);

    assertEquals(VettingProposal.Status.APPROVED, proposal.status());
    assertEquals(Tier.T2, acme.tier());
    assertEquals("sub-olivia", proposal.proposedBySubject().orElseThrow());
    assertEquals("olivia", proposal.proposedBy());
    assertEquals("sub-oscar", proposal.decidedBySubject().orElseThrow());
    assertEquals("oscar", proposal.decidedBy().orElseThrow());
  }

  @Test
  void theProposerCannotApproveOrReject() {
    Organization acme = acme();
    VettingProposal proposal = tierT2By(OLIVIA);

    DomainException approve =
        assertThrows(DomainException.class, () -> proposal.approve(OLIVIA, T1, acme));
    DomainException reject = assertThrows(DomainException.class, () -> proposal.reject(OLIVIA, T1));

    assertEquals(DomainException.Kind.FORBIDDEN, approve.kind());
    assertEquals(DomainException.Kind.FORBIDDEN, reject.kind());
    assertTrue(approve.getMessage().startsWith("Four eyes"), approve.getMessage());
    assertEquals(VettingProposal.Status.PENDING, proposal.status());
    assertEquals(Tier.T0, acme.tier(), "a refused approval changes nothing");
  }

  @Test
  void theSamePersonUnderANewUserNameIsStillTheProposer() {
    VettingProposal proposal = tierT2By(OLIVIA);
    Caller renamed = new TestCaller("sub-olivia", "olivia.new", false);

    assertThrows(DomainException.class, () -> proposal.approve(renamed, T1, acme()));
    assertEquals(VettingProposal.Status.PENDING, proposal.status());
  }

  @Test
  void anotherPersonWhoNowHasTheProposersUserNameMayDecide() {
    VettingProposal proposal = tierT2By(OLIVIA);
    Caller newOlivia = new TestCaller("sub-another-olivia", "olivia", false);

    proposal.reject(newOlivia, T1);

    assertEquals(VettingProposal.Status.REJECTED, proposal.status());
  }

  @Test
  void aMachineClientWithTheOperatorRoleDecidesNothing() {
    Organization acme = acme();
    VettingProposal proposal = tierT2By(OLIVIA);

    DomainException approve =
        assertThrows(DomainException.class, () -> proposal.approve(OPS_MACHINE, T1, acme));
    DomainException reject =
        assertThrows(DomainException.class, () -> proposal.reject(OPS_MACHINE, T1));

    assertEquals(DomainException.Kind.FORBIDDEN, approve.kind());
    assertEquals(DomainException.Kind.FORBIDDEN, reject.kind());
    assertTrue(approve.getMessage().contains("machine client"), approve.getMessage());
    assertEquals(VettingProposal.Status.PENDING, proposal.status());
    assertEquals(Tier.T0, acme.tier());
  }

  @Test
  void aMachineClientProposesNothing() {
    DomainException e = assertThrows(DomainException.class, () -> tierT2By(OPS_MACHINE));

    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
    assertTrue(e.getMessage().contains("machine client"), e.getMessage());
  }

  @Test
  void aCallerWithoutSubjectDecidesNothing() {
    VettingProposal proposal = tierT2By(OLIVIA);
    Caller anonymous = new TestCaller(null, "anonymous", false);

    assertThrows(DomainException.class, () -> proposal.approve(anonymous, T1, acme()));
    assertEquals(VettingProposal.Status.PENDING, proposal.status());
  }

  @Test
  void aDecidedProposalIsNotDecidedAgain() {
    VettingProposal proposal = tierT2By(OLIVIA);
    proposal.approve(OSCAR, T1, acme());

    DomainException again =
        assertThrows(
            DomainException.class,
            () -> proposal.reject(new TestCaller("sub-third", "third", false), T1));

    assertEquals(DomainException.Kind.CONFLICT, again.kind());
  }
}
