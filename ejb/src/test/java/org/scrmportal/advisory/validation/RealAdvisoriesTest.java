package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every published advisory of the real providers in the project ({@code
 * ear/src/test/resources/csaf/real}, see SOURCES.md there: CISA and NI, byte for byte as their
 * publishers serve them) passes the JSON schema and every mandatory test of CSAF 2.0 section 6.1. A
 * real provider's document that failed one would be either a bug of ours or a real violation (then
 * it leaves the set, named in SOURCES.md).
 */
class RealAdvisoriesTest {

  /** The set, read where it is kept once in the project (the ear module's test resources). */
  static final Path REAL = Path.of("..", "ear", "src", "test", "resources", "csaf", "real");

  private static final CsafValidator VALIDATOR = new CsafValidator();

  /** File (relative to {@link #REAL}, e.g. {@code cisa/icsa-23-341-03.json}) to its SHA-512. */
  static Map<String, String> manifest() throws IOException {
    Map<String, String> manifest = new LinkedHashMap<>();
    for (String line :
        Files.readAllLines(REAL.resolve("sha512sums.txt"), StandardCharsets.US_ASCII)) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(" {2}", 2);
      manifest.put(parts[1], parts[0]);
    }
    return manifest;
  }

  @Test
  void theSetHoldsEveryFileOfTwoProvidersAndNothingElse() throws IOException {
    Map<String, String> manifest = manifest();
    Map<String, Long> perProvider =
        manifest.keySet().stream()
            .collect(
                Collectors.groupingBy(f -> f.substring(0, f.indexOf('/')), Collectors.counting()));
    assertEquals(List.of("cisa", "ni"), perProvider.keySet().stream().sorted().toList());
    assertTrue(perProvider.values().stream().allMatch(n -> n >= 80), perProvider::toString);
    try (Stream<Path> files = Files.walk(REAL)) {
      List<String> documents =
          files
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .map(p -> REAL.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
      assertEquals(manifest.keySet().stream().sorted().toList(), documents);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRealAdvisoryPassesTheSchemaAndEveryMandatoryTest() throws IOException {
    return manifest().entrySet().stream()
        .map(
            entry ->
                DynamicTest.dynamicTest(
                    entry.getKey(),
                    () -> {
                      byte[] bytes = Files.readAllBytes(REAL.resolve(entry.getKey()));
                      assertEquals(entry.getValue(), sha512(bytes), "the publisher's bytes");
                      Checked checked = VALIDATOR.check(bytes);
                      assertNotNull(checked.document(), "parsed");
                      List<Finding> errors = checked.verdict().errors();
                      assertTrue(
                          errors.isEmpty(),
                          () ->
                              entry.getKey()
                                  + " fails "
                                  + errors.stream()
                                      .map(f -> f.test() + " at " + f.path() + ": " + f.message())
                                      .collect(Collectors.joining("; ")));
                    }));
  }

  private static String sha512(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
  }
}
