package org.scrmportal.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.scrmportal.organization.VettingProposalTest.TestCaller;
import org.scrmportal.platform.DomainException;

/**
 * Approving a suspension or a reinstatement announces it ({@link OrganizationSuspended}),
 * synchronously; a change of tier and a rejection do not.
 */
class VettingServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  /** Records what is fired synchronously; anything else is a mistake. */
  static final class RecordingEvent implements Event<OrganizationSuspended> {
    final List<OrganizationSuspended> fired = new ArrayList<>();

    @Override
    public void fire(OrganizationSuspended event) {
      fired.add(event);
    }

    @Override
    public <U extends OrganizationSuspended> CompletionStage<U> fireAsync(U event) {
      throw new AssertionError("the suspension must be fired synchronously");
    }

    @Override
    public <U extends OrganizationSuspended> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new AssertionError("the suspension must be fired synchronously");
    }

    @Override
    public Event<OrganizationSuspended> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OrganizationSuspended> Event<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OrganizationSuspended> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  private final InMemoryOrganizations organizations = new InMemoryOrganizations();
  private final Map<String, VettingProposal> stored = new LinkedHashMap<>();
  private final RecordingEvent suspensions = new RecordingEvent();
  private final VettingService vetting = new VettingService();
  private final OrganizationId acme = new OrganizationId("acme-components");

  {
    vetting.organizations = organizations;
    vetting.proposals =
        new VettingProposalRepository() {
          @Override
          public Optional<VettingProposal> find(String id) {
            return Optional.ofNullable(stored.get(id));
          }

          @Override
          public List<VettingProposal> findByStatus(VettingProposal.Status status) {
            return stored.values().stream().filter(p -> p.status() == status).toList();
          }

          @Override
          public void store(VettingProposal proposal) {
            stored.put(proposal.id(), proposal);
          }
        };
    vetting.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    vetting.suspensions = suspensions;
    organizations.store(
        Organization.admitted(
            new OrganizationClaims(acme, "Acme", OrganizationType.COMPANY, Tier.T1, null, "DE"),
            NOW));
  }

  private VettingProposal proposed(VettingProposal.Action action, Tier tier) {
    vetting.principal = new TestCaller("sub-olivia", "olivia", false);
    VettingProposal proposal = vetting.propose(acme, action, tier, "reason");
    vetting.principal = new TestCaller("sub-oscar", "oscar", false);
    return proposal;
  }

  @Test
  void approvingASuspensionFiresItAfterApplyingIt() {
    vetting.approve(proposed(VettingProposal.Action.SUSPEND, null).id());

    assertEquals(List.of(new OrganizationSuspended(acme, true)), suspensions.fired);
    assertTrue(organizations.find(acme).orElseThrow().suspended());
  }

  @Test
  void approvingAReinstatementFiresItToo() {
    vetting.approve(proposed(VettingProposal.Action.SUSPEND, null).id());
    vetting.approve(proposed(VettingProposal.Action.REINSTATE, null).id());

    assertEquals(
        List.of(new OrganizationSuspended(acme, true), new OrganizationSuspended(acme, false)),
        suspensions.fired);
  }

  @Test
  void aTierChangeARejectionAndARefusedApprovalFireNothing() {
    vetting.approve(proposed(VettingProposal.Action.SET_TIER, Tier.T2).id());
    vetting.reject(proposed(VettingProposal.Action.SUSPEND, null).id());
    VettingProposal own = proposed(VettingProposal.Action.SUSPEND, null);
    vetting.principal = new TestCaller("sub-olivia", "olivia", false);
    assertThrows(DomainException.class, () -> vetting.approve(own.id()));

    assertEquals(List.of(), suspensions.fired);
  }
}
