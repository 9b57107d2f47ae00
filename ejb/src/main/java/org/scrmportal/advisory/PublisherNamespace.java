package org.scrmportal.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.scrmportal.organization.OrganizationId;

/**
 * A publisher namespace (CSAF 2.0 section 3.2.1.8.2) an operator granted to an organization, after
 * checking offline that the organization controls it: only that organization publishes advisories
 * under it. A namespace belongs to one organization, for good: its tracking ids and their revision
 * histories stay with it.
 */
@Entity
@Table(name = "csaf_publisher_namespace")
public class PublisherNamespace {

  @Id
  @Column(name = "namespace", length = 500)
  private String namespace;

  @Column(name = "org_id", nullable = false, length = 63)
  private String organization;

  @Column(name = "granted_by", nullable = false, length = 256)
  private String grantedBy;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected PublisherNamespace() {}

  PublisherNamespace(
      String namespace, OrganizationId organization, String grantedBy, Instant grantedAt) {
    this.namespace = Namespaces.normalize(namespace);
    this.organization = Objects.requireNonNull(organization, "organization").value();
    this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
    this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
  }

  /** In normal form ({@link Namespaces#normalize}). */
  public String namespace() {
    return namespace;
  }

  public OrganizationId organization() {
    return new OrganizationId(organization);
  }

  public String grantedBy() {
    return grantedBy;
  }

  public Instant grantedAt() {
    return grantedAt;
  }
}
