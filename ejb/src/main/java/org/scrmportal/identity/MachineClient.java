package org.scrmportal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * A machine client (OAuth 2.0 client credentials, a Keycloak confidential client with a service
 * account) that an organization's admin registered for its pollers: client id {@code
 * <orgId>-<name>}, in the organization's realm group, with the roles consumer and/or submitter. The
 * portal keeps the record, never the secret (Keycloak holds it; it is shown once). Revocation is
 * final: the row stays, the client id is never given out again, and tokens the client obtained
 * before are refused at their next request.
 */
@Entity
@Table(name = "machine_client")
public class MachineClient {

  /** What a name must look like: 3 to 40 lower-case letters, digits or '-'. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9-]{3,40}");

  /** The roles a machine client may hold; never more than its organization's pollers need. */
  public static final Set<String> GRANTABLE_ROLES = Set.of(Roles.CONSUMER, Roles.SUBMITTER);

  @Id
  @Column(name = "client_id", length = 104)
  private String clientId;

  @Column(name = "org_id", nullable = false, length = 63)
  private String organization;

  @Column(name = "name", nullable = false, length = 40)
  private String name;

  /** Sorted role names, separated by a space. */
  @Column(name = "roles", nullable = false, length = 32)
  private String roles;

  @Column(name = "created_by", nullable = false, length = 256)
  private String createdBy;

  @Column(name = "created_by_sub", nullable = false, length = 256)
  private String createdBySubject;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "rotated_at")
  private Instant rotatedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 256)
  private String revokedBy;

  protected MachineClient() {}

  /**
   * A client of {@code organization} named {@code name}, registered by the person {@code
   * registeredBy} (user name, for display) with subject {@code registeredBySubject}.
   *
   * @throws DomainException INVALID for a malformed name or a role outside {@link #GRANTABLE_ROLES}
   */
  MachineClient(
      OrganizationId organization,
      String name,
      Set<String> roles,
      String registeredBy,
      String registeredBySubject,
      Instant at) {
    Objects.requireNonNull(organization, "organization");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "A machine client's name is 3 to 40 lower-case letters, digits or '-'");
    }
    Set<String> granted =
        new TreeSet<>(roles == null || roles.isEmpty() ? Set.of(Roles.CONSUMER) : roles);
    if (!GRANTABLE_ROLES.containsAll(granted)) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "A machine client may hold the roles consumer and submitter only");
    }
    this.clientId = clientId(organization, name);
    this.organization = organization.value();
    this.name = name;
    this.roles = String.join(" ", granted);
    this.createdBy = Objects.requireNonNull(registeredBy, "registeredBy");
    this.createdBySubject = Objects.requireNonNull(registeredBySubject, "registeredBySubject");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  /** The client id of {@code organization}'s client named {@code name}: {@code <orgId>-<name>}. */
  static String clientId(OrganizationId organization, String name) {
    return organization.value() + "-" + name;
  }

  /** A new secret was issued at {@code at} (the old one no longer works). */
  void rotated(Instant at) {
    this.rotatedAt = Objects.requireNonNull(at, "at");
  }

  /** Revoked by {@code by} (user name) at {@code at}: for good. */
  void revoke(String by, Instant at) {
    if (revokedAt != null) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "The machine client " + clientId + " is already revoked");
    }
    this.revokedBy = Objects.requireNonNull(by, "by");
    this.revokedAt = Objects.requireNonNull(at, "at");
  }

  public String clientId() {
    return clientId;
  }

  public OrganizationId organization() {
    return new OrganizationId(organization);
  }

  public String name() {
    return name;
  }

  public Set<String> roles() {
    return Set.copyOf(Arrays.asList(roles.split(" ")));
  }

  /** The user name of the person who registered it, as it was then (for display). */
  public String createdBy() {
    return createdBy;
  }

  public String createdBySubject() {
    return createdBySubject;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> rotatedAt() {
    return Optional.ofNullable(rotatedAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
