package org.scrmportal.stix.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.UnfilteredRead;
import org.scrmportal.stix.StixId;
import org.scrmportal.stix.StixTimestamp;

/**
 * The object store's write side on plain JDBC batches, on the persistence context's own connection
 * and in its transaction: submissions must be fast, and what they compare with must never reach a
 * caller (see {@link ObjectWriter}).
 */
@ApplicationScoped
class JdbcObjectWriter implements ObjectWriter {

  /** Ids per IN list when looking up stored versions. */
  private static final int CHUNK = 500;

  /** Rows per JDBC batch. */
  private static final int BATCH = 1000;

  private static final String INSERT_VERSION =
      "insert into stix_object (collection_id, object_id, object_type, spec_version, created,"
          + " modified, version, version_text, date_added, revoked, latest, created_by_ref, json)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_SHARE =
      "insert into stix_share (object_seq, org_id, marking_id, submitted_by, shared_at)"
          + " values (?, ?, ?, ?, ?)";

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Override
  @UnfilteredRead(
      "what a submission compares with: identical content gets a share, not a second row; the"
          + " outcome told to the submitter depends only on the versions it may see")
  public Map<String, List<StoredVersion>> storedVersions(
      String collectionId, Collection<String> ids, OrganizationId organization) {
    Map<String, List<StoredVersion>> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    // one query for all ids, the ids as one array parameter (a long IN list costs more to plan
    // than to run)
    String sql =
        "select o.seq, o.object_id, o.version, o.created_by_ref, o.json,"
            + " exists (select 1 from stix_share s where s.object_seq = o.seq and s.org_id = ?)"
            + " from stix_object o where o.collection_id = ? and o.object_id = any (?)";
    jdbc(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organization.value());
            ps.setString(2, collectionId);
            ps.setArray(3, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found
                    .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                    .add(
                        new StoredVersion(
                            rs.getLong(1),
                            instant(rs, 3),
                            rs.getString(4),
                            rs.getBoolean(6),
                            rs.getString(5)));
              }
            }
          }
        });
    return found;
  }

  @Override
  public void store(
      Collection<Marking> markings, List<NewVersion> versions, List<NewShare> shares) {
    markings.forEach(em::persist);
    em.flush();
    jdbc(
        c -> {
          long[] seqs = insertVersions(c, versions);
          supersede(c, versions);
          insertShares(c, shares, seqs);
          markingDefinitions(c, versions);
        });
  }

  /** Inserts the versions; their generated row numbers, in order. */
  private static long[] insertVersions(Connection c, List<NewVersion> versions)
      throws SQLException {
    long[] seqs = new long[versions.size()];
    try (PreparedStatement ps = c.prepareStatement(INSERT_VERSION, new String[] {"seq"})) {
      int done = 0;
      for (int i = 0; i < versions.size(); i++) {
        bind(ps, versions.get(i));
        ps.addBatch();
        if ((i + 1) % BATCH == 0 || i == versions.size() - 1) {
          ps.executeBatch();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
              seqs[done++] = keys.getLong(1);
            }
          }
        }
      }
      if (done != versions.size()) {
        throw new IllegalStateException(
            "the database returned " + done + " keys for " + versions.size() + " rows");
      }
    }
    return seqs;
  }

  /** Older versions stop being the latest, where a new latest one supersedes them. */
  private static void supersede(Connection c, List<NewVersion> versions) throws SQLException {
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
  }

  /**
   * Inserts the shares; a share of a stored version also moves its {@code date_added} forward, so
   * that pollers of the audience it adds find it.
   */
  private static void insertShares(Connection c, List<NewShare> shares, long[] seqs)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT_SHARE);
        PreparedStatement moved =
            c.prepareStatement("update stix_object set date_added = ? where seq = ?")) {
      int batched = 0;
      int movedCount = 0;
      for (NewShare share : shares) {
        long seq = share.newVersion() >= 0 ? seqs[share.newVersion()] : share.storedSeq();
        insert.setLong(1, seq);
        insert.setString(2, share.organization().value());
        insert.setLong(3, share.marking().id());
        insert.setString(4, share.submittedBy());
        insert.setObject(5, utc(share.sharedAt()));
        insert.addBatch();
        if (++batched % BATCH == 0) {
          insert.executeBatch();
        }
        if (share.newVersion() < 0) {
          moved.setObject(1, utc(share.sharedAt()));
          moved.setLong(2, seq);
          moved.addBatch();
          movedCount++;
        }
      }
      if (batched % BATCH != 0) {
        insert.executeBatch();
      }
      if (movedCount > 0) {
        moved.executeBatch();
      }
    }
  }

  private static void markingDefinitions(Connection c, List<NewVersion> versions)
      throws SQLException {
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
  }

  private static void bind(PreparedStatement ps, NewVersion v) throws SQLException {
    var object = v.object();
    ps.setString(1, v.collectionId());
    ps.setString(2, object.id().value());
    ps.setString(3, object.type());
    ps.setString(4, object.specVersion().orElse("2.1"));
    ps.setObject(
        5,
        object.created().map(StixTimestamp::instant).map(JdbcObjectWriter::utc).orElse(null),
        Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setObject(
        6,
        object.modified().map(StixTimestamp::instant).map(JdbcObjectWriter::utc).orElse(null),
        Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setObject(7, utc(v.version()));
    ps.setString(8, v.versionText());
    ps.setObject(9, utc(v.dateAdded()));
    ps.setBoolean(10, object.revoked());
    ps.setBoolean(11, v.latest());
    ps.setString(12, object.createdByRef().map(StixId::value).orElse(null));
    ps.setString(13, object.json());
  }

  @Override
  @UnfilteredRead("the newest date_added of all rows, so that new ones follow it; no content")
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
  @UnfilteredRead("whether a marking definition id is known, for validating references")
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
  public int withdraw(
      String collectionId, String objectId, OrganizationId organization, List<Instant> versions) {
    int[] withdrawn = {0};
    String ofVersions =
        versions.isEmpty() ? "" : " and version in (" + "?,".repeat(versions.size() - 1) + "?)";
    jdbc(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "delete from stix_share where org_id = ? and object_seq in (select seq from"
                      + " stix_object where collection_id = ? and object_id = ?"
                      + ofVersions
                      + ")")) {
            ps.setString(1, organization.value());
            ps.setString(2, collectionId);
            ps.setString(3, objectId);
            for (int i = 0; i < versions.size(); i++) {
              ps.setObject(i + 4, utc(versions.get(i)));
            }
            withdrawn[0] = ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "delete from stix_object where collection_id = ? and object_id = ? and not"
                      + " exists (select 1 from stix_share s where s.object_seq = seq)")) {
            ps.setString(1, collectionId);
            ps.setString(2, objectId);
            ps.executeUpdate();
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
    return withdrawn[0];
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
