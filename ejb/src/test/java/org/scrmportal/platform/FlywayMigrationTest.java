package org.scrmportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations run on a fresh database, are idempotent, and their constraints hold. */
class FlywayMigrationTest {

  private static JdbcDataSource freshDatabase(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Test
  void migratesAFreshDatabaseAndIsIdempotent() {
    JdbcDataSource ds = freshDatabase("migrate-twice");

    assertTrue(FlywayMigrationIntegrator.migrate(ds) > 0, "a fresh database gets every migration");
    assertEquals(0, FlywayMigrationIntegrator.migrate(ds), "a second run changes nothing");
  }

  @Test
  void theSchemaRefusesUnknownTiersAndTypes() throws SQLException {
    JdbcDataSource ds = freshDatabase("constraints");
    FlywayMigrationIntegrator.migrate(ds);

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into organization (org_id, name, org_type, tier, country, first_seen)"
              + " values ('acme', 'Acme', 'company', 'T1', 'DE', current_timestamp)");
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "insert into organization"
                      + " (org_id, name, org_type, tier, country, first_seen)"
                      + " values ('x1', 'X', 'company', 'T7', 'DE', current_timestamp)"));
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "insert into organization"
                      + " (org_id, name, org_type, tier, country, first_seen)"
                      + " values ('x2', 'X', 'club', 'T1', 'DE', current_timestamp)"));
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "insert into organization"
                      + " (org_id, name, org_type, tier, country, first_seen)"
                      + " values ('acme', 'Again', 'company', 'T1', 'DE', current_timestamp)"));
    }
  }

  @Test
  void theSchemaRefusesADecisionByTheProposersSubject() throws SQLException {
    JdbcDataSource ds = freshDatabase("four-eyes");
    FlywayMigrationIntegrator.migrate(ds);

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into organization (org_id, name, org_type, tier, country, first_seen)"
              + " values ('acme', 'Acme', 'company', 'T1', 'DE', current_timestamp)");
      String proposal =
          "insert into vetting_proposal (id, org_id, action, tier, reason, proposed_by,"
              + " proposed_by_sub, proposed_at, status, decided_by, decided_by_sub, decided_at)"
              + " values ('%s', 'acme', 'SET_TIER', 'T2', 'audited', 'olivia', 'sub-olivia',"
              + " current_timestamp, 'APPROVED', '%s', '%s', current_timestamp)";
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate(proposal.formatted("p1", "olivia.renamed", "sub-olivia")),
          "the same subject under another user name");
      s.executeUpdate(proposal.formatted("p2", "olivia", "sub-another-olivia"));
      s.executeUpdate(proposal.formatted("p3", "oscar", "sub-oscar"));
    }
  }

  @Test
  void v10NamesRedAudiencesBySubjectWhereTheUserNameIsKnownAndLeavesTheRest() throws SQLException {
    JdbcDataSource ds = freshDatabase("people-by-subject");
    Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target("6")
        .load()
        .migrate();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into organization (org_id, name, org_type, tier, country, first_seen)"
              + " values ('acme', 'Acme', 'company', 'T1', 'DE', current_timestamp)");
      String proposal =
          "insert into vetting_proposal (id, org_id, action, tier, reason, proposed_by,"
              + " proposed_by_sub, proposed_at, status, decided_by, decided_by_sub, decided_at)"
              + " values ('%s', 'acme', 'SET_TIER', 'T2', 'audited', '%s', '%s',"
              + " current_timestamp, 'APPROVED', '%s', '%s', current_timestamp)";
      s.executeUpdate(proposal.formatted("p1", "olivia", "sub-olivia", "oscar", "sub-oscar"));
      // "eve" was two people over time: ambiguous, so not mapped
      s.executeUpdate(proposal.formatted("p2", "eve", "sub-eve-1", "oscar", "sub-oscar"));
      s.executeUpdate(proposal.formatted("p3", "eve", "sub-eve-2", "olivia", "sub-olivia"));
      s.executeUpdate("insert into marking (id, tlp, author_org_id) values (1, 'RED', 'acme')");
      for (String person : new String[] {"olivia", "eve", "gina"}) {
        s.executeUpdate(
            "insert into marking_person (marking_id, username) values (1, '" + person + "')");
      }
    }

    assertTrue(FlywayMigrationIntegrator.migrate(ds) > 0, "the rest migrates");

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet people =
            s.executeQuery("select subject from marking_person where marking_id = 1")) {
      Set<String> subjects = new TreeSet<>();
      while (people.next()) {
        subjects.add(people.getString(1));
      }
      assertEquals(
          Set.of("sub-olivia", "eve", "gina"),
          subjects,
          "olivia is known by her subject; the others stay as they were and match no subject");
      try (ResultSet known = s.executeQuery("select subject, username from person")) {
        Set<String> pairs = new TreeSet<>();
        while (known.next()) {
          pairs.add(known.getString(1) + "=" + known.getString(2));
        }
        assertEquals(Set.of("sub-olivia=olivia", "sub-oscar=oscar"), pairs);
      }
    }
  }
}
