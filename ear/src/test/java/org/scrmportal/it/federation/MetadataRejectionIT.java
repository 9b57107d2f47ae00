package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.identity.federation.saml.testing.TestFederation;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.RawApi;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/**
 * Metadata the portal must refuse, over HTTP as the operator olivia: an unsigned aggregate, one
 * signed by another key than the pinned certificate's, one expired, one changed after signing, the
 * classic signature-wrapping rearrangements of a validly signed aggregate, XML external entities (a
 * file, an http URL the test listens on) and entity expansion. Each is a 422 problem (413 where too
 * large) and stores nothing: the federation list (or the federation's listing, for a new aggregate
 * of a registered federation) is the same afterwards. The same aggregate, unharmed and even parsed
 * and written again, is accepted: what is refused is the harm done to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetadataRejectionIT {

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  /** One federation's key, a good IdP and an attacker's, and the good aggregate signed. */
  private record Fixture(
      String suffix,
      TestFederation federation,
      String goodEntity,
      String evilEntity,
      byte[] signed) {

    static Fixture create() {
      String suffix = FederationSteps.suffix();
      TestFederation federation = TestFederation.create("Rejection federation " + suffix);
      String good =
          MetadataXml.identityProvider(
              "idp-" + suffix + ".example.org", "Good IdP " + suffix, federation.certificate());
      String evil =
          MetadataXml.identityProvider(
              "evil-" + suffix + ".example.org", "Evil IdP " + suffix, federation.certificate());
      return new Fixture(
          suffix,
          federation,
          good,
          evil,
          FederationSteps.signedAggregate(federation, suffix, good));
    }

    String name(String what) {
      return "rejected-" + what + "-" + suffix;
    }
  }

  /** What must not change: each federation's id, name, listing and when it was fetched. */
  private static List<String> federations(Api operator) {
    Api.Reply reply = operator.get("/api/federations");
    assertEquals(200, reply.status(), reply::toString);
    List<String> rows = new ArrayList<>();
    for (JsonNode f : reply.json()) {
      rows.add(
          f.path("id").asText()
              + " "
              + f.path("name").asText()
              + " "
              + f.path("fetchedAt").asText()
              + " "
              + f.path("validUntil").asText()
              + " "
              + f.path("identityProviders").asText());
    }
    rows.sort(null);
    return rows;
  }

  private static void assertProblem(int expected, int status, String contentType, JsonNode body) {
    assertEquals(expected, status, () -> status + " " + body);
    assertTrue(contentType.startsWith("application/problem+json"), contentType + " " + body);
    assertEquals(expected, body.path("status").asInt(), body::toString);
    if (expected == 422) {
      assertTrue(
          body.path("errors").isArray() && !body.path("errors").isEmpty(),
          "the problems are listed: " + body);
    }
  }

  /** Registering {@code metadata} is refused with {@code status}, and nothing is stored. */
  private static Api.Reply assertRegistrationRefused(
      Api olivia, String name, String certificatePem, byte[] metadata, int status) {
    List<String> before = federations(olivia);
    Api.Reply reply = FederationSteps.register(olivia, name, certificatePem, metadata);
    assertProblem(status, reply.status(), reply.contentType(), reply.json());
    assertEquals(before, federations(olivia), name + ": the federation list is unchanged");
    assertFalse(federations(olivia).toString().contains(name), name + " is not stored");
    return reply;
  }

  /**
   * {@code PUT /api/federations/{id}/metadata}, over HTTP/1.1 with its Content-Length: a server
   * that refuses a body by its declared length answers at once, and the answer is not lost to the
   * reset of an HTTP/2 stream still uploading.
   */
  private static RawApi.Reply putMetadata(String token, String federationId, byte[] metadata) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(
                      TestServers.PORTAL.resolve("/api/federations/" + federationId + "/metadata"))
                  .timeout(Duration.ofMinutes(2))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/samlmetadata+xml")
                  .PUT(HttpRequest.BodyPublishers.ofByteArray(metadata))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new RawApi.Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A new aggregate for a registered federation is refused, and its listing stays as it was. */
  private static void assertUploadRefused(
      Api olivia, String federationId, byte[] metadata, int status) {
    List<String> before = federations(olivia);
    String listingBefore =
        olivia.get("/api/federations/" + federationId + "/identity-providers").text();
    RawApi.Reply reply = putMetadata(Tokens.forUser("olivia"), federationId, metadata);
    JsonNode body = reply.json();
    assertEquals(status, reply.status(), reply::toString);
    assertEquals(status, body.path("status").asInt(), reply::toString);
    if (status == 422) {
      assertFalse(body.path("errors").isEmpty(), "the problems are listed: " + reply);
    }
    assertEquals(before, federations(olivia), "the federation list is unchanged");
    assertEquals(
        listingBefore,
        olivia.get("/api/federations/" + federationId + "/identity-providers").text(),
        "the last good listing stays");
  }

  @Test
  @DisplayName("the good aggregate, as signed and as parsed and written again, is accepted")
  void theUnharmedAggregateIsAccepted() {
    Api olivia = Api.as("olivia");
    Fixture f = Fixture.create();
    String id =
        FederationSteps.registered(
            olivia, f.name("control"), f.federation().certificatePem(), f.signed());
    assertEquals(
        "Good IdP " + f.suffix(),
        FederationSteps.listedProvider(olivia, id, "https://idp-" + f.suffix() + ".example.org/idp")
            .get("organizationName")
            .asText());
    String again =
        FederationSteps.registered(
            olivia,
            f.name("round-trip"),
            f.federation().certificatePem(),
            MetadataXml.roundTrip(f.signed()));
    FederationSteps.listedProvider(olivia, again, "https://idp-" + f.suffix() + ".example.org/idp");
    assertEquals(
        409,
        FederationSteps.register(
                olivia, f.name("control"), f.federation().certificatePem(), f.signed())
            .status(),
        "federation names are unique");
  }

  @Test
  @DisplayName(
      "unsigned, signed by another key or with SHA-1, expired, or changed after signing: 422")
  void unsignedWrongKeyExpiredAndTamperedAreRefused() {
    Api olivia = Api.as("olivia");
    Fixture f = Fixture.create();
    String pem = f.federation().certificatePem();
    String unsigned =
        TestFederation.aggregate(
            "urn:example:federation:" + f.suffix(),
            Instant.now().plus(Duration.ofDays(1)),
            Duration.ofHours(6),
            f.goodEntity());
    assertRegistrationRefused(
        olivia, f.name("unsigned"), pem, unsigned.getBytes(StandardCharsets.UTF_8), 422);

    TestFederation other = TestFederation.create("Another federation " + f.suffix());
    assertRegistrationRefused(
        olivia,
        f.name("other-key"),
        pem,
        FederationSteps.signedAggregate(other, f.suffix(), f.goodEntity()),
        422);
    assertRegistrationRefused(
        olivia, f.name("pinned-other"), other.certificatePem(), f.signed(), 422);

    byte[] expired =
        f.federation()
            .sign(
                TestFederation.aggregate(
                    "urn:example:federation:" + f.suffix(),
                    Instant.now().minus(Duration.ofHours(1)),
                    Duration.ofHours(6),
                    f.goodEntity()));
    assertRegistrationRefused(olivia, f.name("expired"), pem, expired, 422);

    byte[] sha1 =
        f.federation()
            .sign(
                unsigned,
                null,
                "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
                "http://www.w3.org/2000/09/xmldsig#sha1");
    assertRegistrationRefused(olivia, f.name("sha1"), pem, sha1, 422);

    String signedText = new String(f.signed(), StandardCharsets.UTF_8);
    String sso = "https://idp-" + f.suffix() + ".example.org/sso";
    assertTrue(signedText.contains(sso), signedText);
    byte[] tampered =
        signedText
            .replace(sso, "https://evil-" + f.suffix() + ".example.org/sso")
            .getBytes(StandardCharsets.UTF_8);
    assertRegistrationRefused(olivia, f.name("tampered"), pem, tampered, 422);

    assertRegistrationRefused(
        olivia,
        f.name("bad-certificate"),
        "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n",
        f.signed(),
        422);
  }

  @Test
  @DisplayName("signature wrapping: the element used must be the element signed, found once")
  void signatureWrappingIsRefused() {
    Api olivia = Api.as("olivia");
    Fixture f = Fixture.create();
    String pem = f.federation().certificatePem();
    Map<String, byte[]> wrapped = new LinkedHashMap<>();
    wrapped.put("xsw-moved", MetadataXml.signatureMovedToUnsignedRoot(f.signed(), f.evilEntity()));
    wrapped.put("xsw-duplicate-id", MetadataXml.duplicatedId(f.signed(), f.evilEntity()));
    wrapped.put(
        "xsw-nested", MetadataXml.signedAggregateNestedInUnsignedRoot(f.signed(), f.evilEntity()));
    wrapped.put("xsw-copy-inside", MetadataXml.copyWithSameIdInside(f.signed(), f.evilEntity()));
    for (Map.Entry<String, byte[]> attack : wrapped.entrySet()) {
      Api.Reply reply =
          assertRegistrationRefused(olivia, f.name(attack.getKey()), pem, attack.getValue(), 422);
      assertFalse(reply.text().contains("\"entityId\""), attack.getKey() + ": " + reply);
    }

    // and as a new aggregate of a registered federation: its good listing stays
    String id = FederationSteps.registered(olivia, f.name("registered"), pem, f.signed());
    for (Map.Entry<String, byte[]> attack : wrapped.entrySet()) {
      assertUploadRefused(olivia, id, attack.getValue(), 422);
    }
    for (JsonNode provider : olivia.get("/api/federations/" + id + "/identity-providers").json()) {
      assertFalse(
          provider.get("entityId").asText().contains("evil"),
          "no wrapped entity was ever listed: " + provider);
    }
  }

  @Test
  @DisplayName("external entities (file, http) and entity expansion: 422, nothing read or fetched")
  void doctypesAreRefusedBeforeAnythingIsResolved() throws Exception {
    Api olivia = Api.as("olivia");
    Fixture f = Fixture.create();
    String pem = f.federation().certificatePem();
    String displayName = ">Good IdP " + f.suffix() + "</md:OrganizationDisplayName>";
    Path secret = Files.createTempFile("scrm-xxe-", ".txt");
    Files.writeString(secret, "xxe-secret-" + f.suffix());
    AtomicInteger fetched = new AtomicInteger();
    HttpServer listener =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    listener.createContext(
        "/",
        exchange -> {
          fetched.incrementAndGet();
          byte[] dtd = "<!ENTITY leak 'fetched'>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, dtd.length);
          exchange.getResponseBody().write(dtd);
          exchange.close();
        });
    listener.start();
    try {
      String http = "http://127.0.0.1:" + listener.getAddress().getPort() + "/evil.dtd";
      byte[] xxeFile =
          MetadataXml.withDoctype(
              f.signed(),
              "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">",
              displayName,
              ">&xxe;</md:OrganizationDisplayName>");
      byte[] xxeHttp =
          MetadataXml.withDoctype(
              f.signed(),
              "<!ENTITY xxe SYSTEM \"" + http + "\">",
              displayName,
              ">&xxe;</md:OrganizationDisplayName>");
      byte[] parameterEntity =
          MetadataXml.withDoctype(
              f.signed(),
              "<!ENTITY % remote SYSTEM \"" + http + "\">\n%remote;",
              displayName,
              ">&leak;</md:OrganizationDisplayName>");
      StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
      for (int i = 1; i <= 9; i++) {
        laughs.append("<!ENTITY lol").append(i).append(" \"");
        laughs.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
      }
      byte[] billionLaughs =
          MetadataXml.withDoctype(
              f.signed(), laughs.toString(), displayName, ">&lol9;</md:OrganizationDisplayName>");

      Map<String, byte[]> attacks = new LinkedHashMap<>();
      attacks.put("xxe-file", xxeFile);
      attacks.put("xxe-http", xxeHttp);
      attacks.put("xxe-parameter", parameterEntity);
      attacks.put("billion-laughs", billionLaughs);
      String id = FederationSteps.registered(olivia, f.name("registered"), pem, f.signed());
      for (Map.Entry<String, byte[]> attack : attacks.entrySet()) {
        Api.Reply reply =
            assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () ->
                    assertRegistrationRefused(
                        olivia, f.name(attack.getKey()), pem, attack.getValue(), 422),
                attack.getKey() + " is refused at once");
        assertFalse(reply.text().contains("xxe-secret"), "nothing of the file is read: " + reply);
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> assertUploadRefused(olivia, id, attack.getValue(), 422),
            attack.getKey() + " is refused at once");
      }
      assertEquals(0, fetched.get(), "the portal never fetched the external entities");
    } finally {
      listener.stop(0);
      Files.deleteIfExists(secret);
    }
  }

  @Test
  @DisplayName("an aggregate over 32 MiB: 413, nothing stored")
  void aTooLargeAggregateIs413() {
    Api olivia = Api.as("olivia");
    Fixture f = Fixture.create();
    String pem = f.federation().certificatePem();
    String id = FederationSteps.registered(olivia, f.name("registered"), pem, f.signed());
    byte[] huge = Arrays.copyOf(f.signed(), 32 * 1024 * 1024 + 1);
    byte[] comment = "<!--".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(comment, 0, huge, f.signed().length, comment.length);
    Arrays.fill(huge, f.signed().length + comment.length, huge.length, (byte) ' ');
    assertUploadRefused(olivia, id, huge, 413);
  }

  @Test
  @DisplayName(
      "by URL: the portal fetches and verifies; a bad aggregate at refresh keeps the last good")
  void aFederationByUrlIsVerifiedAtEachFetch() throws IOException {
    Api olivia = Api.as("olivia");
    Fixture f = Fixture.create();
    String pem = f.federation().certificatePem();
    AtomicReference<byte[]> served = new AtomicReference<>(f.signed());
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext(
        "/metadata.xml",
        exchange -> {
          byte[] body = served.get();
          exchange.getResponseHeaders().add("Content-Type", "application/samlmetadata+xml");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/metadata.xml");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", f.name("by-url"));
      body.put("metadataUrl", url.toString());
      body.put("certificate", pem);
      Api.Reply created = olivia.post("/api/federations", body);
      assertEquals(201, created.status(), created::toString);
      String id = created.json().get("id").asText();
      assertEquals(url.toString(), created.json().get("metadataUrl").asText());
      String goodEntity = "https://idp-" + f.suffix() + ".example.org/idp";
      FederationSteps.listedProvider(olivia, id, goodEntity);

      // the federation now serves an aggregate changed after signing
      served.set(MetadataXml.signatureMovedToUnsignedRoot(f.signed(), f.evilEntity()));
      String listing = olivia.get("/api/federations/" + id + "/identity-providers").text();
      Api.Reply refreshed = olivia.post("/api/federations/" + id + "/refresh", null);
      JsonNode after = olivia.get("/api/federations/" + id).json();
      assertTrue(
          refreshed.status() == 422 || after.hasNonNull("lastError"),
          "the failed refresh is said: " + refreshed + " " + after);
      assertEquals(
          listing,
          olivia.get("/api/federations/" + id + "/identity-providers").text(),
          "the last good listing stays");

      // and a new federation at that URL is not registered at all
      body.put("name", f.name("by-url-bad"));
      List<String> before = federations(olivia);
      Api.Reply refused = olivia.post("/api/federations", body);
      assertProblem(422, refused.status(), refused.contentType(), refused.json());
      assertEquals(before, federations(olivia), "nothing stored");
    } finally {
      server.stop(0);
    }
  }
}
