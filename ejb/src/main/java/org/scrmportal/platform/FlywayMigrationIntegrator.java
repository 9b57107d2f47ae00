package org.scrmportal.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the versioned migrations of {@code db/migration} to the persistence unit's data source
 * while Hibernate builds its session factory, before it validates the schema ({@code
 * hibernate.hbm2ddl.auto=validate}): so the schema is always the migrations' and a mismatch with
 * the entities stops the deployment.
 */
public class FlywayMigrationIntegrator implements Integrator {

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .getService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    migrate(dataSource);
  }

  /**
   * Brings the schema of {@code dataSource} to the latest migration.
   *
   * @return how many migrations were applied
   */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate()
        .migrationsExecuted;
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to release
  }
}
