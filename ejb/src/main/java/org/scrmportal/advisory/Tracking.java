package org.scrmportal.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.scrmportal.organization.OrganizationId;

/**
 * A tracking id of a publisher namespace, whose revisions are stored one at a time (its row is
 * locked while one is).
 */
@Entity
@Table(name = "csaf_tracking")
public class Tracking {

  @Id
  @Column(name = "tracking_key", length = 64)
  private String key;

  @Column(name = "org_id", nullable = false, length = 63)
  private String organization;

  @Column(name = "revisions", nullable = false)
  private int revisions;

  protected Tracking() {}

  Tracking(String key, OrganizationId organization) {
    this.key = Objects.requireNonNull(key, "key");
    this.organization = organization.value();
  }

  String key() {
    return key;
  }

  OrganizationId organization() {
    return new OrganizationId(organization);
  }

  void counted() {
    revisions++;
  }

  int revisions() {
    return revisions;
  }
}
