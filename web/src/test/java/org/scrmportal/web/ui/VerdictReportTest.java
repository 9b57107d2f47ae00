package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrmportal.advisory.validation.Finding;
import org.scrmportal.advisory.validation.Verdict;

class VerdictReportTest {

  @Test
  void aFailedMandatoryTestMakesItInvalidAndRed() {
    VerdictReport report =
        VerdictReport.of(
            new Verdict(
                List.of(
                    new Finding("6.1.1", "/vulnerabilities/0/product_status/known_affected/1", "x"),
                    new Finding("6.2.1", "/product_tree/branches/0", "y"))));
    assertEquals(false, report.valid());
    assertEquals("6.1.1", report.errors().get(0).test());
    assertEquals(
        "/vulnerabilities/0/product_status/known_affected/1", report.errors().get(0).path());
    assertEquals(1, report.warnings().size());
    assertEquals(
        "Not valid: 1 mandatory test failed; 1 warning, 0 informative notes.", report.summary());
    assertEquals("outcome-error", report.styleClass());
  }

  @Test
  void aValidDocumentIsGreenUnlessWarned() {
    assertEquals("outcome-success", VerdictReport.of(new Verdict(List.of())).styleClass());
    assertEquals(
        "Valid CSAF 2.0; 0 warnings, 0 informative notes.",
        VerdictReport.of(new Verdict(List.of())).summary());
    assertEquals(
        "outcome-warning",
        VerdictReport.of(new Verdict(List.of(new Finding("6.2.1", "/document", "y"))))
            .styleClass());
  }
}
