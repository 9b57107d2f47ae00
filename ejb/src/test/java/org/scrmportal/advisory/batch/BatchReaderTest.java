package org.scrmportal.advisory.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Batches of files and zip archives within their limits: entries, sizes, ratio, nesting, names. */
class BatchReaderTest {

  private static final byte[] DOC = "{\"document\":{}}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ASC =
      "-----BEGIN PGP SIGNATURE-----\n=x\n-----END PGP SIGNATURE-----\n"
          .getBytes(StandardCharsets.US_ASCII);

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

  private static BatchReader.Expanded expand(BatchLimits limits, BatchReader.File... files) {
    return new BatchReader(limits).expand(List.of(files));
  }

  @Test
  void documentsAndTheirSignaturesFromFilesAndArchives() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("2024/a.json", DOC);
    entries.put("2024/a.json.asc", ASC);
    entries.put("2024/a.json.sha512", "abc".getBytes(StandardCharsets.US_ASCII));
    entries.put("2024/b.json", DOC);
    entries.put("README.txt", "hello".getBytes(StandardCharsets.US_ASCII));
    BatchReader.Expanded expanded =
        expand(
            BatchLimits.DEFAULTS,
            new BatchReader.File("c.json", DOC),
            new BatchReader.File("c.asc", ASC),
            new BatchReader.File("all.zip", zip(entries)));
    assertEquals(
        List.of("c.json", "all.zip!2024/a.json", "all.zip!2024/b.json"),
        expanded.documents().stream().map(BatchEntry::name).toList());
    assertArrayEquals(ASC, expanded.documents().get(0).signature());
    assertArrayEquals(ASC, expanded.documents().get(1).signature());
    assertNull(expanded.documents().get(2).signature());
    assertEquals(
        List.of("all.zip!README.txt"),
        expanded.skipped().stream().map(DocumentResult::name).toList());
  }

  @Test
  void aZipBombStopsAtTheRatio() throws IOException {
    byte[] zeros = new byte[5 << 20];
    byte[] bomb = zip(Map.of("bomb.json", zeros));
    assertTrue(bomb.length * 100L < zeros.length, "the test archive must expand beyond the ratio");
    BatchReader.Expanded expanded =
        expand(BatchLimits.DEFAULTS, new BatchReader.File("b.zip", bomb));
    assertTrue(expanded.documents().isEmpty());
    assertTrue(expanded.skipped().get(0).message().contains("expands more than"));
  }

  @Test
  void theTotalSizeIsCountedAsArchivesExpand() throws IOException {
    BatchLimits limits = new BatchLimits(100, 100, 250, 1000, 2, 255);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      entries.put(i + ".json", new byte[90]);
    }
    BatchReader.Expanded expanded = expand(limits, new BatchReader.File("z.zip", zip(entries)));
    assertEquals(2, expanded.documents().size());
    assertTrue(
        expanded.skipped().stream().anyMatch(s -> s.message().contains("uncompressed")),
        expanded.skipped().toString());
  }

  @Test
  void theNumberOfFilesIsLimited() throws IOException {
    BatchLimits limits = new BatchLimits(3, 1000, 100_000, 1000, 2, 255);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      entries.put(i + ".json", DOC);
    }
    BatchReader.Expanded expanded = expand(limits, new BatchReader.File("z.zip", zip(entries)));
    assertEquals(3, expanded.documents().size());
  }

  @Test
  void archivesNestOnlySoDeep() throws IOException {
    byte[] inner = zip(Map.of("x.json", DOC));
    byte[] middle = zip(Map.of("inner.zip", inner));
    byte[] outer = zip(Map.of("middle.zip", middle));
    assertEquals(
        1,
        expand(BatchLimits.DEFAULTS, new BatchReader.File("m.zip", middle)).documents().size(),
        "two levels are within the default");
    BatchReader.Expanded tooDeep =
        expand(BatchLimits.DEFAULTS, new BatchReader.File("o.zip", outer));
    assertTrue(tooDeep.documents().isEmpty());
    assertTrue(tooDeep.skipped().get(0).message().contains("nest"));
  }

  @Test
  void namesThatClimbOrAreAbsoluteAreRefused() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("../evil.json", DOC);
    entries.put("/etc/abs.json", DOC);
    entries.put("a\u0001b.json", DOC);
    entries.put("x".repeat(300) + ".json", DOC);
    entries.put("fine.json", DOC);
    BatchReader.Expanded expanded =
        expand(BatchLimits.DEFAULTS, new BatchReader.File("n.zip", zip(entries)));
    assertEquals(
        List.of("n.zip!fine.json"), expanded.documents().stream().map(BatchEntry::name).toList());
    assertEquals(4, expanded.skipped().size());
  }

  @Test
  void somethingThatIsNoZipIsReported() {
    BatchReader.Expanded expanded =
        expand(BatchLimits.DEFAULTS, new BatchReader.File("fake.zip", DOC));
    assertTrue(expanded.documents().isEmpty());
    assertEquals(DocumentResult.SKIPPED, expanded.skipped().get(0).outcome());
  }
}
