package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSAF 2.0 section 5.1 against the OASIS file name test documents (csaf_2.0/test/filenames of the
 * CSAF TC repository): each valid document is named by the rule from its tracking id, each invalid
 * one is not.
 */
class CsafFileNamesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> VALID =
      List.of(
          "oasis_csaf_tc-csaf_2_0-2021-5-1-11.json",
          "oasis_csaf_tc-csaf_2_0-2021-5-1-12.json",
          "oasis_csaf_tc-csaf_2_0-2021-5-1-13.json");

  private static final List<String> INVALID =
      List.of(
          "OASIS_CSAF_TC-CSAF_2.0-2021-5-1-01.json",
          "oasis-open_csaf_tc-csaf_20-2021-5-1-02.json",
          "oasis____csaf_tc-csaf_2_0-2021-5-1-03.json");

  static Stream<Arguments> valid() {
    return VALID.stream().map(name -> Arguments.of(name, trackingId("valid/" + name)));
  }

  static Stream<Arguments> invalid() {
    return INVALID.stream().map(name -> Arguments.of(name, trackingId("invalid/" + name)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void theOasisValidFileNamesFollowFromTheirTrackingIds(String fileName, String trackingId) {
    assertEquals(fileName, CsafFileNames.of(trackingId));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void theOasisInvalidFileNamesDoNot(String fileName, String trackingId) {
    assertNotEquals(fileName, CsafFileNames.of(trackingId));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "cisco-sa-20190513-secureboot|cisco-sa-20190513-secureboot.json",
        "Example Company - 2019-YH3234|example_company_-_2019-yh3234.json",
        "RHBA-2019:0024|rhba-2019_0024.json",
        "2022_#01-A|2022_01-a.json",
        "a+b|a+b.json",
        "ÄÖÜ-1|_-1.json"
      })
  void theExamplesOfSection51(String trackingId, String fileName) {
    assertEquals(fileName, CsafFileNames.of(trackingId));
  }

  @Test
  void lowerCaseDoesNotDependOnTheLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertEquals("title-i.json", CsafFileNames.of("TITLE-I"));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void aBlankTrackingIdHasNoFileName() {
    assertThrows(IllegalArgumentException.class, () -> CsafFileNames.of(" "));
  }

  private static String trackingId(String resource) {
    try (InputStream in =
        CsafFileNamesTest.class.getResourceAsStream("/csaf/filenames/" + resource)) {
      return JSON.readTree(in).path("document").path("tracking").path("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
