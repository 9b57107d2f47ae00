package org.scrmportal.stix.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.DailyCountsQuery;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.platform.UnfilteredRead;

/**
 * The object store's reads on JPA, each through the access policy's predicate applied to the
 * marking of every share: a version is visible when any of its shares permits it.
 */
@ApplicationScoped
class JpaObjectRepository implements ObjectRepository {

  /** Rows per IN list. */
  private static final int CHUNK = 500;

  /** Objects read at once when streaming content (each is at most 1 MiB of JSON). */
  private static final int CONTENT_CHUNK = 50;

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Override
  public List<ObjectRow> page(
      Viewer viewer, String collectionId, ObjectQuery query, boolean withContent) {
    if (!query.matchesStoredSpecVersion()) {
      return List.of();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<StoredObject> o = q.from(StoredObject.class);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(o.get("collectionId"), collectionId));
    query.addedAfter().ifPresent(t -> where.add(cb.greaterThan(o.get("dateAdded"), t)));
    if (!query.ids().isEmpty()) {
      where.add(o.get("objectId").in(query.ids()));
    }
    if (!query.types().isEmpty()) {
      where.add(o.get("type").in(query.types()));
    }
    query
        .text()
        .ifPresent(
            t -> where.add(cb.like(cb.lower(o.get("json")), "%" + likeEscaped(t) + "%", '\\')));
    query
        .after()
        .ifPresent(
            c -> {
              // date_added >= cursor follows from the keyset condition and lets the index scan
              // start at the cursor (docs/ACCESS-POLICY-QUERY-PLANS.md)
              Path<Instant> added = o.get("dateAdded");
              where.add(cb.greaterThanOrEqualTo(added, c.dateAdded()));
              where.add(
                  cb.or(
                      cb.greaterThan(added, c.dateAdded()),
                      cb.and(
                          cb.equal(added, c.dateAdded()), cb.greaterThan(o.get("seq"), c.seq()))));
            });
    where.add(cb.exists(visibleShare(viewer, cb, q, o.get("seq"))));
    versionPredicate(viewer, cb, q, o, query.versions()).ifPresent(where::add);
    q.multiselect(
            o.get("seq"),
            o.get("objectId"),
            o.get("type"),
            o.get("dateAdded"),
            o.get("versionText"),
            o.get("specVersion"),
            withContent ? o.get("json") : cb.nullLiteral(String.class))
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.asc(o.get("dateAdded")), cb.asc(o.get("seq")));
    // a list, not a stream: an unclosed result stream keeps its rows until the transaction ends,
    // which an export of many pages made hundreds of MiB
    return em.createQuery(q).setMaxResults(query.limit() + 1).getResultList().stream()
        .map(
            t ->
                new ObjectRow(
                    t.get(0, Long.class),
                    t.get(1, String.class),
                    t.get(2, String.class),
                    t.get(3, Instant.class),
                    t.get(4, String.class),
                    t.get(5, String.class),
                    t.get(6, String.class)))
        .toList();
  }

  /** {@code exists} a share of the version {@code seq} whose marking permits the viewer. */
  private Subquery<Integer> visibleShare(
      Viewer viewer, CriteriaBuilder cb, AbstractQuery<?> query, Expression<Long> seq) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Root<Share> share = sub.from(Share.class);
    Join<Share, Marking> marking = share.join("marking");
    return sub.select(cb.literal(1))
        .where(cb.equal(share.get("objectSeq"), seq), policy.predicate(viewer, cb, sub, marking));
  }

  @Override
  @UnfilteredRead(
      "the content of rows that page() returned to the same caller in the same request, after the"
          + " policy decided them")
  public void contents(List<Long> seqs, ContentSink sink) throws IOException {
    if (seqs.isEmpty()) {
      return;
    }
    // one query, read through a cursor a few rows at a time: the heap holds CONTENT_CHUNK objects
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<StoredObject> o = q.from(StoredObject.class);
    q.select(o.get("json"))
        .where(o.get("seq").in(seqs))
        .orderBy(cb.asc(o.get("dateAdded")), cb.asc(o.get("seq")));
    try (Stream<String> objects =
        em.createQuery(q)
            .setHint(HibernateHints.HINT_FETCH_SIZE, CONTENT_CHUNK)
            .getResultStream()) {
      for (Iterator<String> it = objects.iterator(); it.hasNext(); ) {
        sink.accept(it.next());
      }
    }
  }

  /** {@code text} in lower case for LIKE, its wildcards and the escape character escaped. */
  static String likeEscaped(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_");
  }

  /**
   * {@code match[version]}: latest, first, exact versions, or none for all. The latest and the
   * first are those of the versions the viewer may see (TAXII 2.1 section 3.4.2): a version is the
   * viewer's latest when no later version is stored ({@code latest}, the cheap case) or none of the
   * later ones is visible.
   */
  private Optional<Predicate> versionPredicate(
      Viewer viewer,
      CriteriaBuilder cb,
      CriteriaQuery<?> q,
      Root<StoredObject> o,
      VersionMatch match) {
    if (match.all()) {
      return Optional.empty();
    }
    List<Predicate> any = new ArrayList<>();
    if (match.last()) {
      any.add(
          cb.or(cb.isTrue(o.get("latest")), cb.not(cb.exists(visibleOther(viewer, cb, q, o, 1)))));
    }
    if (match.first()) {
      any.add(cb.not(cb.exists(visibleOther(viewer, cb, q, o, -1))));
    }
    if (!match.exact().isEmpty()) {
      any.add(o.get("version").in(match.exact()));
    }
    return Optional.of(cb.or(any.toArray(Predicate[]::new)));
  }

  /** A visible version of the same object later ({@code direction} 1) or earlier (-1) than o's. */
  private Subquery<Integer> visibleOther(
      Viewer viewer, CriteriaBuilder cb, CriteriaQuery<?> q, Root<StoredObject> o, int direction) {
    Subquery<Integer> sub = q.subquery(Integer.class);
    Root<StoredObject> other = sub.from(StoredObject.class);
    Expression<Instant> version = other.get("version");
    return sub.select(cb.literal(1))
        .where(
            cb.equal(other.get("collectionId"), o.get("collectionId")),
            cb.equal(other.get("objectId"), o.get("objectId")),
            direction > 0
                ? cb.greaterThan(version, o.<Instant>get("version"))
                : cb.lessThan(version, o.<Instant>get("version")),
            cb.exists(visibleShare(viewer, cb, sub, other.get("seq"))));
  }

  @Override
  public List<VisibleVersion> versions(Viewer viewer, String collectionId, String objectId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<StoredObject> o = q.from(StoredObject.class);
    Root<Share> share = q.from(Share.class);
    @SuppressWarnings("unchecked")
    Join<Share, Marking> marking = (Join<Share, Marking>) share.<Share, Marking>fetch("marking");
    q.multiselect(o, share)
        .where(
            cb.equal(o.get("collectionId"), collectionId),
            cb.equal(o.get("objectId"), objectId),
            cb.equal(share.get("objectSeq"), o.get("seq")),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.asc(o.get("version")), cb.asc(o.get("seq")));
    Comparator<Share> preferred =
        Comparator.comparing(
                (Share s) ->
                    viewer.organization() == null
                        || !viewer.organization().value().equals(s.organization()))
            .thenComparing(s -> s.marking().level());
    Map<Long, Share> chosen = new HashMap<>();
    Map<Long, StoredObject> rows = new LinkedHashMap<>();
    for (Tuple t : em.createQuery(q).getResultList()) {
      StoredObject row = t.get(0, StoredObject.class);
      rows.putIfAbsent(row.seq(), row);
      chosen.merge(
          row.seq(), t.get(1, Share.class), (a, b) -> preferred.compare(a, b) <= 0 ? a : b);
    }
    // the latest is the newest version the viewer may see (rows come oldest first)
    Instant newest =
        rows.values().stream().map(StoredObject::version).reduce((a, b) -> b).orElse(null);
    return rows.values().stream()
        .map(
            row -> {
              Share s = chosen.get(row.seq());
              return row.visibleAs(s.submittedBy(), s.marking(), row.version().equals(newest));
            })
        .toList();
  }

  @Override
  public Map<Long, TlpLevel> levels(Viewer viewer, Collection<Long> seqs) {
    Map<Long, TlpLevel> levels = new HashMap<>();
    for (List<Long> chunk : chunks(seqs)) {
      for (Tuple t : shares(viewer, chunk)) {
        levels.merge(t.get(0, Long.class), t.get(1, TlpLevel.class), JpaObjectRepository::looser);
      }
    }
    return levels;
  }

  @Override
  public boolean anyVisible(Viewer viewer, String collectionId, String objectId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<StoredObject> o = q.from(StoredObject.class);
    q.select(o.get("seq"))
        .where(
            cb.equal(o.get("collectionId"), collectionId),
            cb.equal(o.get("objectId"), objectId),
            cb.exists(visibleShare(viewer, cb, q, o.get("seq"))));
    return !em.createQuery(q).setMaxResults(1).getResultList().isEmpty();
  }

  @Override
  public Set<Long> visible(Viewer viewer, Collection<Long> seqs) {
    Set<Long> visible = new HashSet<>();
    for (List<Long> chunk : chunks(seqs)) {
      shares(viewer, chunk).forEach(t -> visible.add(t.get(0, Long.class)));
    }
    return visible;
  }

  /** (row, level) of each share of these rows that the viewer may see. */
  private List<Tuple> shares(Viewer viewer, List<Long> seqs) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Share> share = q.from(Share.class);
    Join<Share, Marking> marking = share.join("marking");
    q.multiselect(share.get("objectSeq"), marking.get("level"))
        .where(share.get("objectSeq").in(seqs), policy.predicate(viewer, cb, q, marking));
    return em.createQuery(q).getResultList();
  }

  @Override
  public List<ObjectRow> newest(Viewer viewer, Collection<String> collectionIds, int limit) {
    if (collectionIds.isEmpty() || limit < 1) {
      return List.of();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<StoredObject> o = q.from(StoredObject.class);
    q.multiselect(
            o.get("seq"),
            o.get("objectId"),
            o.get("type"),
            o.get("dateAdded"),
            o.get("versionText"),
            o.get("specVersion"),
            o.get("json"))
        .where(
            o.get("collectionId").in(collectionIds),
            cb.isTrue(o.get("latest")),
            cb.exists(visibleShare(viewer, cb, q, o.get("seq"))))
        .orderBy(cb.desc(o.get("dateAdded")), cb.desc(o.get("seq")));
    return em.createQuery(q).setMaxResults(limit).getResultList().stream()
        .map(
            t ->
                new ObjectRow(
                    t.get(0, Long.class),
                    t.get(1, String.class),
                    t.get(2, String.class),
                    t.get(3, Instant.class),
                    t.get(4, String.class),
                    t.get(5, String.class),
                    t.get(6, String.class)))
        .toList();
  }

  @Override
  public DailyCounts arrivalsByType(
      Viewer viewer, Collection<String> collectionIds, DailyCounts frame) {
    if (collectionIds.isEmpty()) {
      return frame;
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<StoredObject> o = q.from(StoredObject.class);
    Path<Instant> added = o.get("dateAdded");
    q.multiselect(
            DailyCountsQuery.select(cb, o.get("type"), added, frame, DailyCountsQuery.rows(cb)))
        .where(
            o.get("collectionId").in(collectionIds),
            DailyCountsQuery.within(cb, added, frame),
            cb.exists(visibleShare(viewer, cb, q, o.get("seq"))))
        .groupBy(o.get("type"));
    return DailyCountsQuery.counted(frame, em.createQuery(q).getResultList());
  }

  @Override
  public DailyCounts arrivalsByLevel(
      Viewer viewer, Collection<String> collectionIds, DailyCounts frame) {
    if (collectionIds.isEmpty()) {
      return frame;
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<StoredObject> o = q.from(StoredObject.class);
    Root<Share> share = q.from(Share.class);
    Join<Share, Marking> marking = share.join("marking");
    Path<Instant> added = o.get("dateAdded");
    // a version shared under several markings of one level counts once for that level
    q.multiselect(
            DailyCountsQuery.select(
                cb,
                marking.get("level"),
                added,
                frame,
                onDay ->
                    cb.countDistinct(
                        cb.<Long>selectCase()
                            .when(onDay, o.<Long>get("seq"))
                            .otherwise(cb.nullLiteral(Long.class)))))
        .where(
            cb.equal(share.get("objectSeq"), o.get("seq")),
            o.get("collectionId").in(collectionIds),
            DailyCountsQuery.within(cb, added, frame),
            policy.predicate(viewer, cb, q, marking))
        .groupBy(marking.get("level"));
    return DailyCountsQuery.counted(frame, em.createQuery(q).getResultList());
  }

  private static TlpLevel looser(TlpLevel a, TlpLevel b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static List<List<Long>> chunks(Collection<Long> values) {
    List<Long> all = List.copyOf(values);
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }
}
