package org.scrmportal.it.csaf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.advisory.provider.ProviderMetadataSchema;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/**
 * CSAF 2.0 section 7 over HTTP, black-box against the shipped EAR: the provider metadata validates
 * against the provider schema and names the key it is served with (requirements 7, 9, 20); every
 * document submitted through the store's API is served byte for byte, with hashes the JDK's digests
 * agree with and a detached signature Bouncy Castle verifies with that key (1, 18, 19); index.txt,
 * changes.csv and the ROLIE feeds list it (12, 13, 15); TLP:WHITE is public (4), TLP:GREEN, AMBER
 * and RED need a signed-in caller, bearer or Basic (5), and show each organization only what it may
 * see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsafProviderIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSAF = "/.well-known/csaf/";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  // --- the provider metadata and its key

  @Test
  void providerMetadataIsValidAndNamesTheKeyItIsServedWith() throws Exception {
    HttpResponse<byte[]> response = get(CSAF + "provider-metadata.json", null);
    assertEquals(200, response.statusCode());
    assertTrue(contentType(response).startsWith("application/json"), contentType(response));
    JsonNode metadata = JSON.readTree(response.body());
    assertEquals(List.of(), ProviderMetadataSchema.bundled().validate(metadata));
    assertEquals("csaf_trusted_provider", metadata.path("role").asText());
    assertEquals(
        TestServers.PORTAL.resolve(CSAF + "provider-metadata.json").toString(),
        metadata.path("canonical_url").asText());
    PGPPublicKeyRing key = publicKey(metadata);
    assertEquals(
        metadata.at("/public_openpgp_keys/0/fingerprint").asText(),
        HexFormat.of().formatHex(key.getPublicKey().getFingerprint()).toUpperCase(Locale.ROOT));
    List<String> feeds = new ArrayList<>();
    metadata.findValues("feeds").forEach(f -> f.forEach(x -> feeds.add(x.path("url").asText())));
    assertEquals(4, feeds.size(), feeds::toString);
    assertEquals(404, get(CSAF + "openpgp/" + "0".repeat(40) + ".asc", null).statusCode());
  }

  // --- documents, hashes and signatures

  @Test
  void aWhiteDocumentIsServedPubliclyWithHashesAndASignatureThatVerify() throws Exception {
    Publisher acme = Publisher.acme();
    String trackingId = "IT-White-" + UUID.randomUUID();
    byte[] document = acme.document(trackingId, "WHITE", "2023-05-04T10:00:00Z");
    JsonNode submitted = acme.submit(document, "");
    String fileName = submitted.path("fileName").asText();
    assertEquals(trackingId.toLowerCase(Locale.ROOT) + ".json", fileName);

    JsonNode feed = json(get(CSAF + "white/feed-tlp-white.json", null));
    JsonNode entry = entry(feed, trackingId);
    assertNotNull(entry, "the public feed lists it");
    String href = link(entry, "self");
    assertEquals(TestServers.PORTAL.resolve(CSAF + "white/2023/" + fileName).toString(), href);

    HttpResponse<byte[]> served = get(URI.create(href), null);
    assertEquals(200, served.statusCode());
    assertArrayEquals(document, served.body(), "served exactly as submitted");
    assertFilesVerify(href, served.body(), null, fileName);
    assertEquals(
        hex("SHA-512", document), submitted.path("sha512").asText(), "the store's hash agrees");

    String index = text(get(CSAF + "white/index.txt", null));
    assertTrue(index.lines().anyMatch(("2023/" + fileName)::equals), index);
    String changes = text(get(CSAF + "white/changes.csv", null));
    assertTrue(
        changes.lines().anyMatch(("\"2023/" + fileName + "\",\"2023-05-04T10:00:00Z\"")::equals),
        changes);
  }

  @Test
  void aSignedInCallerGetsAnAmberDocumentWithHashesAndASignatureThatVerify() throws Exception {
    Api.as("nora"); // northgrid-energy is known to the portal before it is named
    Publisher acme = Publisher.acme();
    String trackingId = "IT-Amber-" + UUID.randomUUID();
    byte[] document = acme.document(trackingId, "AMBER", "2024-02-03T04:05:06Z");
    String fileName =
        acme.submit(document, "?organization=northgrid-energy").path("fileName").asText();
    String nora = bearer(Tokens.forUser("nora"));
    JsonNode entry = entry(json(get(CSAF + "amber/feed-tlp-amber.json", nora)), trackingId);
    assertNotNull(entry, "northgrid-energy sees the advisory shared with it");
    String href = link(entry, "self");
    assertEquals(TestServers.PORTAL.resolve(CSAF + "amber/2024/" + fileName).toString(), href);
    HttpResponse<byte[]> served = get(URI.create(href), nora);
    assertEquals(200, served.statusCode());
    assertArrayEquals(document, served.body());
    assertFilesVerify(href, served.body(), nora, fileName);
  }

  // --- who sees which feed

  @Test
  void theNonPublicLabelsNeedASignedInCaller() throws Exception {
    for (String label : List.of("green", "amber", "red")) {
      for (String path :
          List.of(
              label + "/feed-tlp-" + label + ".json",
              label + "/index.txt",
              label + "/changes.csv",
              label + "/",
              label + "/2024/x.json")) {
        HttpResponse<byte[]> anonymous = get(CSAF + path, null);
        assertEquals(401, anonymous.statusCode(), path);
        List<String> challenges = anonymous.headers().allValues("WWW-Authenticate");
        assertTrue(
            challenges.stream().anyMatch(c -> c.startsWith("Bearer"))
                && challenges.stream().anyMatch(c -> c.startsWith("Basic")),
            path + " " + challenges);
        assertTrue(anonymous.headers().firstValue("Location").isEmpty(), "never a login page");
      }
    }
    assertEquals(
        401, get(CSAF + "amber/index.txt", "Bearer not-a-token").statusCode(), "a bad token");
    assertEquals(200, get(CSAF + "white/feed-tlp-white.json", null).statusCode());
    assertEquals(200, get(CSAF + "white/index.txt", null).statusCode());
    assertEquals(200, get(CSAF + "service.json", null).statusCode());
  }

  @Test
  void eachOrganizationSeesOnlyWhatItMay() throws Exception {
    Api.as("nora"); // known to the portal: a TLP:RED audience names people it knows
    Api.as("gina");
    Publisher acme = Publisher.acme();
    String run = UUID.randomUUID().toString();
    String amber = "IT-Amber-Northgrid-" + run;
    String red = "IT-Red-Nora-" + run;
    String green = "IT-Green-" + run;
    acme.submit(
        acme.document(amber, "AMBER", "2024-03-01T00:00:00Z"), "?organization=northgrid-energy");
    acme.submit(acme.document(red, "RED", "2024-03-02T00:00:00Z"), "?person=nora");
    acme.submit(acme.document(green, "GREEN", "2024-03-03T00:00:00Z"), "");

    String nora = bearer(Tokens.forUser("nora"));
    String gina = bearer(Tokens.forUser("gina"));
    String northgridMachine = basic("northgrid-energy-machine");
    Api.asMachine("northgrid-energy-machine");

    assertTrue(listed("amber", amber, nora));
    assertTrue(listed("amber", amber, northgridMachine), "HTTP Basic as on /taxii2");
    assertFalse(listed("amber", amber, gina), "gina's organization is not in the audience");
    assertTrue(listed("red", red, nora));
    assertFalse(listed("red", red, gina));
    assertFalse(listed("red", red, northgridMachine), "TLP:RED names people, not machines");
    assertTrue(listed("green", green, nora));
    assertFalse(listed("white", amber, null));
    assertFalse(listed("white", red, null));
    assertFalse(listed("white", green, null));

    String amberFile = amber.toLowerCase(Locale.ROOT) + ".json";
    assertTrue(
        text(get(CSAF + "amber/index.txt", nora)).contains("2024/" + amberFile), "index.txt");
    assertFalse(text(get(CSAF + "amber/index.txt", gina)).contains(amberFile));
    assertFalse(text(get(CSAF + "amber/changes.csv", gina)).contains(amberFile));
    assertEquals(404, get(CSAF + "amber/2024/" + amberFile, gina).statusCode());
    assertEquals(404, get(CSAF + "amber/2024/" + amberFile + ".asc", gina).statusCode());
    assertEquals(404, get(CSAF + "amber/2024/" + amberFile + ".sha512", gina).statusCode());
    assertEquals(200, get(CSAF + "amber/2024/" + amberFile, nora).statusCode());
    assertEquals(404, get(CSAF + "white/2024/" + amberFile, null).statusCode());
  }

  // --- helpers

  /** The submitting organization: acme-components, with a namespace of its own for this test. */
  private record Publisher(Api alice, String namespace) {

    static Publisher acme() {
      Api alice = Api.as("alice");
      Api olivia = Api.as("olivia");
      String namespace = "https://it-" + UUID.randomUUID() + ".example.com";
      Api.Reply granted =
          olivia.post(
              "/api/csaf/namespaces",
              Map.of("organization", "acme-components", "namespace", namespace));
      assertEquals(201, granted.status(), granted::toString);
      return new Publisher(alice, namespace);
    }

    byte[] document(String trackingId, String tlp, String released) {
      String text =
          """
          {
            "document": {
              "category": "csaf_base",
              "csaf_version": "2.0",
              "distribution": {"tlp": {"label": "%s"}},
              "lang": "en",
              "publisher": {"category": "vendor", "name": "ACME Components", "namespace": "%s"},
              "title": "Provider test advisory %s",
              "tracking": {
                "current_release_date": "%s",
                "id": "%s",
                "initial_release_date": "%s",
                "revision_history": [{"date": "%s", "number": "1", "summary": "Initial."}],
                "status": "final",
                "version": "1"
              }
            },
            "product_tree": {
              "full_product_names": [{"name": "Controller 1.0", "product_id": "CSAFPID-0001"}]
            }
          }
          """
              .formatted(tlp, namespace, trackingId, released, trackingId, released, released);
      return text.getBytes(StandardCharsets.UTF_8);
    }

    JsonNode submit(byte[] document, String query) {
      Api.Reply reply =
          alice.postRaw(
              "/api/csaf/advisories" + query,
              "application/json",
              new String(document, StandardCharsets.UTF_8));
      assertEquals(201, reply.status(), reply::toString);
      return reply.json();
    }
  }

  /** The hash files agree with the JDK's digests, and the signature verifies with the key. */
  private static void assertFilesVerify(
      String href, byte[] served, String authorization, String fileName) throws Exception {
    String sha256 = text(get(URI.create(href + ".sha256"), authorization));
    String sha512 = text(get(URI.create(href + ".sha512"), authorization));
    assertEquals(hex("SHA-256", served) + "  " + fileName, sha256.strip());
    assertEquals(hex("SHA-512", served) + "  " + fileName, sha512.strip());
    HttpResponse<byte[]> asc = get(URI.create(href + ".asc"), authorization);
    assertEquals(200, asc.statusCode());
    PGPPublicKeyRing key = publicKey(json(get(CSAF + "provider-metadata.json", null)));
    assertTrue(verifies(key, asc.body(), served), "the signature verifies over the served bytes");
    byte[] other =
        (new String(served, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
    assertFalse(verifies(key, asc.body(), other), "and over nothing else");
    assertArrayEquals(
        asc.body(), get(URI.create(href + ".asc"), authorization).body(), "signed once, kept");
  }

  private static boolean verifies(PGPPublicKeyRing keys, byte[] armoured, byte[] content)
      throws Exception {
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armoured))) {
      PGPSignature signature = ((PGPSignatureList) new BcPGPObjectFactory(in).nextObject()).get(0);
      PGPPublicKey key = keys.getPublicKey(signature.getKeyID());
      assertNotNull(key, "signed by the key of the provider metadata");
      signature.init(new BcPGPContentVerifierBuilderProvider(), key);
      signature.update(content);
      return signature.verify();
    }
  }

  /** The public key the provider metadata names, from the address it gives. */
  private static PGPPublicKeyRing publicKey(JsonNode metadata) throws IOException {
    HttpResponse<byte[]> key =
        get(URI.create(metadata.at("/public_openpgp_keys/0/url").asText()), null);
    assertEquals(200, key.statusCode());
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(key.body()))) {
      return new PGPPublicKeyRing(in, new BcKeyFingerprintCalculator());
    }
  }

  private static boolean listed(String label, String trackingId, String authorization)
      throws IOException {
    HttpResponse<byte[]> feed = get(CSAF + label + "/feed-tlp-" + label + ".json", authorization);
    assertEquals(200, feed.statusCode(), new String(feed.body(), StandardCharsets.UTF_8));
    return entry(json(feed), trackingId) != null;
  }

  private static JsonNode entry(JsonNode feed, String trackingId) {
    for (JsonNode entry : feed.at("/feed/entry")) {
      if (entry.path("id").asText().equals(trackingId)) {
        return entry;
      }
    }
    return null;
  }

  private static String link(JsonNode entry, String rel) {
    for (JsonNode link : entry.path("link")) {
      if (link.path("rel").asText().equals(rel)) {
        return link.path("href").asText();
      }
    }
    throw new AssertionError("no " + rel + " link in " + entry);
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static String basic(String clientId) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(String algorithm, byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }

  private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    return JSON.readTree(response.body());
  }

  private static String text(HttpResponse<byte[]> response) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(200, response.statusCode(), body);
    return body;
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static HttpResponse<byte[]> get(String path, String authorization) {
    return get(TestServers.PORTAL.resolve(path), authorization);
  }

  private static HttpResponse<byte[]> get(URI uri, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
