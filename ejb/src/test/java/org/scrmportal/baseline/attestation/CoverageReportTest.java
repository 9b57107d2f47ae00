package org.scrmportal.baseline.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.oscal.ImplementationStatus;

/** The coverage arithmetic, with figures worked out by hand in each test. */
class CoverageReportTest {

  private static ControlView control(String id, String family) {
    return new ControlView(
        7, "catalog", id, id.toUpperCase(), "Title of " + id, family, family.toUpperCase(), null);
  }

  private static Statement said(String id, ImplementationStatus status) {
    return new Statement(id, status, "why " + id);
  }

  /** Ten required controls in two families; the attestation speaks of eight, plus one extra. */
  private static final List<ControlView> REQUIRED =
      List.of(
          control("ac-1", "ac"),
          control("ac-2", "ac"),
          control("ac-3", "ac"),
          control("ac-4", "ac"),
          control("sr-1", "sr"),
          control("sr-2", "sr"),
          control("sr-3", "sr"),
          control("sr-5", "sr"),
          control("sr-8", "sr"),
          control("sr-11", "sr"));

  @Test
  void implementedOverRequiredWithPartialHalfAndNotApplicableOutOfTheDenominator() {
    List<Statement> statements =
        List.of(
            said("ac-1", ImplementationStatus.IMPLEMENTED),
            said("ac-2", ImplementationStatus.IMPLEMENTED),
            said("ac-3", ImplementationStatus.PARTIAL),
            said("ac-4", ImplementationStatus.NOT_APPLICABLE),
            said("sr-1", ImplementationStatus.IMPLEMENTED),
            said("sr-2", ImplementationStatus.PLANNED),
            said("sr-3", ImplementationStatus.ALTERNATIVE),
            said("sr-5", ImplementationStatus.PARTIAL),
            // not required by the baseline: counts nowhere
            said("pe-1", ImplementationStatus.IMPLEMENTED));
    // sr-8 and sr-11 are not stated
    CoverageReport report = CoverageReport.of(42, 7, REQUIRED, statements);
    Coverage c = report.coverage();
    assertEquals(42, c.attestationId());
    assertEquals(7, c.baselineId());
    assertEquals(10, c.required());
    assertEquals(3, c.implemented()); // ac-1, ac-2, sr-1
    assertEquals(2, c.partial()); // ac-3, sr-5
    assertEquals(1, c.notApplicable()); // ac-4
    // (3 + 2/2) / (10 - 1) = 4/9
    assertEquals(4.0 / 9.0, c.ratio(), 1e-12);
    assertEquals(List.of("ac-3", "sr-2", "sr-3", "sr-5", "sr-8", "sr-11"), c.gaps());
    assertEquals(ImplementationStatus.PARTIAL, report.gaps().get(0).status());
    assertEquals(ImplementationStatus.PLANNED, report.gaps().get(1).status());
    assertEquals(ImplementationStatus.ALTERNATIVE, report.gaps().get(2).status());
    assertNull(report.gaps().get(4).status());
    assertEquals("not stated", report.gaps().get(4).statusLabel());
    assertEquals("SR-8", report.gaps().get(4).label());

    // per family: ac (2 + 1/2) / (4 - 1) = 5/6; sr (1 + 1/2) / 6 = 1/4
    assertEquals(2, report.families().size());
    CoverageReport.Family ac = report.families().get(0);
    assertEquals("ac", ac.family());
    assertEquals("AC", ac.title());
    assertEquals(5.0 / 6.0, ac.coverage().ratio(), 1e-12);
    assertEquals(List.of("ac-3"), ac.coverage().gaps());
    CoverageReport.Family sr = report.families().get(1);
    assertEquals(6, sr.coverage().required());
    assertEquals(0.25, sr.coverage().ratio(), 1e-12);
    assertEquals(5, sr.gaps().size());
  }

  @Test
  void nothingStatedIsZeroAndEveryControlIsAGap() {
    Coverage c = CoverageReport.of(1, 7, REQUIRED, List.of()).coverage();
    assertEquals(0.0, c.ratio());
    assertEquals(10, c.gaps().size());
  }

  @Test
  void everythingImplementedIsOne() {
    List<Statement> all =
        REQUIRED.stream().map(r -> said(r.controlId(), ImplementationStatus.IMPLEMENTED)).toList();
    Coverage c = CoverageReport.of(1, 7, REQUIRED, all).coverage();
    assertEquals(1.0, c.ratio());
    assertEquals(List.of(), c.gaps());
  }

  @Test
  void whenEveryControlIsNotApplicableNothingIsLeftToImplement() {
    List<Statement> none =
        REQUIRED.stream()
            .map(r -> said(r.controlId(), ImplementationStatus.NOT_APPLICABLE))
            .toList();
    Coverage c = CoverageReport.of(1, 7, REQUIRED, none).coverage();
    assertEquals(10, c.notApplicable());
    assertEquals(1.0, c.ratio());
    assertEquals(List.of(), c.gaps());
    assertEquals(1.0, CoverageReport.ratio(0, 0, 0, 0));
  }

  @Test
  void partialAloneCountsHalf() {
    // 1 partial of 2 required: (0 + 1/2) / 2 = 1/4
    assertEquals(0.25, CoverageReport.ratio(2, 0, 1, 0), 1e-12);
    // 1 implemented, 1 partial, 1 not applicable of 3: (1 + 1/2) / 2 = 3/4
    assertEquals(0.75, CoverageReport.ratio(3, 1, 1, 1), 1e-12);
  }
}
