package org.scrmportal.stix.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;

/**
 * The write side of the object store: what a submission compares with, and the batches that store
 * versions and shares. Nothing read here reaches a caller except through the outcome of a
 * submission, which depends only on what the submitter may see.
 */
public interface ObjectWriter {

  /**
   * The versions already stored of these objects, with their JSON, whatever their marking, and
   * whether {@code organization} shares each already.
   */
  Map<String, List<StoredVersion>> storedVersions(
      String collectionId, Collection<String> ids, OrganizationId organization);

  /**
   * Keeps the new markings, the new versions, and the shares (of new and of stored versions; a
   * share of a stored version moves its {@code date_added} to the share's time).
   */
  void store(Collection<Marking> markings, List<NewVersion> versions, List<NewShare> shares);

  /** The latest stored date added, so that new ones follow it. */
  Optional<Instant> lastDateAdded();

  /**
   * Withdraws {@code organization}'s shares of the versions of an object whose version is in {@code
   * versions} (all when empty), deletes the versions no organization shares any more, and makes the
   * newest remaining one the latest.
   *
   * @return how many shares were withdrawn
   */
  int withdraw(
      String collectionId, String objectId, OrganizationId organization, List<Instant> versions);
}
