package org.scrmportal.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scrmportal.risk.RiskInputs.Finding;
import org.scrmportal.risk.RiskInputs.Outcome;
import org.scrmportal.risk.RiskInputs.Sighting;

/**
 * The risk formula on fixed scenarios. Every expected value is worked out by hand here, from the
 * formula as docs/RISK.md states it (score = 50·A + 20·S + 30·C), never copied from an output.
 */
class RiskFormulaTest {

  private static final double EPS = 1e-9;

  private static Finding finding(String cve, Outcome outcome, Double cvss, String exploitation) {
    return new Finding(
        "ACME-2026-" + cve,
        "Widget advisory",
        cve,
        outcome,
        "widget 1.2",
        cvss,
        "cvss_v3 3.1",
        exploitation);
  }

  private static Sighting sighting(int i) {
    return new Sighting(
        "sighting--" + i, "indicator--" + i, "Widget exploit " + i, Instant.EPOCH, "CVE-2099-1");
  }

  private static List<Sighting> sightings(int n) {
    return IntStream.range(0, n).mapToObj(RiskFormulaTest::sighting).toList();
  }

  private static RiskInputs.Attested attested(double ratio) {
    return new RiskInputs.Attested(
        "NIST LOW v1", 7, 150, 120, 0, 0, ratio, List.of("sr-3", "sr-5"));
  }

  @Test
  void nothingKnownIsTheCoveragePartAlone() {
    RiskScore s =
        RiskFormula.score(
            new RiskInputs("acme", List.of(), List.of(), new RiskInputs.NoBaseline()));
    // A = 0, S = 1 − 0.75^0 = 0, C = 1 (no baseline): 50·0 + 20·0 + 30·1
    assertEquals(30.0, s.value(), EPS);
    assertEquals(30, s.score());
    assertEquals(0.0, s.advisories().value(), EPS);
    assertEquals(0.0, s.sightings().value(), EPS);
    assertEquals(1.0, s.coverage().value(), EPS);
    assertTrue(
        s.coverage().explanation().get(0).contains("no baseline"), s.explanation().toString());
  }

  @Test
  void noVisibleAttestationMeansNoCoverageAndSaysSo() {
    RiskScore s =
        RiskFormula.score(
            new RiskInputs("acme", List.of(), List.of(), new RiskInputs.NoAttestation("NIST LOW")));
    assertEquals(30.0, s.value(), EPS);
    assertTrue(
        s.coverage().explanation().get(0).contains("no attestation of acme against NIST LOW"));
  }

  @Test
  void fullCoverageAndNothingElseIsZero() {
    RiskScore s = RiskFormula.score(new RiskInputs("acme", List.of(), List.of(), attested(1.0)));
    // 50·0 + 20·0 + 30·(1 − 1.0)
    assertEquals(0.0, s.value(), EPS);
    assertEquals(0, s.score());
  }

  @Test
  void everythingMaxedIsOneHundredAndNoMore() {
    RiskScore s =
        RiskFormula.score(
            new RiskInputs(
                "acme",
                List.of(finding("CVE-2099-1", Outcome.AFFECTED, 10.0, "Exploited in the wild")),
                sightings(60),
                attested(0.0)));
    // A: s = 10/10 = 1, exploited: 1 + (1 − 1)·0.5 = 1, term 1.0·1 = 1 → A = 1 − (1 − 1) = 1
    // S = 1 − 0.75^60; C = 1 − 0 = 1
    double expected = 50 * 1 + 20 * (1 - Math.pow(0.75, 60)) + 30 * 1;
    assertEquals(expected, s.value(), EPS);
    assertEquals(100, s.score());
    assertTrue(s.value() <= 100.0);
  }

  @Test
  void aMixedScenarioWorkedOutByHand() {
    RiskScore s =
        RiskFormula.score(
            new RiskInputs(
                "acme",
                List.of(
                    finding("CVE-2099-1", Outcome.AFFECTED, 9.8, null),
                    finding(
                        "CVE-2099-2", Outcome.POSSIBLY_AFFECTED, null, "Exploit status: active")),
                sightings(2),
                attested(0.8)));
    // CVE-2099-1: s = 9.8/10 = 0.98, not exploited, affected w = 1.0 → 0.98
    // CVE-2099-2: no CVSS → 5.0/10 = 0.5, exploited → 0.5 + (1 − 0.5)·0.5 = 0.75,
    //             possibly affected w = 0.5 → 0.5·0.75 = 0.375
    double a = 1 - (1 - 0.98 * 1.0) * (1 - 0.5 * 0.75); // = 1 − 0.02·0.625 = 0.9875
    double sight = 1 - (1 - 0.25) * (1 - 0.25); // two sightings: 0.4375
    double c = 1 - 0.8; // 0.2
    assertEquals(0.9875, a, EPS);
    assertEquals(a, s.advisories().value(), EPS);
    assertEquals(sight, s.sightings().value(), EPS);
    assertEquals(c, s.coverage().value(), EPS);
    // 50·0.9875 + 20·0.4375 + 30·0.2 = 49.375 + 8.75 + 6 = 64.125
    assertEquals(64.125, s.value(), EPS);
    assertEquals(64, s.score());
    String why = String.join("\n", s.explanation());
    assertTrue(why.startsWith("Score 64 = advisories 49.4 + sightings 8.8 + coverage 6.0"), why);
    assertTrue(why.contains("CVE-2099-1") && why.contains("CVSS 9.8"), why);
    assertTrue(why.contains("no CVSS score given, 5.0 assumed"), why);
    assertTrue(why.contains("known exploitation stated"), why);
    assertTrue(why.contains("sighting--0") && why.contains("gaps: sr-3, sr-5"), why);
  }

  @Test
  void severalNoticesOfOneVulnerabilityMakeOneTermWithTheirHighestFigures() {
    RiskScore s =
        RiskFormula.score(
            new RiskInputs(
                "acme",
                List.of(
                    new Finding(
                        "ACME-1",
                        "t",
                        "CVE-2099-7",
                        Outcome.POSSIBLY_AFFECTED,
                        "gadget 2",
                        7.5,
                        "cvss_v2",
                        null),
                    new Finding(
                        "ACME-2",
                        "t",
                        "CVE-2099-7",
                        Outcome.AFFECTED,
                        "widget 1",
                        6.1,
                        "cvss_v3 3.1",
                        null)),
                List.of(),
                attested(1.0)));
    // one term: weight max(0.5, 1.0) = 1.0, CVSS max(7.5, 6.1) = 7.5 → A = 1 − (1 − 0.75) = 0.75
    assertEquals(0.75, s.advisories().value(), EPS);
    assertEquals(50 * 0.75, s.value(), EPS);
    assertEquals(38, s.score()); // 37.5 rounds half up
  }

  @Test
  void manyLowOnesSaturateBelowOne() {
    List<Finding> low = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      low.add(finding("CVE-2099-" + i, Outcome.AFFECTED, 2.0, null));
    }
    RiskScore three = RiskFormula.score(new RiskInputs("acme", low, List.of(), attested(1.0)));
    // 1 − (1 − 0.2)^3 = 1 − 0.512 = 0.488, below one critical 9.8 alone (0.98)
    assertEquals(0.488, three.advisories().value(), EPS);
    RiskScore critical =
        RiskFormula.score(
            new RiskInputs(
                "acme",
                List.of(finding("CVE-2099-9", Outcome.AFFECTED, 9.8, null)),
                List.of(),
                attested(1.0)));
    assertTrue(three.value() < critical.value());
    for (int i = 3; i < 40; i++) {
      low.add(finding("CVE-2099-" + i, Outcome.AFFECTED, 2.0, null));
    }
    RiskScore forty = RiskFormula.score(new RiskInputs("acme", low, List.of(), attested(1.0)));
    // 1 − 0.8^40: bounded by 1, the part never exceeds its 50 points
    assertEquals(1 - Math.pow(0.8, 40), forty.advisories().value(), EPS);
    assertTrue(forty.advisories().points() < 50);
  }

  @Test
  void sightingsSaturate() {
    // one: 1 − 0.75 = 0.25 → 5 points; three: 1 − 0.421875 = 0.578125 → 11.5625 points
    assertEquals(
        0.25,
        RiskFormula.score(new RiskInputs("a", List.of(), sightings(1), attested(1.0)))
            .sightings()
            .value(),
        EPS);
    assertEquals(
        20 * 0.578125,
        RiskFormula.score(new RiskInputs("a", List.of(), sightings(3), attested(1.0))).value(),
        EPS);
  }

  @Test
  void partialCoverageCountsAsTheAttestationSays() {
    RiskScore s = RiskFormula.score(new RiskInputs("a", List.of(), List.of(), attested(0.25)));
    // 30·(1 − 0.25) = 22.5 → 23 shown
    assertEquals(22.5, s.value(), EPS);
    assertEquals(23, s.score());
  }

  @Test
  void impossibleFiguresAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> finding("CVE-1", Outcome.AFFECTED, 10.5, null));
    assertThrows(IllegalArgumentException.class, () -> attested(1.2));
  }
}
