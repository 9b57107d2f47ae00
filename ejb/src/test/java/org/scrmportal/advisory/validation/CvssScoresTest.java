package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The environmental equations computed here (CVSS v2.0, v3.0), checked against the worked examples
 * of the CVSS v2 guide and against the library's own scores.
 */
class CvssScoresTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // CVSS v2 complete documentation, section 3.3 (CVE-2002-0392, CVE-2003-0818, CVE-2003-0062)
    "AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H, 7.8, 6.4, 9.2",
    "AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:L, 10.0, 8.3, 9.0",
    "AV:L/AC:H/Au:N/C:C/I:C/A:C/E:POC/RL:OF/RC:C/CDP:N/TD:N/CR:M/IR:M/AR:M, 6.2, 4.9, 0.0"
  })
  void theCvssV2GuidesExamples(String vector, double base, double temporal, double environmental) {
    CvssScores.Scores scores = CvssScores.compute(vector);

    assertEquals(base, scores.base(), 1e-9);
    assertEquals(temporal, scores.temporal(), 1e-9);
    assertEquals(environmental, scores.environmental(), 1e-9);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AV:N/AC:L/Au:N/C:P/I:P/A:P",
        "AV:L/AC:H/Au:M/C:N/I:P/A:C/E:U/RL:TF/RC:UR",
        "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
        "CVSS:3.0/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N/E:U/RL:W/RC:R",
        "CVSS:3.0/AV:A/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N/E:F/RL:T/RC:U"
      })
  void withoutEnvironmentalMetricsTheEnvironmentalScoreIsTheTemporalScore(String vector) {
    CvssScores.Scores scores = CvssScores.compute(vector);

    assertEquals(scores.temporal(), scores.environmental(), 1e-9, vector);
  }

  @Test
  void v30AndV31AgreeWhereTheirEquationsAgree() {
    // the two versions differ only in the modified impact of a changed scope (and in rounding)
    for (String metrics :
        List.of(
            "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:L",
            "AV:N/AC:L/PR:L/UI:R/S:U/C:H/I:L/A:N/E:P/RL:O/RC:R/CR:H/IR:L/AR:M/MAC:H/MPR:H/MUI:N",
            "AV:L/AC:H/PR:H/UI:R/S:C/C:L/I:L/A:L/MS:U/MC:H/MI:N/MA:L",
            "AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N/MC:L")) {
      double v30 = CvssScores.compute("CVSS:3.0/" + metrics).environmental();
      double v31 = CvssScores.compute("CVSS:3.1/" + metrics).environmental();
      assertEquals(v31, v30, 1e-9, metrics);
    }
  }

  @Test
  void malformedVectorsHaveNoScores() {
    assertNull(CvssScores.compute("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/X:Y"));
    assertNull(CvssScores.compute("CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    assertNull(CvssScores.compute("AV:N/AC:L/Au:N/C:P/I:P/A:Q/CDP:Z"));
    assertNull(CvssScores.metrics("CVSS:3.1/AV"));
    assertEquals(Map.of("AV", "N", "AC", "L"), CvssScores.metrics("CVSS:3.1/AV:N/AC:L"));
  }

  @Test
  void severitiesOfTheV3Scale() {
    assertEquals(
        List.of("NONE", "LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH", "CRITICAL", "CRITICAL"),
        List.of(0.0, 0.1, 3.9, 4.0, 6.9, 7.0, 8.9, 9.0, 10.0).stream()
            .map(CvssScores::severity)
            .toList());
  }
}
