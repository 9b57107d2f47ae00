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
 * operator proposes, a different operator approves or rejects. The row is the record of both steps;
 * the database refuses a decision by the proposer too.
 */
@Entity
@Table(name = "vetting_proposal")
public class VettingProposal {

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

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "decided_by", length = 256)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected VettingProposal() {}

  VettingProposal(
      OrganizationId organization,
      Action action,
      Tier tier,
      String reason,
      String proposedBy,
      Instant at) {
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
    this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
    this.proposedAt = Objects.requireNonNull(at, "at");
    this.status = Status.PENDING;
  }

  /** Approves and applies the proposal to {@code target}; never by the operator who proposed it. */
  void approve(String operator, Instant at, Organization target) {
    decide(operator, at, Status.APPROVED);
    switch (action) {
      case SET_TIER -> target.vet(tier);
      case SUSPEND -> target.suspend();
      case REINSTATE -> target.reinstate();
    }
  }

  void reject(String operator, Instant at) {
    decide(operator, at, Status.REJECTED);
  }

  private void decide(String operator, Instant at, Status outcome) {
    if (status != Status.PENDING) {
      throw new DomainException(DomainException.Kind.CONFLICT, "The proposal is already " + status);
    }
    if (operator.equals(proposedBy)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Four eyes: the operator who proposed a change cannot decide it");
    }
    this.status = outcome;
    this.decidedBy = operator;
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

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public Status status() {
    return status;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }
}
