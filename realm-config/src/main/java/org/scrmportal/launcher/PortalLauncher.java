package org.scrmportal.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: Keycloak with the demo realm, then WildFly with the portal, both on 127.0.0.1;
 * prints where to sign in and stops both on Ctrl-C. An existing Keycloak can be named with {@code
 * SCRM_OIDC_PROVIDER_URL}, and then none is started.
 */
public final class PortalLauncher {

  private static final int KEYCLOAK_PORT = 8180;

  private PortalLauncher() {}

  public static void main(String[] args) throws Exception {
    Path keycloakHome = Path.of(required("scrm.keycloak.home"));
    Path wildflyHome = Path.of(required("scrm.wildfly.home"));
    Path ear = Path.of(required("scrm.ear"));
    Path runDir = Path.of(required("scrm.run.dir"));
    Duration timeout = Duration.ofMinutes(5);

    String existingIssuer = System.getenv("SCRM_OIDC_PROVIDER_URL");
    boolean ownKeycloak = existingIssuer == null || existingIssuer.isBlank();
    // Keycloak and WildFly boot side by side: the portal fetches the realm's keys at the first
    // sign-in, not at deployment, so it needs only the issuer's address to start
    CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.completedFuture(null);
    if (ownKeycloak) {
      System.out.println("Starting Keycloak on 127.0.0.1:" + KEYCLOAK_PORT + " ...");
      keycloakStart =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return KeycloakServer.start(keycloakHome, KEYCLOAK_PORT, runDir, timeout);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException("interrupted while Keycloak started", e);
                }
              });
    }
    URI issuer =
        ownKeycloak
            ? KeycloakServer.issuerAt(URI.create("http://127.0.0.1:" + KEYCLOAK_PORT))
            : URI.create(existingIssuer);
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("SCRM_OIDC_PROVIDER_URL", issuer.toString());

    System.out.println("Starting WildFly with the portal on 127.0.0.1:8080 ...");
    WildFlyServer wildfly;
    try {
      wildfly = WildFlyServer.start(wildflyHome, runDir.resolve("wildfly"), ear, env, timeout);
    } catch (RuntimeException | IOException | InterruptedException e) {
      keycloakStart.thenAccept(PortalLauncher::closeQuietly); // once it has started
      throw e;
    }
    KeycloakServer keycloak;
    try {
      keycloak = keycloakStart.join();
    } catch (CompletionException e) {
      wildfly.close();
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    KeycloakServer startedKeycloak = keycloak;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping the portal ...");
                  wildfly.close();
                  if (startedKeycloak != null) {
                    startedKeycloak.close();
                  }
                  stopped.countDown();
                }));
    if (keycloak != null) {
      try {
        System.out.println(
            new DemoData(wildfly.baseUrl(), issuer).loadIfEmpty()
                ? "Demo content added: a community and alerts under every TLP level."
                : "The portal already holds alerts: no demo content added.");
      } catch (java.io.IOException | RuntimeException e) {
        System.out.println("Demo content could not be added: " + e.getMessage());
      }
      try {
        System.out.println(
            new DemoData(wildfly.baseUrl(), issuer).loadStixIfEmpty()
                ? "Demo STIX content added: OASIS example bundles under every TLP level but RED,"
                    + " one in the tier T2 feed (see them at /indicators.xhtml)."
                : "The shared collection already holds STIX objects: no demo STIX content added.");
      } catch (java.io.IOException | RuntimeException e) {
        System.out.println("Demo STIX content could not be added: " + e.getMessage());
      }
    }
    if (keycloak != null) {
      try {
        System.out.println(
            new DemoData(wildfly.baseUrl(), issuer).loadCsafIfEmpty()
                ? "Demo CSAF advisories added: two of Acme Components (TLP:WHITE, TLP:GREEN), one of"
                    + " Northgrid Energy (TLP:AMBER) (see them at /api/csaf/advisories)."
                : "Acme Components has published CSAF advisories: no demo advisories added.");
      } catch (java.io.IOException | RuntimeException e) {
        System.out.println("Demo CSAF advisories could not be added: " + e.getMessage());
      }
    }
    if (keycloak != null) {
      try {
        System.out.println(
            new DemoData(wildfly.baseUrl(), issuer).loadBaselinesIfEmpty()
                ? "Demo baselines added: NIST SP 800-53 rev5 and its LOW, MODERATE and HIGH"
                    + " baselines, published by cyber-standards-board (see /baselines.xhtml)."
                : "The NIST SP 800-53 rev5 catalog is published: no demo baselines added.");
      } catch (java.io.IOException | RuntimeException e) {
        System.out.println("Demo baselines could not be added: " + e.getMessage());
      }
      try {
        System.out.println(
            new DemoData(wildfly.baseUrl(), issuer).loadAttestationsIfEmpty()
                ? "Demo attestation added: Acme Components attests the SR controls of the LOW"
                    + " baseline for Northgrid Energy, whose supplier risk it explains (see"
                    + " /risk.xhtml as nora)."
                : "Acme Components has attested: no demo attestation added.");
      } catch (java.io.IOException | RuntimeException e) {
        System.out.println("Demo attestation could not be added: " + e.getMessage());
      }
    }
    printWelcome(wildfly.baseUrl(), issuer);
    stopped.await();
  }

  private static void closeQuietly(KeycloakServer keycloak) {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  private static void printWelcome(URI portal, URI issuer) throws Exception {
    StringBuilder out = new StringBuilder();
    out.append("\nSCRM Portal is up.\n")
        .append("  Sign in:        ")
        .append(portal.resolve("/"))
        .append('\n')
        .append("  Alerts:         ")
        .append(portal.resolve("/alerts.xhtml"))
        .append('\n')
        .append("  Who am I (API): ")
        .append(portal.resolve("/api/me"))
        .append(" (bearer token)\n")
        .append("  Health:         http://127.0.0.1:9990/health\n")
        .append("  Keycloak:       ")
        .append(issuer)
        .append(" (admin console ")
        .append(issuer.resolve("/admin/"))
        .append(", admin / admin)\n")
        .append("\nDemo logins, password '")
        .append(DemoAccounts.PASSWORD)
        .append("':\n");
    for (DemoAccounts.Account a : DemoAccounts.read()) {
      out.append(
          String.format(
              "  %-8s %-24s %s%n", a.username(), a.organization(), String.join(", ", a.roles())));
    }
    out.append("\nPress Ctrl-C to stop Keycloak and WildFly.\n");
    System.out.println(out);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("System property " + property + " is required");
    }
    return value;
  }
}
