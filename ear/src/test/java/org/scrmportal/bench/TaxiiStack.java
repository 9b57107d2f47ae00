package org.scrmportal.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scrmportal.launcher.KeycloakServer;
import org.scrmportal.launcher.WildFlyServer;

/**
 * The servers the TAXII benchmark measures, on ports of their own so that they run beside a portal
 * and the tests: PostgreSQL (Maven Central's binaries) on a free port, Keycloak with the demo
 * realm, and the provisioned WildFly with the portal's EAR, its ports moved by an offset, its heap
 * capped.
 */
final class TaxiiStack implements AutoCloseable {

  /** The server's heap, as {@code jcmd GC.heap_info} reports it right after {@code GC.run}. */
  record Heap(long usedKiB, long committedKiB, long metaspaceUsedKiB, String report) {}

  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final AtomicBoolean closed = new AtomicBoolean();
  private EmbeddedPostgres postgres;
  private KeycloakServer keycloak;
  private WildFlyServer wildfly;

  private TaxiiStack() {}

  /**
   * @param heap WildFly's heap options (e.g. {@code -Xms256m -Xmx1g})
   */
  static TaxiiStack start(
      Path keycloakHome,
      Path wildflyHome,
      Path ear,
      Path workDir,
      int keycloakPort,
      int portOffset,
      String heap)
      throws IOException, InterruptedException {
    if (System.getenv("JAVA_OPTS") != null) {
      throw new IllegalStateException(
          "JAVA_OPTS is set and would replace WildFly's heap settings: unset it");
    }
    Files.createDirectories(workDir);
    TaxiiStack stack = new TaxiiStack();
    try {
      System.out.println("Starting PostgreSQL ...");
      stack.postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(workDir.resolve("pgdata"))
              .setCleanDataDirectory(true)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("shared_buffers", "512MB")
              .setServerConfig("max_wal_size", "4GB")
              // durable commits, as in production (the library's default is off)
              .setServerConfig("synchronous_commit", "on")
              .start();
      System.out.println("Starting Keycloak on 127.0.0.1:" + keycloakPort + " ...");
      stack.keycloak = KeycloakServer.start(keycloakHome, keycloakPort, workDir, TIMEOUT);

      Map<String, String> env = new HashMap<>();
      env.put("SCRM_OIDC_PROVIDER_URL", stack.keycloak.issuer().toString());
      env.put("SCRM_DB_DRIVER", "postgresql");
      env.put(
          "SCRM_DB_URL",
          "jdbc:postgresql://127.0.0.1:"
              + stack.postgres.getPort()
              + "/postgres?reWriteBatchedInserts=true");
      env.put("SCRM_DB_USER", "postgres");
      env.put("SCRM_DB_PASSWORD", "postgres");
      // standalone.conf puts this in front of its other JVM options
      env.put("JBOSS_JAVA_SIZING", heap);
      // the JDK that runs the benchmark runs the server, so that its jcmd can attach
      env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
      System.out.println(
          "Starting WildFly with the portal on 127.0.0.1:" + (8080 + portOffset) + " ...");
      stack.wildfly =
          WildFlyServer.start(
              wildflyHome, workDir.resolve("wildfly"), ear, env, portOffset, TIMEOUT);
    } catch (IOException | InterruptedException | RuntimeException e) {
      stack.close();
      throw e;
    }
    return stack;
  }

  KeycloakServer keycloak() {
    return keycloak;
  }

  WildFlyServer wildfly() {
    return wildfly;
  }

  /** Collects the server's garbage, then reads its heap. */
  Heap heapAfterGc() throws IOException, InterruptedException {
    long pid =
        wildfly
            .jvm()
            .orElseThrow(() -> new IllegalStateException("WildFly's JVM is not running"))
            .pid();
    jcmd(pid, "GC.run");
    String report = jcmd(pid, "GC.heap_info");
    Matcher heap = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(report);
    Matcher metaspace = Pattern.compile("Metaspace\\s+used (\\d+)K").matcher(report);
    if (!heap.find()) {
      throw new IllegalStateException("Unexpected GC.heap_info output:\n" + report);
    }
    return new Heap(
        Long.parseLong(heap.group(2)),
        Long.parseLong(heap.group(1)),
        metaspace.find() ? Long.parseLong(metaspace.group(1)) : -1,
        report);
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + output);
    }
    return output;
  }

  /** Stops WildFly, Keycloak and PostgreSQL; once, also when called again from a shutdown hook. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    System.out.println("Stopping WildFly, Keycloak and PostgreSQL ...");
    if (wildfly != null) {
      wildfly.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
