package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CSAF and CVSS schemas are read from the bundled copies only: with the network "unplugged" (a
 * default proxy selector that refuses, and records, every connection Java's HTTP clients would
 * open) every schema compiles, the examples validate, CVSS objects are checked against the FIRST
 * schemas (whose $id carries a query), and an address that is not bundled is refused, never
 * fetched.
 */
class CsafSchemasOfflineTest {

  private final List<URI> connections = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();
  private ProxySelector previous;

  @BeforeEach
  void unplugTheNetwork() {
    previous = ProxySelector.getDefault();
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            connections.add(uri);
            throw new IllegalStateException("no network in this test: " + uri);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            connections.add(uri);
          }
        });
  }

  @AfterEach
  void plugItBackIn() {
    ProxySelector.setDefault(previous);
  }

  @Test
  void everySchemaCompilesAndValidatesOffline() throws IOException {
    CsafSchemas schemas = new CsafSchemas(refused::add);

    JsonNode advisory =
        CsafDocuments.MAPPER.readTree(OfficialExamplesTest.example("cisco-sa-20180328-smi2.json"));
    assertEquals(List.of(), schemas.validateDocument(advisory));
    JsonNode provider =
        CsafDocuments.MAPPER.readTree(
            OfficialExamplesTest.example("example-01-provider-metadata.json"));
    assertEquals(List.of(), schemas.validateProviderMetadata(provider));
    JsonNode aggregator =
        CsafDocuments.MAPPER.readTree(OfficialExamplesTest.example("example-01-aggregator.json"));
    assertEquals(List.of(), schemas.validateAggregator(aggregator));

    assertEquals(List.of(), refused, "no schema address outside the bundled copies was asked for");
    assertEquals(List.of(), connections, "no connection was attempted");
  }

  @Test
  void theFirstCvssSchemasAreAppliedThroughTheCsafSchema() {
    CsafSchemas schemas = new CsafSchemas(refused::add);
    ObjectNode document =
        CsafDocuments.withScore(
            "cvss_v3",
            """
            {"version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H",
             "baseScore": 6.5, "baseSeverity": "MEDIUM", "attackVector": "SATELLITE"}
            """);

    List<Finding> findings = schemas.validateDocument(document);

    assertTrue(
        findings.stream()
            .anyMatch(f -> f.path().equals("/vulnerabilities/0/scores/0/cvss_v3/attackVector")),
        findings::toString);
    findings.forEach(f -> assertEquals("schema", f.test()));
    assertEquals(List.of(), refused);
    assertEquals(List.of(), connections);
  }

  @Test
  void theSchemaReportsTheInstanceLocation() {
    CsafSchemas schemas = new CsafSchemas(refused::add);
    ObjectNode document = CsafDocuments.minimal();
    ((ObjectNode) document.get("document")).put("lang", 42);
    ((ObjectNode) document.get("document").get("tracking")).remove("id");

    List<Finding> findings = schemas.validateDocument(document);

    assertEquals(
        List.of("/document/lang", "/document/tracking"),
        findings.stream().map(Finding::path).sorted().toList(),
        findings::toString);
    assertTrue(findings.stream().anyMatch(f -> f.message().contains("id")), findings::toString);
  }

  @Test
  void anAddressThatIsNotBundledIsRefusedNotFetched() {
    CsafSchemas schemas = new CsafSchemas(refused::add);

    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                schemas.validateAgainst(
                    "https://schemas.example.org/csaf/evil.json",
                    CsafDocuments.MAPPER.createObjectNode()));

    assertEquals(List.of("https://schemas.example.org/csaf/evil.json"), refused);
    assertTrue(messages(e).contains("refusing to fetch schema"), messages(e));
    assertEquals(List.of(), connections, "refused before any connection");
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append(" | ");
    }
    return all.toString();
  }
}
