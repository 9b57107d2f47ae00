package org.scrmportal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who has signed in to the portal, known by their stable subject (the token's {@code
 * sub}). User names can change and be given to someone else: a person keeps their subject, while
 * their user name is the one they signed in with last, and only the latest person to sign in with a
 * user name holds it. Machine clients are never people.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @Column(name = "subject", length = 256)
  private String subject;

  /** Null once someone else signed in with this person's former user name. */
  @Column(name = "username", length = 256, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false, length = 256)
  private String displayName;

  @Column(name = "org_id", length = 63)
  private String organization;

  @Column(name = "last_seen", nullable = false)
  private Instant lastSeen;

  protected Person() {}

  Person(String subject, String username, String displayName, String organization, Instant at) {
    this.subject = Objects.requireNonNull(subject, "subject");
    seen(username, displayName, organization, at);
  }

  /** Records a sign-in: the user name, display name and organization as the token says now. */
  void seen(String username, String displayName, String organization, Instant at) {
    this.username = Objects.requireNonNull(username, "username");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.organization = organization;
    this.lastSeen = Objects.requireNonNull(at, "at");
  }

  /** Someone else signed in with this person's user name: they no longer hold it. */
  void releaseUsername() {
    this.username = null;
  }

  public String subject() {
    return subject;
  }

  /** The user name this person signed in with last; empty once someone else took it. */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> organization() {
    return Optional.ofNullable(organization);
  }

  public Instant lastSeen() {
    return lastSeen;
  }
}
