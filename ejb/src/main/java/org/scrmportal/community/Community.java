package org.scrmportal.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;

/** A sharing community. Its owner organization decides who joins. */
@Entity
@Table(name = "community")
public class Community {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "purpose", nullable = false, length = 2000)
  private String purpose;

  @Column(name = "owner_org_id", nullable = false, length = 63)
  private String owner;

  @Column(name = "members_visible", nullable = false)
  private boolean membersVisible;

  @Column(name = "created", nullable = false)
  private Instant created;

  protected Community() {}

  Community(
      String name, String purpose, OrganizationId owner, boolean membersVisible, Instant created) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new DomainException(
          DomainException.Kind.INVALID, "A community needs a name of at most 200 characters");
    }
    if (purpose == null || purpose.isBlank() || purpose.length() > 2000) {
      throw new DomainException(
          DomainException.Kind.INVALID, "A community needs a purpose of at most 2000 characters");
    }
    this.id = UUID.randomUUID().toString();
    this.name = name.strip();
    this.purpose = purpose.strip();
    this.owner = owner.value();
    this.membersVisible = membersVisible;
    this.created = Objects.requireNonNull(created, "created");
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String purpose() {
    return purpose;
  }

  public OrganizationId owner() {
    return new OrganizationId(owner);
  }

  public boolean membersVisible() {
    return membersVisible;
  }

  public Instant created() {
    return created;
  }

  public boolean isOwnedBy(OrganizationId organization) {
    return owner.equals(organization.value());
  }
}
