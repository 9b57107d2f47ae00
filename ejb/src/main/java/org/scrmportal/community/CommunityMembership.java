package org.scrmportal.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;

/** An organization's place in a community: invited by the owner, requested by itself, or member. */
@Entity
@Table(name = "community_membership")
public class CommunityMembership {

  /** Where a membership stands. */
  public enum State {
    /** The owner invited the organization; its admin has not accepted yet. */
    INVITED,
    /** The organization asked to join; the owner has not approved yet. */
    REQUESTED,
    MEMBER
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String community;

  @Column(name = "org_id", nullable = false, length = 63)
  private String organization;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private State state;

  @Column(name = "since", nullable = false)
  private Instant since;

  protected CommunityMembership() {}

  CommunityMembership(String community, OrganizationId organization, State state, Instant since) {
    this.id = UUID.randomUUID().toString();
    this.community = community;
    this.organization = organization.value();
    this.state = state;
    this.since = since;
  }

  /** The second step: the other side says yes (the invited organization, or the owner). */
  void admit(State expected, Instant at) {
    if (state != expected) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "The membership is " + state + ", not " + expected);
    }
    this.state = State.MEMBER;
    this.since = at;
  }

  public String community() {
    return community;
  }

  public OrganizationId organization() {
    return new OrganizationId(organization);
  }

  public State state() {
    return state;
  }

  public Instant since() {
    return since;
  }
}
