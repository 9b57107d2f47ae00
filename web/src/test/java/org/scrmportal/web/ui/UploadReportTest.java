package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scrmportal.web.ui.UploadReport.Outcome;

class UploadReportTest {

  @Test
  void anUploadOfWhichNothingWasStoredIsAnErrorAndSaysSo() {
    UploadReport report = new UploadReport(1826, 0, 1826, 0);
    assertEquals(Outcome.ERROR, report.outcome());
    assertEquals("0 of 1,826 objects stored; 1,826 failed.", report.summary());
    assertEquals("outcome-error", report.outcome().styleClass());
  }

  @Test
  void anUploadOfWhichSomeFailedIsAWarning() {
    UploadReport report = new UploadReport(3, 2, 1, 0);
    assertEquals(Outcome.WARNING, report.outcome());
    assertEquals("2 of 3 objects stored; 1 failed.", report.summary());
  }

  @Test
  void onlyAnUploadOfWhichEveryObjectWasStoredIsASuccess() {
    assertEquals(Outcome.SUCCESS, new UploadReport(3, 3, 0, 0).outcome());
    assertEquals("All 3 objects stored.", new UploadReport(3, 3, 0, 0).summary());
    assertEquals("The object was stored.", new UploadReport(1, 1, 0, 0).summary());
    assertEquals(Outcome.ERROR, new UploadReport(0, 0, 0, 0).outcome(), "nothing to store");
  }

  @Test
  void anUploadStillBeingReadIsPendingUntilSomethingFails() {
    assertEquals(Outcome.PENDING, new UploadReport(10, 4, 0, 6).outcome());
    assertEquals(
        "4 of 10 objects stored; 6 still being read.", new UploadReport(10, 4, 0, 6).summary());
    assertEquals(Outcome.WARNING, new UploadReport(10, 0, 1, 9).outcome());
  }
}
