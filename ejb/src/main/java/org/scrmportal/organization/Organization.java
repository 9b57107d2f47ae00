package org.scrmportal.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.scrmportal.platform.TlpLevel;

/** A member organization of the portal. */
@Entity
@Table(name = "organization")
public class Organization {

  @Id
  @Column(name = "org_id", length = 63)
  private String id;

  @Column(name = "name", nullable = false, length = 256)
  private String name;

  @Column(name = "org_type", nullable = false, length = 32)
  private String type;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", nullable = false, length = 2)
  private Tier tier;

  @Column(name = "sector", length = 64)
  private String sector;

  @Column(name = "country", nullable = false, length = 2)
  private String country;

  @Column(name = "first_seen", nullable = false)
  private Instant firstSeen;

  @Column(name = "suspended", nullable = false)
  private boolean suspended;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Enumerated(EnumType.STRING)
  @Column(name = "default_tlp", nullable = false, length = 16)
  private TlpLevel defaultTlp = TlpLevel.AMBER;

  protected Organization() {}

  private Organization(OrganizationClaims claims, Tier tier, Instant firstSeen) {
    this.id = claims.id().value();
    this.name = claims.name();
    this.type = claims.type().claim();
    this.tier = Objects.requireNonNull(tier, "tier");
    this.sector = claims.sector();
    this.country = claims.country();
    this.firstSeen = Objects.requireNonNull(firstSeen, "firstSeen");
  }

  /**
   * The organization as first seen in a valid token (just-in-time registration): registered, at
   * {@link Tier#T0}, whatever tier the token claims; its name, type, sector and country as the
   * token says. Only the operators raise it (vetting with four eyes).
   */
  public static Organization firstSeen(OrganizationClaims claims, Instant at) {
    return new Organization(Objects.requireNonNull(claims, "claims"), Tier.T0, at);
  }

  /**
   * An organization as the operators admitted it, at the tier, name, type, sector and country they
   * decided: approved onboarding (four eyes), or an operator's group in the realm for an
   * organization seen for the first time; {@code at} is when it was admitted.
   */
  public static Organization admitted(OrganizationClaims admitted, Instant at) {
    Objects.requireNonNull(admitted, "admitted");
    return new Organization(admitted, admitted.tier(), at);
  }

  public OrganizationId id() {
    return new OrganizationId(id);
  }

  public String name() {
    return name;
  }

  public OrganizationType type() {
    return OrganizationType.fromClaim(type);
  }

  public Tier tier() {
    return tier;
  }

  public String sector() {
    return sector;
  }

  public String country() {
    return country;
  }

  public Instant firstSeen() {
    return firstSeen;
  }

  public boolean suspended() {
    return suspended;
  }

  public String contactEmail() {
    return contactEmail;
  }

  /** The TLP level its STIX objects that carry no TLP marking are shared under (AMBER at first). */
  public TlpLevel defaultTlp() {
    return defaultTlp;
  }

  /** An operator-approved change of tier (four eyes: see {@link VettingService}). */
  void vet(Tier newTier) {
    this.tier = Objects.requireNonNull(newTier, "newTier");
  }

  void suspend() {
    this.suspended = true;
  }

  void reinstate() {
    this.suspended = false;
  }

  /**
   * What the organization's own admins may change: its sector, its contact address and the level
   * its unmarked STIX objects are shared under (unchanged when null).
   */
  void updateProfile(String newSector, String newContactEmail, TlpLevel newDefaultTlp) {
    this.sector = newSector;
    this.contactEmail = newContactEmail;
    if (newDefaultTlp != null) {
      this.defaultTlp = newDefaultTlp;
    }
  }
}
