package org.scrmportal.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbomReaderTest {

  private static final String JSON =
      """
      {"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
       "components":[
        {"type":"library","name":"log4j-core","version":"2.14.1","group":"org.apache.logging.log4j",
         "purl":"pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
         "supplier":{"name":"Apache Software Foundation"},
         "components":[{"type":"library","name":"log4j-api","version":"2.14.1",
                        "purl":"pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1"}]},
        {"type":"firmware","name":"router","version":"4.2",
         "cpe":"cpe:2.3:h:example:router:4.2:*:*:*:*:*:*:*"}]}
      """;

  private static final String XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
        <components>
          <component type="library">
            <publisher>Example Company</publisher>
            <name>abc</name>
            <version>4.1.3</version>
            <purl>pkg:generic/example/abc@4.1.3</purl>
          </component>
        </components>
      </bom>
      """;

  private final SbomReader reader = new SbomReader();

  @Test
  void readsJsonWithNestedComponents() {
    List<Component> components = reader.read(JSON.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, components.size());
    Component log4j = components.get(0);
    assertEquals("log4j-core", log4j.name());
    assertEquals("2.14.1", log4j.version());
    assertEquals("Apache Software Foundation", log4j.supplier());
    assertEquals("maven/org.apache.logging.log4j/log4j-core", log4j.purlKey().orElseThrow());
    assertEquals("log4j-api", components.get(1).name());
    assertEquals("h:example:router", components.get(2).cpeKey().orElseThrow());
  }

  @Test
  void readsXml() {
    List<Component> components = reader.read(XML.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, components.size());
    assertEquals("abc", components.get(0).name());
    assertEquals("Example Company", components.get(0).vendor());
    assertEquals("4.1.3", components.get(0).version());
  }

  @Test
  void anExternalFileEntityIsRefusedAndNotRead(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE bom [<!ENTITY xxe SYSTEM "%s">]>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
          <components><component type="library"><name>&xxe;</name><version>1</version></component></components>
        </bom>
        """
            .formatted(secret.toUri());
    SbomReader.SbomException refused =
        assertThrows(
            SbomReader.SbomException.class,
            () -> reader.read(xxe.getBytes(StandardCharsets.UTF_8)));
    assertFalse(refused.getMessage().contains("TOP-SECRET"));
  }

  @Test
  void anExternalNetworkEntityIsRefusedWithoutAConnection() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(500);
      String xxe =
          """
          <?xml version="1.0"?>
          <!DOCTYPE bom SYSTEM "http://127.0.0.1:%d/bom.dtd" [<!ENTITY xxe SYSTEM "http://127.0.0.1:%d/x">]>
          <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
            <components><component type="library"><name>&xxe;</name></component></components>
          </bom>
          """
              .formatted(server.getLocalPort(), server.getLocalPort());
      assertThrows(
          SbomReader.SbomException.class, () -> reader.read(xxe.getBytes(StandardCharsets.UTF_8)));
      AtomicBoolean connected = new AtomicBoolean(true);
      try {
        server.accept().close();
      } catch (SocketTimeoutException e) {
        connected.set(false);
      }
      assertFalse(connected.get(), "the reader fetched an external entity or DTD");
    }
  }

  @Test
  void entityExpansionIsRefused() {
    String laughs =
        """
        <?xml version="1.0"?>
        <!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"><components>
        <component type="library"><name>&b;</name></component></components></bom>
        """;
    assertThrows(
        SbomReader.SbomException.class, () -> reader.read(laughs.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void limitsAreKept() {
    SbomReader small = new SbomReader(new SbomReader.Limits(100_000, 3, 2));
    assertThrows(
        SbomReader.SbomException.class, () -> small.read(JSON.getBytes(StandardCharsets.UTF_8)));
    SbomReader tiny = new SbomReader(new SbomReader.Limits(100, 64, 100));
    assertThrows(
        SbomReader.SbomException.class, () -> tiny.read(JSON.getBytes(StandardCharsets.UTF_8)));
    String deep = "{\"components\":" + "[".repeat(500) + "]".repeat(500) + "}";
    assertThrows(
        SbomReader.SbomException.class, () -> reader.read(deep.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void notAnSbomIsRefused() {
    assertThrows(
        SbomReader.SbomException.class,
        () -> reader.read("hello".getBytes(StandardCharsets.UTF_8)));
    assertThrows(SbomReader.SbomException.class, () -> reader.read(new byte[0]));
  }
}
