package org.scrmportal.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.scrmportal.platform.DomainException;

/**
 * A proposed change of an organization's standing (a new tier, a suspension, a reinstatement): one
 * operator proposes, a different operator approves or rejects. Four eyes by two people: both steps
 * take a person (a machine client's own token, even with the operator role, is refused), and the
 * two are told apart by their stable subject (the token's {@code sub}), not by user name, which can
 * change and be reused. The row is the record of both steps, with subjects and user names (for
 * display); the database refuses a decision by the proposer's subject too.
 */
@Entity
@Table(name = "vetting_proposal")
public class VettingProposal {

  private static final String WHAT = "a vetting change";

  /** What a proposal changes. */
  public enum Action {
    SET_TIER,
    SUSPEND,
    REINSTATE
  }

  /** Where a proposal stands. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "org_id", nullable = false, length = 63)
  private String organization;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 16)
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", length = 2)
  private Tier tier;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  @Column(name = "proposed_by", nullable = false, length = 256)
  private String proposedBy;

  /** Null only for proposals made before subjects were recorded (migration V6). */
  @Column(name = "proposed_by_sub", length = 256)
  private String proposedBySubject;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "decided_by", length = 256)
  private String decidedBy;

  @Column(name = "decided_by_sub", length = 256)
  private String decidedBySubject;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected VettingProposal() {}

  VettingProposal(
      OrganizationId organization,
      Action action,
      Tier tier,
      String reason,
      Caller proposer,
      Instant at) {
    String subject = FourEyes.person(proposer, "propose", WHAT);
    if ((action == Action.SET_TIER) != (tier != null)) {
      throw new DomainException(
          DomainException.Kind.INVALID, "A tier goes with SET_TIER, and only with it");
    }
    if (reason == null || reason.isBlank()) {
      throw new DomainException(DomainException.Kind.INVALID, "A proposal needs a reason");
    }
    this.id = UUID.randomUUID().toString();
    this.organization = organization.value();
    this.action = Objects.requireNonNull(action, "action");
    this.tier = tier;
    this.reason = reason;
    this.proposedBy = proposer.username();
    this.proposedBySubject = subject;
    this.proposedAt = Objects.requireNonNull(at, "at");
    this.status = Status.PENDING;
  }

  /** Approves and applies the proposal to {@code target}; never by the operator who proposed it. */
  void approve(Caller operator, Instant at, Organization target) {
    decide(operator, at, Status.APPROVED);
    switch (action) {
      case SET_TIER -> target.vet(tier);
      case SUSPEND -> target.suspend();
      case REINSTATE -> target.reinstate();
    }
  }

  void reject(Caller operator, Instant at) {
    decide(operator, at, Status.REJECTED);
  }

  private void decide(Caller operator, Instant at, Status outcome) {
    String subject = FourEyes.person(operator, "decide", WHAT);
    if (status != Status.PENDING) {
      throw new DomainException(DomainException.Kind.CONFLICT, "The proposal is already " + status);
    }
    boolean proposer =
        proposedBySubject != null
            ? proposedBySubject.equals(subject)
            : proposedBy.equals(operator.username()); // proposals from before V6
    FourEyes.notByProposer(proposer, WHAT);
    this.status = outcome;
    this.decidedBy = operator.username();
    this.decidedBySubject = subject;
    this.decidedAt = at;
  }

  public String id() {
    return id;
  }

  public OrganizationId organization() {
    return new OrganizationId(organization);
  }

  public Action action() {
    return action;
  }

  public Optional<Tier> tier() {
    return Optional.ofNullable(tier);
  }

  public String reason() {
    return reason;
  }

  /** The user name of the operator who proposed it, as it was then (for display). */
  public String proposedBy() {
    return proposedBy;
  }

  /** The subject of the operator who proposed it; empty for proposals from before V6. */
  public Optional<String> proposedBySubject() {
    return Optional.ofNullable(proposedBySubject);
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public Status status() {
    return status;
  }

  /** The user name of the operator who decided it, as it was then (for display). */
  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<String> decidedBySubject() {
    return Optional.ofNullable(decidedBySubject);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }
}
