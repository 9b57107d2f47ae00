package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.advisory.validation.OptionalInformativeDocs.raw;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The environmental scores test 6.2.19 relies on: the properties of a CVSS object merged with its
 * vector (the equations themselves: {@link CvssScoresTest}).
 */
class CvssEnvironmentalScoreTest {

  private static OptionalDouble v2(String json) {
    return CvssEnvironmentalScore.of(raw(json), true);
  }

  private static OptionalDouble v3(String json) {
    return CvssEnvironmentalScore.of(raw(json), false);
  }

  @Test
  void cvssV2PropertiesOverrideTheVector() {
    assertEquals(
        OptionalDouble.of(0.0),
        v2("{'targetDistribution': 'NONE', 'vectorString': 'AV:N/AC:L/Au:N/C:C/I:C/A:C/TD:H'}"));
    assertEquals(
        OptionalDouble.of(0.0),
        v2("{'environmentalScore': 0, 'vectorString': 'AV:N/AC:L/Au:N/C:C/I:C/A:C'}"));
    assertTrue(v2("{'vectorString': 'AV:N/AC:L'}").isEmpty(), "incomplete vector: unknown");
  }

  @Test
  void cvssV3() {
    // without environmental metrics the environmental score is the base score (9.8 here)
    assertEquals(
        OptionalDouble.of(9.8),
        v3("{'vectorString': 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'}"));
    assertEquals(
        OptionalDouble.of(0.0),
        v3("{'vectorString': 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/MC:N/MI:N/MA:N'}"));
    assertEquals(
        OptionalDouble.of(0.0),
        v3(
            "{'modifiedAvailabilityImpact': 'NONE', 'modifiedConfidentialityImpact': 'NONE',"
                + " 'modifiedIntegrityImpact': 'NONE', 'vectorString': 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'}"));
    assertTrue(
        v3("{'modifiedConfidentialityImpact': 'NONE', 'vectorString': 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'}")
                .getAsDouble()
            > 0);
    assertTrue(v3("{'vectorString': 'CVSS:3.1/AV:N'}").isEmpty(), "malformed vector: unknown");
  }
}
