package org.scrmportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
}
