package org.scrmportal.stix.store;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scrmportal.access.Viewer;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.TlpLevel;

/**
 * The stored versions of STIX objects, per collection, as a viewer may see them: every read goes
 * through the access policy, share by share (a version is visible when any of its shares permits
 * it), and {@code first} and {@code last} are computed over the visible versions only.
 */
public interface ObjectRepository {

  /**
   * Up to {@code query.limit() + 1} rows the viewer may see, ordered by (date added, sequence): one
   * more than the page, so that the caller knows whether more follow.
   *
   * @param withContent whether to read each object's JSON (not for manifests and versions)
   */
  List<ObjectRow> page(Viewer viewer, String collectionId, ObjectQuery query, boolean withContent);

  /**
   * The JSON of these rows, in feed order, into {@code sink}, a few objects at a time, so that a
   * page or an export of any size passes through a bounded heap. Not a listing: only for the rows
   * of a page that {@link #page} gave the same caller (the access policy decided them there).
   */
  void contents(List<Long> seqs, ContentSink sink) throws IOException;

  /** Every version of one object the viewer may see, with the share that shows it, oldest first. */
  List<VisibleVersion> versions(Viewer viewer, String collectionId, String objectId);

  /** The least restrictive TLP level of the shares the viewer may see, per row. */
  Map<Long, TlpLevel> levels(Viewer viewer, Collection<Long> seqs);

  /** Whether the viewer may see any version of this object in this collection. */
  boolean anyVisible(Viewer viewer, String collectionId, String objectId);

  /** Those of these rows the viewer may see. */
  Set<Long> visible(Viewer viewer, Collection<Long> seqs);

  /**
   * The newest latest versions the viewer may see in these collections, newest date added first,
   * with their JSON: what the dashboard lists as new.
   */
  List<ObjectRow> newest(Viewer viewer, Collection<String> collectionIds, int limit);

  /**
   * How many versions the viewer may see were added to these collections on each day of {@code
   * frame}, per STIX type.
   */
  DailyCounts arrivalsByType(Viewer viewer, Collection<String> collectionIds, DailyCounts frame);

  /**
   * How many versions the viewer may see were added to these collections on each day of {@code
   * frame}, per TLP level ({@link TlpLevel#name()}) of the shares that let the viewer see them (a
   * version shared at two levels the viewer may both see counts at each).
   */
  DailyCounts arrivalsByLevel(Viewer viewer, Collection<String> collectionIds, DailyCounts frame);
}
