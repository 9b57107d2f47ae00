package org.scrmportal.baseline.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits and hostile input: nothing is bound or fetched before the guard has passed the bytes. */
class OscalHardeningTest {

  private final OscalDocuments documents = new OscalDocuments();

  @Test
  void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() {
    OscalDocuments small = new OscalDocuments(new OscalLimits(1024, 200));
    byte[] content = Samples.utf8(Samples.CATALOG_JSON);

    OscalInvalid invalid = assertThrows(OscalInvalid.class, () -> small.read(content));

    assertTrue(invalid.getMessage().contains("at most 1024"), invalid.getMessage());
    // and the same document is fine within the default limits
    assertEquals(OscalKind.CATALOG, documents.read(content).kind());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedInEachFormat() {
    OscalDocuments shallow = new OscalDocuments(new OscalLimits(1 << 20, 5));

    OscalInvalid json =
        assertThrows(OscalInvalid.class, () -> shallow.read(Samples.utf8(Samples.CATALOG_JSON)));
    OscalInvalid xml =
        assertThrows(OscalInvalid.class, () -> shallow.read(Samples.utf8(Samples.CATALOG_XML)));
    OscalInvalid yaml =
        assertThrows(OscalInvalid.class, () -> shallow.read(Samples.utf8(Samples.CATALOG_YAML)));

    for (OscalInvalid invalid : new OscalInvalid[] {json, xml, yaml}) {
      assertTrue(invalid.getMessage().contains("deeper than 5"), invalid.getMessage());
    }
    assertTrue(
        json.problems().get(0).path().startsWith("/catalog/groups/0/controls/0"),
        json.problems().toString());
  }

  @Test
  void aJsonBombOfNestedArraysIsRefusedByDepth() {
    String deep = "{\"catalog\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(deep)));

    assertTrue(invalid.getMessage().contains("nests too deeply"), invalid.getMessage());
  }

  @Test
  void xmlWithAnExternalFileEntityIsRefusedAndTheFileIsNotRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE catalog [ <!ENTITY leak SYSTEM "%s"> ]>
        <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="%s">
          <metadata><title>&leak;</title><last-modified>2026-01-15T10:00:00Z</last-modified>
            <version>1</version><oscal-version>1.1.3</oscal-version></metadata>
        </catalog>
        """
            .formatted(secret.toUri(), Samples.CATALOG_UUID);

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(xml)));

    assertTrue(invalid.getMessage().contains("DOCTYPE"), invalid.getMessage());
    assertFalse(invalid.getMessage().contains("TOP-SECRET"), invalid.getMessage());
  }

  @Test
  void xmlWithAnExternalHttpEntityOrDtdIsRefusedWithoutAnyRequest() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = "<!ENTITY x 'y'>".getBytes();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
      String entity =
          """
          <?xml version="1.0"?>
          <!DOCTYPE catalog [ <!ENTITY remote SYSTEM "%s"> ]>
          <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="%s"><metadata><title>&remote;</title></metadata></catalog>
          """
              .formatted(url, Samples.CATALOG_UUID);
      String dtd =
          """
          <?xml version="1.0"?>
          <!DOCTYPE catalog SYSTEM "%s">
          <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="%s"/>
          """
              .formatted(url, Samples.CATALOG_UUID);

      assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(entity)));
      assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(dtd)));

      assertEquals(0, requests.get(), "the parser fetched the external entity or DTD");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void theBillionLaughsAreRefusedQuickly() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      entities.append("<!ENTITY lol").append(i).append(" \"");
      entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    String xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE catalog [ %s ]>
        <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="%s"><metadata><title>&lol9;</title></metadata></catalog>
        """
            .formatted(entities, Samples.CATALOG_UUID);
    long start = System.nanoTime();

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(xml)));

    assertTrue(invalid.getMessage().contains("DOCTYPE"), invalid.getMessage());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long: expanded?");
  }

  @Test
  void aYamlAliasBombIsRefused() {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      yaml.append(("*a" + (i - 1) + ", ").repeat(8)).append("*a").append(i - 1).append("]\n");
    }
    yaml.append("catalog:\n  uuid: ").append(Samples.CATALOG_UUID).append("\n  stuff: *a9\n");
    long start = System.nanoTime();

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(yaml.toString())));

    assertTrue(invalid.getMessage().contains("YAML anchors are refused"), invalid.getMessage());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long: expanded?");
  }

  @Test
  void evenOneYamlAliasIsRefused() {
    String yaml =
        Samples.CATALOG_YAML
            .replace("title: Sample supply chain catalog", "title: &t Sample supply chain catalog")
            .replace("title: Access Control", "title: *t");

    OscalInvalid invalid =
        assertThrows(OscalInvalid.class, () -> documents.read(Samples.utf8(yaml)));

    assertTrue(invalid.getMessage().contains("YAML"), invalid.getMessage());
  }
}
