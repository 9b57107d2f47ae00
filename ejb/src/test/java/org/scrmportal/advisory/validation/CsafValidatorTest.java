package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading within limits, the schema before the tests, and 6.1.8 for CVSS objects. */
class CsafValidatorTest {

  private static Checked check(CsafValidator validator, String text) {
    return validator.check(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRejected(Checked checked, String messagePart) {
    assertNull(checked.document());
    assertFalse(checked.valid());
    List<Finding> errors = checked.verdict().errors();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals("schema", errors.get(0).test());
    assertEquals("", errors.get(0).path());
    assertTrue(errors.get(0).message().contains(messagePart), errors.get(0).message());
  }

  @Test
  void aValidDocumentIsReadAndValid() {
    Checked checked = check(new CsafValidator(), CsafDocuments.minimal().toString());

    assertTrue(checked.valid(), checked.verdict()::toString);
    assertNotNull(checked.document());
    assertEquals("EXAMPLE-2024-0001", checked.document().at("/document/tracking/id").asText());
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
    CsafValidator validator = new CsafValidator(new CsafLimits(100, 64, 1000));

    assertRejected(check(validator, CsafDocuments.minimal().toString()), "the limit is 100 bytes");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    CsafValidator validator = new CsafValidator(new CsafLimits(1_000_000, 8, 1000));
    String deep = "{\"document\":" + "[".repeat(20) + "]".repeat(20) + "}";

    assertRejected(check(validator, deep), "deeper than the limit of 8 levels");
  }

  @Test
  void aStringLongerThanTheLimitIsRefused() {
    CsafValidator validator = new CsafValidator(new CsafLimits(1_000_000, 64, 100));
    String longTitle = "{\"title\": \"" + "x".repeat(500) + "\"}";

    assertRejected(check(validator, longTitle), "string is longer than the limit of 100");
  }

  @Test
  void duplicatePropertyNamesAreRefused() {
    String twoTitles = "{\"document\": {\"title\": \"one\", \"title\": \"two\"}}";

    assertRejected(check(new CsafValidator(), twoTitles), "Duplicate field 'title'");
  }

  @Test
  void malformedJsonAndTrailingContentAreRefused() {
    assertRejected(check(new CsafValidator(), "{\"document\": "), "not valid JSON");
    assertRejected(check(new CsafValidator(), "{} {}"), "not valid JSON");
    assertRejected(check(new CsafValidator(), ""), "empty");
    assertRejected(
        new CsafValidator().check(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}),
        "not valid JSON");
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new CsafLimits(0, 64, 1000));
    assertThrows(IllegalArgumentException.class, () -> new CsafLimits(10, 0, 1000));
    assertThrows(IllegalArgumentException.class, () -> new CsafLimits(10, 64, 0));
  }

  @Test
  void aSchemaViolationStopsTheTestsAndNamesItsPlace() {
    // a missing title and an undefined product: only the schema is reported
    ObjectNode document =
        CsafDocuments.withVulnerabilities(
            "[{\"product_status\": {\"known_affected\": [\"CSAFPID-9999\"]}}]");
    ((ObjectNode) document.get("document")).remove("title");

    Verdict verdict = new CsafValidator().validate(document);

    assertFalse(verdict.valid());
    assertEquals(
        List.of("schema /document"),
        verdict.findings().stream().map(f -> f.test() + " " + f.path()).toList());
  }

  @Test
  void cvssSchemaViolationsAreTest618AndTheOtherTestsStillRun() {
    ObjectNode document =
        CsafDocuments.withVulnerabilities(
            """
            [{"product_status": {"known_affected": ["CSAFPID-9999"]},
              "scores": [{"products": ["CSAFPID-0001"], "cvss_v3": {"version": "3.1",
                "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H",
                "baseScore": 6.5}}]}]
            """);

    Verdict verdict = new CsafValidator().validate(document);

    assertEquals(
        List.of(
            "6.1.1 /vulnerabilities/0/product_status/known_affected/0",
            "6.1.8 /vulnerabilities/0/scores/0/cvss_v3"),
        verdict.errors().stream().map(f -> f.test() + " " + f.path()).toList());
  }

  @Test
  void theDefaultValidatorRunsEveryGroupOnTheExamples() throws Exception {
    CsafValidator validator = new CsafValidator();
    for (String name : List.of("bsi-2022-0001.json", "rhsa-2021_5186.json")) {
      Checked checked = validator.check(OfficialExamplesTest.example(name));
      assertEquals(List.of(), checked.verdict().errors(), name);
    }
  }
}
