package org.scrmportal.stix.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.postgresql.PGConnection;
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

  /** Whether to store with COPY where the database is PostgreSQL (else batched inserts). */
  @Inject
  @ConfigProperty(name = "scrm.store.copy", defaultValue = "true")
  boolean copy = true;

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
          PGConnection postgres =
              copy && c.isWrapperFor(PGConnection.class) ? c.unwrap(PGConnection.class) : null;
          long[] seqs =
              postgres != null ? copyVersions(c, postgres, versions) : insertVersions(c, versions);
          supersede(c, versions);
          if (postgres != null) {
            copyShares(c, postgres, shares, seqs);
          } else {
            insertShares(c, shares, seqs);
          }
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

  /**
   * Stores the versions with PostgreSQL's COPY, several times faster than inserts: their row
   * numbers are taken from the table's own sequence first.
   */
  @UnfilteredRead("new row numbers from the table's sequence; no stored data is read")
  private static long[] copyVersions(Connection c, PGConnection postgres, List<NewVersion> versions)
      throws SQLException {
    long[] seqs = new long[versions.size()];
    if (versions.isEmpty()) {
      return seqs;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "select nextval(pg_get_serial_sequence('stix_object', 'seq'))"
                + " from generate_series(1, ?)")) {
      ps.setInt(1, versions.size());
      try (ResultSet rs = ps.executeQuery()) {
        for (int i = 0; rs.next(); i++) {
          seqs[i] = rs.getLong(1);
        }
      }
    }
    Csv csv = new Csv();
    for (int i = 0; i < versions.size(); i++) {
      NewVersion v = versions.get(i);
      var object = v.object();
      csv.row(
          seqs[i],
          v.collectionId(),
          object.id().value(),
          object.type(),
          object.specVersion().orElse("2.1"),
          object.created().map(StixTimestamp::instant).orElse(null),
          object.modified().map(StixTimestamp::instant).orElse(null),
          v.version(),
          v.versionText(),
          v.dateAdded(),
          object.revoked(),
          v.latest(),
          object.createdByRef().map(StixId::value).orElse(null),
          object.json());
    }
    csv.copy(
        postgres,
        "copy stix_object (seq, collection_id, object_id, object_type, spec_version, created,"
            + " modified, version, version_text, date_added, revoked, latest, created_by_ref, json)"
            + " from stdin with (format csv)");
    return seqs;
  }

  /** The shares with COPY; shares of stored versions move their date_added as with inserts. */
  private static void copyShares(
      Connection c, PGConnection postgres, List<NewShare> shares, long[] seqs) throws SQLException {
    Csv csv = new Csv();
    List<NewShare> ofStored = new ArrayList<>();
    for (NewShare share : shares) {
      csv.row(
          seqOf(share, seqs),
          share.organization().value(),
          share.marking().id(),
          share.submittedBy(),
          share.sharedAt());
      if (share.newVersion() < 0) {
        ofStored.add(share);
      }
    }
    csv.copy(
        postgres,
        "copy stix_share (object_seq, org_id, marking_id, submitted_by, shared_at)"
            + " from stdin with (format csv)");
    if (!ofStored.isEmpty()) {
      insertShares(c, List.of(), seqs, ofStored);
    }
  }

  /** Rows as CSV for COPY (RFC 4180 quoting; an unquoted empty field is NULL). */
  private static final class Csv {
    private final StringBuilder text = new StringBuilder(1 << 16);

    void row(Object... values) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          text.append(',');
        }
        Object value = values[i];
        if (value instanceof String string) {
          text.append('"').append(string.replace("\"", "\"\"")).append('"');
        } else if (value instanceof Boolean b) {
          text.append(b ? 't' : 'f');
        } else if (value != null) {
          text.append(value);
        }
      }
      text.append('\n');
    }

    void copy(PGConnection postgres, String sql) throws SQLException {
      try {
        postgres.getCopyAPI().copyIn(sql, new StringReader(text.toString()));
      } catch (IOException e) {
        throw new SQLException("COPY failed", e);
      }
    }
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
    insertShares(c, shares, seqs, shares.stream().filter(s -> s.newVersion() < 0).toList());
  }

  /** Inserts {@code shares}, and moves the date_added of the stored versions of {@code moved}. */
  private static void insertShares(
      Connection c, List<NewShare> shares, long[] seqs, List<NewShare> moved) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT_SHARE)) {
      int batched = 0;
      for (NewShare share : shares) {
        insert.setLong(1, seqOf(share, seqs));
        insert.setString(2, share.organization().value());
        insert.setLong(3, share.marking().id());
        insert.setString(4, share.submittedBy());
        insert.setObject(5, utc(share.sharedAt()));
        insert.addBatch();
        if (++batched % BATCH == 0) {
          insert.executeBatch();
        }
      }
      if (batched % BATCH != 0) {
        insert.executeBatch();
      }
    }
    if (moved.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        c.prepareStatement("update stix_object set date_added = ? where seq = ?")) {
      for (NewShare share : moved) {
        update.setObject(1, utc(share.sharedAt()));
        update.setLong(2, seqOf(share, seqs));
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static long seqOf(NewShare share, long[] seqs) {
    return share.newVersion() >= 0 ? seqs[share.newVersion()] : share.storedSeq();
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
