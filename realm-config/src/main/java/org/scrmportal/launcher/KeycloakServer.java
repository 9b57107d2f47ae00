package org.scrmportal.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keycloak started from its distribution in development mode, with an in-memory database into which
 * the realm of this module is imported at every start: {@code realm-config} stays the one source of
 * roles, clients, organizations and demo users.
 */
public final class KeycloakServer implements AutoCloseable {

  /** The realm file on this module's class path. */
  public static final String REALM_RESOURCE = "/realm/scrm-realm.json";

  public static final String REALM = "scrm";

  private final URI baseUrl;
  private final ChildProcess process;

  private KeycloakServer(URI baseUrl, ChildProcess process) {
    this.baseUrl = baseUrl;
    this.process = process;
  }

  /**
   * Starts Keycloak from {@code home} on 127.0.0.1:{@code port} and waits until the realm answers.
   *
   * @param home the unpacked {@code keycloak-quarkus-dist}
   * @param logDir where {@code keycloak-<port>.log} is written
   */
  public static KeycloakServer start(Path home, int port, Path logDir, Duration timeout)
      throws IOException, InterruptedException {
    Objects.requireNonNull(home, "home");
    Path kc = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(kc)) {
      throw new IllegalArgumentException(
          "No Keycloak distribution at " + home + " (run the build first)");
    }
    kc.toFile().setExecutable(true);
    Path importDir = Files.createDirectories(home.resolve("data/import"));
    try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
      Files.copy(
          Objects.requireNonNull(realm, REALM_RESOURCE),
          importDir.resolve("scrm-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    URI base = URI.create("http://127.0.0.1:" + port);
    if (ChildProcess.answers(base.resolve("/realms/" + REALM))) {
      throw new IllegalStateException(
          "Port " + port + " already serves a Keycloak; stop it or set another port");
    }
    Files.createDirectories(logDir);
    List<String> command =
        List.of(
            kc.toString(),
            "start-dev",
            "--import-realm",
            "--db=dev-mem",
            "--http-host=127.0.0.1",
            "--http-port=" + port,
            "--hostname=" + base);
    Map<String, String> env =
        Map.of(
            "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
            "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
            "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
    ChildProcess process =
        ChildProcess.start(
            "Keycloak", command, home, env, logDir.resolve("keycloak-" + port + ".log"));
    KeycloakServer server = new KeycloakServer(base, process);
    try {
      process.awaitHttp(
          server.issuer().resolve(server.issuer().getPath() + "/.well-known/openid-configuration"),
          timeout);
    } catch (RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** The issuer of the realm's tokens, which the portal's OIDC configuration must name exactly. */
  public URI issuer() {
    return issuerAt(baseUrl);
  }

  /** The issuer of the realm served by a Keycloak at {@code baseUrl}. */
  public static URI issuerAt(URI baseUrl) {
    return baseUrl.resolve("/realms/" + REALM);
  }

  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
