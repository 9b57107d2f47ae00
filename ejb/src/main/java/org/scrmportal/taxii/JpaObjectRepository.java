package org.scrmportal.taxii;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.StixId;
import org.scrmportal.stix.StixTimestamp;

/**
 * The object store on JPA for reads, which all go through the access policy's predicate, and on
 * plain JDBC batches (on the persistence context's own connection, in its transaction) for the
 * writes and the checks of a submission, which must be fast and reveal nothing to the caller.
 */
@ApplicationScoped
class JpaObjectRepository implements ObjectRepository {

  /** Ids per IN list when looking up stored versions. */
  private static final int CHUNK = 500;

  private static final String INSERT =
      "insert into stix_object (collection_id, object_id, object_type, spec_version, created,"
          + " modified, version, version_text, date_added, revoked, latest, created_by_ref,"
          + " author_org_id, submitted_by, marking_id, json)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
    Join<StoredObject, Marking> marking = o.join("marking");
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
    versionPredicate(cb, q, o, query.versions()).ifPresent(where::add);
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
    where.add(policy.predicate(viewer, cb, q, marking));
    q.multiselect(
            o.get("seq"),
            o.get("objectId"),
            o.get("type"),
            o.get("dateAdded"),
            o.get("versionText"),
            o.get("specVersion"),
            o.get("authorOrganization"),
            withContent ? o.get("json") : cb.nullLiteral(String.class),
            marking.get("level"))
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.asc(o.get("dateAdded")), cb.asc(o.get("seq")));
    return em.createQuery(q)
        .setMaxResults(query.limit() + 1)
        .getResultStream()
        .map(t -> row(t))
        .toList();
  }

  private static ObjectRow row(Tuple t) {
    return new ObjectRow(
        t.get(0, Long.class),
        t.get(1, String.class),
        t.get(2, String.class),
        t.get(3, Instant.class),
        t.get(4, String.class),
        t.get(5, String.class),
        t.get(6, String.class),
        t.get(7, String.class),
        t.get(8, TlpLevel.class));
  }

  /** {@code text} in lower case for LIKE, its wildcards and the escape character escaped. */
  static String likeEscaped(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_");
  }

  /** {@code match[version]}: latest, first, exact versions, or none for all. */
  private static Optional<Predicate> versionPredicate(
      CriteriaBuilder cb, CriteriaQuery<?> q, Root<StoredObject> o, VersionMatch match) {
    if (match.all()) {
      return Optional.empty();
    }
    List<Predicate> any = new ArrayList<>();
    if (match.last()) {
      any.add(cb.isTrue(o.get("latest")));
    }
    if (match.first()) {
      Subquery<Instant> firstVersion = q.subquery(Instant.class);
      Root<StoredObject> other = firstVersion.from(StoredObject.class);
      Expression<Instant> version = other.get("version");
      firstVersion
          .select(cb.least(version))
          .where(
              cb.equal(other.get("collectionId"), o.get("collectionId")),
              cb.equal(other.get("objectId"), o.get("objectId")));
      any.add(cb.equal(o.get("version"), firstVersion));
    }
    if (!match.exact().isEmpty()) {
      any.add(o.get("version").in(match.exact()));
    }
    return Optional.of(cb.or(any.toArray(Predicate[]::new)));
  }

  @Override
  public List<VisibleVersion> versions(Viewer viewer, String collectionId, String objectId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StoredObject> q = cb.createQuery(StoredObject.class);
    Root<StoredObject> o = q.from(StoredObject.class);
    @SuppressWarnings("unchecked")
    Join<StoredObject, Marking> marking =
        (Join<StoredObject, Marking>) o.<StoredObject, Marking>fetch("marking");
    q.where(
            cb.equal(o.get("collectionId"), collectionId),
            cb.equal(o.get("objectId"), objectId),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.asc(o.get("version")));
    return em.createQuery(q).getResultStream().map(StoredObject::visible).toList();
  }

  @Override
  public Map<String, List<StoredVersion>> storedVersions(
      String collectionId, Collection<String> ids) {
    Map<String, List<StoredVersion>> found = new HashMap<>();
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String sql =
          "select object_id, version, latest, author_org_id, json from stix_object"
              + " where collection_id = ? and object_id in ("
              + "?,".repeat(chunk.size() - 1)
              + "?)";
      jdbc(
          c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
              ps.setString(1, collectionId);
              for (int i = 0; i < chunk.size(); i++) {
                ps.setString(i + 2, chunk.get(i));
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  found
                      .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                      .add(
                          new StoredVersion(
                              instant(rs, 2), rs.getBoolean(3), rs.getString(4), rs.getString(5)));
                }
              }
            }
          });
    }
    return found;
  }

  @Override
  public void store(Collection<Marking> markings, List<NewVersion> versions) {
    markings.forEach(em::persist);
    em.flush();
    jdbc(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int batched = 0;
            for (NewVersion v : versions) {
              bind(ps, v);
              ps.addBatch();
              if (++batched % 1000 == 0) {
                ps.executeBatch();
              }
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update stix_object set latest = false where collection_id = ?"
                      + " and object_id = ? and latest = true and version < ?")) {
            int batched = 0;
            for (NewVersion v : versions) {
              // only where older versions exist: a new object supersedes nothing
              if (v.supersedes()) {
                ps.setString(1, v.collectionId());
                ps.setString(2, v.object().id().value());
                ps.setObject(3, utc(v.version()));
                ps.addBatch();
                batched++;
              }
            }
            if (batched > 0) {
              ps.executeBatch();
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "insert into stix_marking_definition (object_id) select ? where not exists"
                      + " (select 1 from stix_marking_definition where object_id = ?)")) {
            int batched = 0;
            for (NewVersion v : versions) {
              if (v.object().type().equals("marking-definition")) {
                ps.setString(1, v.object().id().value());
                ps.setString(2, v.object().id().value());
                ps.addBatch();
                batched++;
              }
            }
            if (batched > 0) {
              ps.executeBatch();
            }
          }
        });
  }

  private static void bind(PreparedStatement ps, NewVersion v) throws SQLException {
    var object = v.object();
    ps.setString(1, v.collectionId());
    ps.setString(2, object.id().value());
    ps.setString(3, object.type());
    ps.setString(4, object.specVersion().orElse("2.1"));
    ps.setObject(
        5,
        object.created().map(StixTimestamp::instant).map(JpaObjectRepository::utc).orElse(null),
        java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setObject(
        6,
        object.modified().map(StixTimestamp::instant).map(JpaObjectRepository::utc).orElse(null),
        java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setObject(7, utc(v.version()));
    ps.setString(8, v.versionText());
    ps.setObject(9, utc(v.dateAdded()));
    ps.setBoolean(10, object.revoked());
    ps.setBoolean(11, v.latest());
    ps.setString(12, object.createdByRef().map(StixId::value).orElse(null));
    ps.setString(13, v.authorOrganization());
    ps.setString(14, v.submittedBy());
    ps.setLong(15, v.marking().id());
    ps.setString(16, object.json());
  }

  @Override
  public Optional<Instant> lastDateAdded() {
    List<Instant> last = new ArrayList<>(1);
    jdbc(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("select max(date_added) from stix_object");
              ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
              last.add(instant(rs, 1));
            }
          }
        });
    return last.stream().findFirst();
  }

  @Override
  public boolean isStoredMarkingDefinition(StixId id) {
    boolean[] found = {false};
    jdbc(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("select 1 from stix_marking_definition where object_id = ?")) {
            ps.setString(1, id.value());
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
              found[0] = rs.next();
            }
          }
        });
    return found[0];
  }

  @Override
  public int delete(String collectionId, String objectId, List<Instant> versions) {
    int[] deleted = {0};
    jdbc(
        c -> {
          String sql =
              "delete from stix_object where collection_id = ? and object_id = ?"
                  + (versions.isEmpty()
                      ? ""
                      : " and version in (" + "?,".repeat(versions.size() - 1) + "?)");
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, collectionId);
            ps.setString(2, objectId);
            for (int i = 0; i < versions.size(); i++) {
              ps.setObject(i + 3, utc(versions.get(i)));
            }
            deleted[0] = ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update stix_object set latest = true where collection_id = ? and object_id = ?"
                      + " and version = (select max(version) from stix_object"
                      + " where collection_id = ? and object_id = ?)")) {
            ps.setString(1, collectionId);
            ps.setString(2, objectId);
            ps.setString(3, collectionId);
            ps.setString(4, objectId);
            ps.executeUpdate();
          }
        });
    return deleted[0];
  }

  /** Work on the persistence context's connection, inside its transaction. */
  private void jdbc(org.hibernate.jdbc.Work work) {
    em.unwrap(Session.class).doWork(work);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
