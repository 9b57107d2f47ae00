package org.scrmportal.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One component of an inventory, with the keys the matcher looks it up by. */
@Entity
@Table(name = "supplier_inventory_entry")
public class InventoryEntry {

  /** The source of a declared entry; SBOM entries have {@code sbom:<file name>}. */
  public static final String DECLARED = "declared";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
  @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "inventory_id", nullable = false)
  private Inventory inventory;

  @Column(name = "source", nullable = false, length = 300)
  private String source;

  @Column(name = "supplier", length = 256)
  private String supplier;

  @Column(name = "vendor", length = 256)
  private String vendor;

  @Column(name = "name", nullable = false, length = 256)
  private String name;

  @Column(name = "version", length = 128)
  private String version;

  @Column(name = "purl", length = 1000)
  private String purl;

  @Column(name = "cpe", length = 1000)
  private String cpe;

  @Column(name = "purl_key", length = 1000)
  private String purlKey;

  @Column(name = "cpe_key", length = 1000)
  private String cpeKey;

  @Column(name = "name_key", nullable = false, length = 256)
  private String nameKey;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected InventoryEntry() {}

  public InventoryEntry(Inventory inventory, String source, Component component, Instant at) {
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    this.source = source.length() > 300 ? source.substring(0, 300) : source;
    this.supplier = component.supplier();
    this.vendor = component.vendor();
    this.name = component.name();
    this.version = component.version();
    this.purl = component.purl();
    this.cpe = component.cpe();
    this.purlKey = component.purlKey().orElse(null);
    this.cpeKey = component.cpeKey().orElse(null);
    this.nameKey = component.nameKey();
    this.addedAt = Objects.requireNonNull(at, "at");
  }

  public Long id() {
    return id;
  }

  public Inventory inventory() {
    return inventory;
  }

  public String source() {
    return source;
  }

  public Component component() {
    return new Component(supplier, vendor, name, version, purl, cpe);
  }

  /** How people read it: vendor, name and version, or its identifier. */
  public String label() {
    String text =
        (vendor == null ? "" : vendor + " ") + name + (version == null ? "" : " " + version);
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }

  public Instant addedAt() {
    return addedAt;
  }
}
