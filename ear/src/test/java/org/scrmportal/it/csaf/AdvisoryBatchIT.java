package org.scrmportal.it.csaf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Deployments;

/**
 * Black-box: batches judged document by document. A zip mixing valid, invalid and refused documents
 * (every valid one stored, every other reported with why), signatures beside documents, and an
 * import of another provider's directory and ROLIE feed served by a small HTTP server on 127.0.0.1
 * (which the test server's {@code scrm.csaf.import.allowed-hosts} allows), while other internal
 * addresses stay refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdvisoryBatchIT {

  private static final String SIGNATURE =
      "-----BEGIN PGP SIGNATURE-----\n\niHUEABYKAB0WIQ\n=AbCd\n-----END PGP SIGNATURE-----\n";

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static Map<String, JsonNode> byName(JsonNode batch) {
    Map<String, JsonNode> results = new HashMap<>();
    batch.path("results").forEach(r -> results.put(r.path("name").asText(), r));
    return results;
  }

  @Test
  void aZipMixingValidAndInvalidDocumentsStoresEveryValidOne() throws Exception {
    String namespace = CsafClient.uniqueNamespace("acme");
    CsafClient.as("olivia").grant("acme-components", namespace);
    CsafClient alice = CsafClient.as("alice");
    String run = UUID.randomUUID().toString().substring(0, 8);
    byte[] first = CsafSamples.advisory().namespace(namespace).trackingId("B1-" + run).bytes();
    byte[] second =
        CsafSamples.advisory().namespace(namespace).trackingId("B2-" + run).tlp("GREEN").bytes();
    byte[] invalid =
        new String(
                CsafSamples.advisory().namespace(namespace).trackingId("B3-" + run).bytes(),
                StandardCharsets.UTF_8)
            .replace("\"csaf_version\" : \"2.0\"", "\"csaf_version\" : \"1.2\"")
            .getBytes(StandardCharsets.UTF_8);
    byte[] foreign =
        CsafSamples.advisory()
            .namespace(CsafClient.uniqueNamespace("other"))
            .trackingId("B4-" + run)
            .bytes();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("2024/b1.json", first);
    entries.put("2024/b1.json.asc", SIGNATURE.getBytes(StandardCharsets.US_ASCII));
    entries.put("2024/b2.json", second);
    entries.put("2024/b3.json", invalid);
    entries.put("2024/b4.json", foreign);
    entries.put("../escape.json", first);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("advisories.zip", zip(entries));
    files.put(
        "b5.json", CsafSamples.advisory().namespace(namespace).trackingId("B5-" + run).bytes());

    CsafClient.Reply accepted = alice.upload(files);
    assertEquals(202, accepted.status(), accepted.toString());
    assertNotNull(accepted.location());
    JsonNode batch = alice.awaitBatch(accepted.location());

    assertEquals(3, batch.path("stored").asInt(), batch.toString());
    assertEquals(batch.path("total").asInt(), batch.path("done").asInt());
    Map<String, JsonNode> results = byName(batch);
    JsonNode b1 = results.get("advisories.zip!2024/b1.json");
    assertEquals("stored", b1.path("outcome").asText());
    assertEquals("stored", results.get("advisories.zip!2024/b2.json").path("outcome").asText());
    assertEquals("stored", results.get("b5.json").path("outcome").asText());
    JsonNode b3 = results.get("advisories.zip!2024/b3.json");
    assertEquals("invalid", b3.path("outcome").asText());
    assertFalse(b3.path("errors").isEmpty(), b3.toString());
    assertEquals("refused", results.get("advisories.zip!2024/b4.json").path("outcome").asText());
    assertEquals("skipped", results.get("advisories.zip!../escape.json").path("outcome").asText());

    long id = b1.path("id").asLong();
    assertArrayEquals(first, alice.get("/api/csaf/advisories/" + id).body());
    CsafClient.Reply signature = alice.get("/api/csaf/advisories/" + id + "/signature");
    assertEquals(200, signature.status());
    assertEquals(SIGNATURE, signature.text());
    assertFalse(alice.get("/api/csaf/advisories?limit=1000").text().contains("B3-" + run));

    // a batch is its organization's: others learn nothing of it
    assertEquals(404, CsafClient.as("nora").get(accepted.location()).status());
    assertEquals(401, CsafClient.anonymous().get(accepted.location()).status());
  }

  @Test
  void anotherProvidersDirectoryAndFeedAreImported() throws Exception {
    String namespace = CsafClient.uniqueNamespace("northgrid");
    CsafClient.as("olivia").grant("northgrid-energy", namespace);
    CsafClient nora = CsafClient.as("nora");
    String run = UUID.randomUUID().toString().substring(0, 8);
    byte[] one = CsafSamples.advisory().namespace(namespace).trackingId("NG-1-" + run).bytes();
    byte[] two =
        CsafSamples.advisory().namespace(namespace).trackingId("NG-2-" + run).tlp("GREEN").bytes();
    byte[] three = CsafSamples.advisory().namespace(namespace).trackingId("NG-3-" + run).bytes();
    byte[] bad = "{\"document\": 1}".getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> site = new HashMap<>();
    site.put("/csaf/white/2024/ng-1.json", one);
    site.put("/csaf/white/2024/ng-1.json.asc", SIGNATURE.getBytes(StandardCharsets.US_ASCII));
    site.put("/csaf/white/2024/ng-2.json", two);
    site.put("/csaf/white/2024/bad.json", bad);
    site.put(
        "/csaf/white/index.txt",
        "2024/ng-1.json\n2024/ng-2.json\n2024/bad.json\n2024/missing.json\n"
            .getBytes(StandardCharsets.UTF_8));
    site.put("/rolie/2024/ng-3.json", three);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    site.put(
        "/rolie/feed-tlp-white.json",
        ("{\"feed\":{\"id\":\"f\",\"title\":\"t\",\"entry\":[{\"id\":\"NG-3\",\"link\":[{\"rel\":\"self\",\"href\":\""
                + base
                + "/rolie/2024/ng-3.json\"}],\"content\":{\"type\":\"application/json\",\"src\":\""
                + base
                + "/rolie/2024/ng-3.json\"}}]}}")
            .getBytes(StandardCharsets.UTF_8));
    server.createContext(
        "/",
        exchange -> {
          byte[] body = site.get(exchange.getRequestURI().getPath());
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
    try {
      CsafClient.Reply directory =
          nora.postJson("/api/csaf/imports", Map.of("url", base + "/csaf/white/"));
      assertEquals(202, directory.status(), directory.toString());
      JsonNode batch = nora.awaitBatch(directory.location());
      assertEquals(4, batch.path("total").asInt(), batch.toString());
      assertEquals(2, batch.path("stored").asInt(), batch.toString());
      Map<String, JsonNode> results = byName(batch);
      JsonNode first = results.get(base + "/csaf/white/2024/ng-1.json");
      assertEquals("stored", first.path("outcome").asText());
      assertEquals(
          "invalid", results.get(base + "/csaf/white/2024/bad.json").path("outcome").asText());
      assertEquals(
          "skipped", results.get(base + "/csaf/white/2024/missing.json").path("outcome").asText());
      long id = first.path("id").asLong();
      byte[] served = CsafClient.anonymous().get("/api/csaf/advisories/" + id).body();
      assertArrayEquals(one, served);
      assertEquals(CsafClient.sha512(one), CsafClient.sha512(served));
      assertEquals(SIGNATURE, nora.get("/api/csaf/advisories/" + id + "/signature").text());

      CsafClient.Reply feed =
          nora.postJson("/api/csaf/imports", Map.of("url", base + "/rolie/feed-tlp-white.json"));
      assertEquals(202, feed.status(), feed.toString());
      JsonNode fromFeed = nora.awaitBatch(feed.location());
      assertEquals(1, fromFeed.path("stored").asInt(), fromFeed.toString());

      // importing again: every document already stored
      JsonNode again =
          nora.awaitBatch(
              nora.postJson("/api/csaf/imports", Map.of("url", base + "/csaf/white/index.txt"))
                  .location());
      assertEquals(2, again.path("alreadyStored").asInt(), again.toString());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void internalAddressesAndOtherSchemesAreNotRead() {
    CsafClient nora = CsafClient.as("nora");
    for (String url :
        new String[] {
          "http://localhost:9990/management",
          "http://169.254.169.254/latest/meta-data/",
          "http://10.0.0.1/csaf/",
          "file:///etc/passwd",
          "http://[::1]:8280/api/csaf/advisories"
        }) {
      CsafClient.Reply reply = nora.postJson("/api/csaf/imports", Map.of("url", url));
      assertEquals(400, reply.status(), url + ": " + reply);
      assertTrue(reply.contentType().startsWith("application/problem+json"));
    }
    assertEquals(
        403,
        CsafClient.as("gina")
            .postJson("/api/csaf/imports", Map.of("url", "https://example.com/"))
            .status(),
        "importing takes the submitter role");
  }
}
