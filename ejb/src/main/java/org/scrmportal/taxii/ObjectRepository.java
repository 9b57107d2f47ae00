package org.scrmportal.taxii;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.stix.StixId;

/** Where the versions of STIX objects are kept, per collection. */
public interface ObjectRepository {

  /**
   * Up to {@code query.limit() + 1} rows the viewer may see, ordered by (date added, sequence): one
   * more than the page, so that the caller knows whether more follow.
   *
   * @param withContent whether to read each object's JSON (not for manifests and versions)
   */
  List<ObjectRow> page(Viewer viewer, String collectionId, ObjectQuery query, boolean withContent);

  /** Every version of one object the viewer may see, with its marking, oldest first. */
  List<VisibleVersion> versions(Viewer viewer, String collectionId, String objectId);

  /**
   * The versions already stored of these objects, with their JSON, whatever their marking: what a
   * submission compares with (a new object has none, so this reads no JSON for it). Not a listing:
   * nothing of it reaches a caller but the outcome of the submission.
   */
  Map<String, List<StoredVersion>> storedVersions(String collectionId, Collection<String> ids);

  /** Keeps the markings (new ones) and then the versions, in one batch. */
  void store(Collection<Marking> markings, List<NewVersion> versions);

  /** The latest stored date added, so that new ones follow it. */
  Optional<Instant> lastDateAdded();

  /** Whether a marking definition with this id is stored, in any collection. */
  boolean isStoredMarkingDefinition(StixId id);

  /**
   * Deletes the versions of an object whose version is in {@code versions} (all when empty) and
   * makes the newest remaining one the latest.
   *
   * @return how many versions were deleted
   */
  int delete(String collectionId, String objectId, List<Instant> versions);
}
