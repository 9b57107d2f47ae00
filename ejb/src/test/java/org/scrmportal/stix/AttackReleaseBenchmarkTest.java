package org.scrmportal.stix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Validates a STIX bundle from a file given on the command line, e.g. the enterprise ATT&amp;CK
 * release (about 45 MB, too large to keep in the project), and prints its numbers: objects, errors
 * and warnings by rule, and the time. Runs only when asked:
 *
 * <pre>
 * ./mvnw -B -ntp -pl ejb test -Dtest=AttackReleaseBenchmarkTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dstix.bundle.file=/path/to/enterprise-attack.json
 * </pre>
 *
 * The limits are raised to the file's size and object count; the test fails if any object has an
 * error, and prints every error first.
 */
@EnabledIfSystemProperty(named = "stix.bundle.file", matches = ".+")
class AttackReleaseBenchmarkTest {

  @Test
  void validatesTheGivenFile() throws IOException {
    Path file = Path.of(System.getProperty("stix.bundle.file"));
    byte[] body = Files.readAllBytes(file);
    BundleReader reader =
        new BundleReader(
            BundleLimits.DEFAULTS
                .withMaxBytes(Math.max(body.length, 1))
                .withMaxObjects(Integer.MAX_VALUE - 1));
    reader.read(body); // warms the schemas and the pattern parser up

    long start = System.nanoTime();
    BundleResult result = reader.read(body);
    long millis = (System.nanoTime() - start) / 1_000_000;

    Map<StixError.Kind, Long> errors =
        result.errors().stream()
            .collect(Collectors.groupingBy(StixError::kind, TreeMap::new, Collectors.counting()));
    Map<StixWarning.Rule, Long> warnings =
        result.warnings().stream()
            .collect(Collectors.groupingBy(StixWarning::rule, TreeMap::new, Collectors.counting()));
    result.errors().forEach(e -> System.out.println("error: " + e));
    System.out.printf(
        "%s: %d bytes, %d valid objects, errors %s, warnings %s, validated in %d ms%n",
        file.getFileName(), body.length, result.objects().size(), errors, warnings, millis);
    assertEquals(Map.of(), errors);
  }
}
