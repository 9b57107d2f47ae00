package org.scrmportal.advisory;

import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;

/** Where advisories are kept; every read of advisories goes through the access policy. */
public interface AdvisoryRepository {

  void store(Advisory advisory);

  /** The revision {@code id} with its bytes, if the viewer may see it. */
  Optional<Advisory> find(Viewer viewer, long id);

  /**
   * The revision {@code id} without its bytes, if the viewer may see it: its {@code content()}
   * loads only inside a transaction.
   */
  Optional<Advisory> findMetadata(Viewer viewer, long id);

  /**
   * A page of what the viewer may see, newest first ({@code id} descending).
   *
   * @param query which advisories, and where the page starts
   */
  List<Advisory> list(Viewer viewer, AdvisoryQuery query);

  /** Every revision of the tracking id of {@code key} the viewer may see, oldest first. */
  List<Advisory> revisions(Viewer viewer, String trackingKey);

  /** The tracking id of {@code key}, locked until the transaction ends; empty when new. */
  Optional<Tracking> lockTracking(String key);

  void store(Tracking tracking);

  /** The organization a namespace (normal form) was granted to. */
  Optional<OrganizationId> ownerOf(String normalizedNamespace);

  /** The namespaces of {@code organization}, or of all organizations when null. */
  List<PublisherNamespace> namespaces(OrganizationId organization);

  void store(PublisherNamespace namespace);
}
