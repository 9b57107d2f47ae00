package org.scrmportal.alert;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.scrmportal.access.Marking;
import org.scrmportal.platform.DomainException;

/** A short notice shared under a marking. */
@Entity
@Table(name = "alert")
public class Alert {

  static final int MAX_TITLE = 300;
  static final int MAX_BODY = 20_000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "body", nullable = false, length = MAX_BODY)
  private String body;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "marking_id", nullable = false, unique = true)
  private Marking marking;

  @Column(name = "author_username", nullable = false, length = 256)
  private String authorUsername;

  @Column(name = "created", nullable = false)
  private Instant created;

  protected Alert() {}

  public Alert(String title, String body, Marking marking, String authorUsername, Instant created) {
    if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
      throw new DomainException(
          DomainException.Kind.INVALID, "An alert needs a title of at most 300 characters");
    }
    if (body == null || body.isBlank() || body.length() > MAX_BODY) {
      throw new DomainException(
          DomainException.Kind.INVALID, "An alert needs a body of at most 20000 characters");
    }
    this.id = UUID.randomUUID().toString();
    this.title = title.strip();
    this.body = body;
    this.marking = Objects.requireNonNull(marking, "marking");
    this.authorUsername = Objects.requireNonNull(authorUsername, "authorUsername");
    this.created = Objects.requireNonNull(created, "created");
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Marking marking() {
    return marking;
  }

  public String authorUsername() {
    return authorUsername;
  }

  public Instant created() {
    return created;
  }
}
