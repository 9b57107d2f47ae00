package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example advisories of the OASIS CSAF TC (copies in {@code src/test/resources/csaf/examples/})
 * pass every test 6.1.17 to 6.1.33, and fast.
 */
class CsafExamplesContinuedTest {

  static Stream<String> examples() throws IOException, URISyntaxException {
    Path root = Path.of(CsafExamplesContinuedTest.class.getResource("/csaf/examples").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .map(p -> "/csaf/examples/" + root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void examplePassesEveryTest(String resource) {
    JsonNode document = CsafTestDocuments.resource(resource);
    List<Finding> findings = new ArrayList<>();
    for (CsafTest test : MandatoryTestsContinued.all()) {
      findings.addAll(test.run(document));
    }
    assertEquals(List.of(), findings);
  }

  @Test
  void examplesIncludeEveryProfileTestedHere() throws Exception {
    List<String> categories =
        examples().map(CsafTestDocuments::resource).map(ProfileCategories::of).distinct().toList();
    assertTrue(categories.contains("csaf_vex"), categories.toString());
    assertTrue(categories.contains("csaf_security_advisory"), categories.toString());
  }

  /**
   * Budget: 2,500 advisories in 30 s (12 ms each) with parsing, schema and storing; these tests
   * take well under a millisecond per example, the bound leaves room for a loaded machine.
   */
  @Test
  void runsInAFewMillisecondsPerDocument() throws Exception {
    List<JsonNode> documents = examples().map(CsafTestDocuments::resource).toList();
    int rounds = 50;
    for (int warmUp = 0; warmUp < 5; warmUp++) {
      runAll(documents);
    }
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      runAll(documents);
    }
    double millisPerDocument =
        (System.nanoTime() - start) / 1e6 / ((double) rounds * documents.size());
    assertTrue(millisPerDocument < 10.0, millisPerDocument + " ms per document");
  }

  private static void runAll(List<JsonNode> documents) {
    for (JsonNode document : documents) {
      for (CsafTest test : MandatoryTestsContinued.all()) {
        test.run(document);
      }
    }
  }
}
