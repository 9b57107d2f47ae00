package org.scrmportal.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.scrmportal.launcher.KeycloakServer;

/**
 * The servers the integration tests need besides WildFly (which Arquillian starts): a real Keycloak
 * with the realm of {@code realm-config}, and for {@code scrm.it.db=postgresql} a real PostgreSQL
 * from Maven Central's binaries. Started once per test JVM, stopped when it ends. Nothing starts
 * unless {@code scrm.it.db} is set (only the failsafe runs set it).
 */
public class TestServers implements LauncherSessionListener {

  /** Keycloak of the tests: beside, not on, the run command's 8180. */
  public static final int KEYCLOAK_PORT = 8190;

  /** The portal under test (WildFly's 8080 with Arquillian's port offset of 200). */
  public static final URI PORTAL = URI.create("http://127.0.0.1:8280/");

  private static KeycloakServer keycloak;
  private static EmbeddedPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String db = System.getProperty("scrm.it.db");
    if (db == null || keycloak != null) {
      return;
    }
    try {
      Path work =
          Files.createDirectories(Path.of(System.getProperty("scrm.it.work.dir", "target/it"), db));
      keycloak =
          KeycloakServer.start(
              Path.of(required("scrm.keycloak.home")), KEYCLOAK_PORT, work, Duration.ofMinutes(4));
      StringBuilder serverArgs =
          new StringBuilder("-Dscrm.oidc.provider-url=")
              .append(keycloak.issuer())
              // CSAF imports read the test's own small provider on 127.0.0.1 (AdvisoryBatchIT)
              .append(" -Dscrm.csaf.import.allowed-hosts=127.0.0.1")
              .append(" -Dscrm.federation.fetch.allowed-hosts=127.0.0.1");
      switch (db) {
        case "h2" ->
            serverArgs
                .append(" -Dscrm.db.url=jdbc:h2:file:")
                .append(work.toAbsolutePath())
                .append("/h2-")
                .append(System.currentTimeMillis())
                .append("/portal;DB_CLOSE_ON_EXIT=FALSE");
        case "postgresql" -> {
          postgres =
              EmbeddedPostgres.builder()
                  .setDataDirectory(work.resolve("pgdata-" + System.currentTimeMillis()))
                  .setCleanDataDirectory(true)
                  .start();
          serverArgs
              .append(" -Dscrm.db.driver=postgresql")
              .append(" -Dscrm.db.url=jdbc:postgresql://127.0.0.1:")
              .append(postgres.getPort())
              .append("/postgres")
              .append(" -Dscrm.db.user=postgres -Dscrm.db.password=postgres");
        }
        default ->
            throw new IllegalArgumentException("scrm.it.db must be h2 or postgresql, not " + db);
      }
      System.setProperty("scrm.it.server.args", serverArgs.toString());
      System.setProperty(
          "scrm.it.server.base.dir",
          work.resolve("wildfly-" + System.currentTimeMillis()).toString());
    } catch (IOException e) {
      launcherSessionClosed(session);
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      postgres = null;
    }
  }

  /** The issuer of the test Keycloak. */
  public static URI issuer() {
    return KeycloakServer.issuerAt(URI.create("http://127.0.0.1:" + KEYCLOAK_PORT));
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "System property " + property + " is not set (run through Maven)");
    }
    return value;
  }
}
