package org.scrmportal.stix.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrmportal.stix.Stix;

/**
 * The schemas are read from the bundled copies only: with the network "unplugged" (a default proxy
 * selector that refuses, and records, every connection Java's HTTP clients would open) every schema
 * compiles and every example validates, and an address that is not bundled is refused by the
 * loaders, never fetched.
 */
class StixSchemasOfflineTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

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

  private static JsonNode example(String name) throws IOException {
    try (InputStream in =
        StixSchemasOfflineTest.class.getResourceAsStream("/stix/examples/" + name)) {
      return MAPPER.readTree(in);
    }
  }

  @Test
  void everySchemaCompilesAndEveryExampleValidatesOffline() throws IOException {
    StixSchemas schemas = new StixSchemas(refused::add);
    int validated = 0;

    for (String name :
        List.of(
            "apt1.json",
            "poisonivy.json",
            "infrastructure.json",
            "indicators-for-C2-with-COA.json",
            "malicious-email-indicator-with-attachment.json",
            "indicator-to-campaign-relationship.json",
            "indicator-for-c2-ip-address.json")) {
      for (JsonNode object : example(name).path("objects")) {
        assertEquals(
            List.of(),
            schemas.validate(object.path("type").textValue(), object),
            object.path("id")::asText);
        validated++;
      }
    }

    assertEquals(259, validated);
    assertEquals(
        19 + 2 + 18 + 3,
        schemas.types().size(),
        "every SDO, SRO, SCO and meta object type has its schema");
    assertEquals(List.of(), refused, "no schema address outside the bundled copies was asked for");
    assertEquals(List.of(), connections, "no connection was attempted");
  }

  @Test
  void theSchemasStillRejectWhatIsInvalid() throws IOException {
    StixSchemas schemas = new StixSchemas(refused::add);
    JsonNode indicator = example("indicator-for-c2-ip-address.json").path("objects").get(0);
    ((com.fasterxml.jackson.databind.node.ObjectNode) indicator).remove("pattern");

    List<StixSchemas.Violation> violations = schemas.validate("indicator", indicator);

    assertEquals(1, violations.size(), violations::toString);
    assertEquals("required", violations.get(0).keyword());
    assertTrue(violations.get(0).message().contains("pattern"), violations.get(0).message());
  }

  @Test
  void anAddressThatIsNotBundledIsRefusedNotFetched() {
    StixSchemas schemas = new StixSchemas(refused::add);
    JsonNode anything = MAPPER.createObjectNode();

    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () -> schemas.validateAgainst("https://schemas.example.org/stix/evil.json", anything));

    assertEquals(List.of("https://schemas.example.org/stix/evil.json"), refused);
    assertTrue(
        messages(e).contains("refusing to fetch schema https://schemas.example.org/stix/evil.json"),
        messages(e));
    assertEquals(List.of(), connections, "refused before any connection");
  }

  @Test
  void aMissingBundledSchemaIsAnErrorNotAFetch() {
    StixSchemas schemas = new StixSchemas(refused::add);

    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                schemas.validateAgainst(
                    Stix.SCHEMA_ID_PREFIX + "common/no-such-schema.json",
                    MAPPER.createObjectNode()));

    assertTrue(
        messages(e).contains("no bundled STIX schema stix/schemas/common/no-such-schema.json"),
        messages(e));
    assertEquals(List.of(), connections);
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append(" | ");
    }
    return all.toString();
  }
}
