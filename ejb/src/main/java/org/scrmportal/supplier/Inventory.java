package org.scrmportal.supplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.TlpLevel;

/**
 * What an organization depends on. Private to it: its marking starts as TLP:AMBER+STRICT naming no
 * one but the author, and the organization shares it like any other object (the one access policy
 * decides who reads it).
 */
@Entity
@Table(name = "supplier_inventory")
public class Inventory {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
  @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
  private Long id;

  @Column(name = "org_id", nullable = false, length = 63, unique = true)
  private String organization;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "marking_id", nullable = false, unique = true)
  private Marking marking;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Inventory() {}

  /** A new, private inventory of {@code organization}. */
  public static Inventory privateTo(OrganizationId organization, Instant at) {
    Inventory inventory = new Inventory();
    inventory.organization = organization.value();
    inventory.marking =
        Marking.of(TlpLevel.AMBER_STRICT, organization, Set.of(), Set.of(), Set.of(), null);
    inventory.createdAt = Objects.requireNonNull(at, "at");
    return inventory;
  }

  public Long id() {
    return id;
  }

  public OrganizationId organization() {
    return new OrganizationId(organization);
  }

  public Marking marking() {
    return marking;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
