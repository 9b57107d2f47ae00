package org.scrmportal.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSAF 2.0 section 3.1.2.3.2.1.6 {@code product_version_range}: vers and the legacy forms. */
class VersionRangeTest {

  @ParameterizedTest(name = "{1} in {0}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "vers:semver/>=2.0.0|<2.15.0; 2.14.1; YES",
        "vers:semver/>=2.0.0|<2.15.0; 2.15.0; NO",
        "vers:semver/>=2.0.0|<2.15.0; 1.9; NO",
        "vers:semver/>=2.0.0|<2.15.0; 2.0.0; YES",
        "vers:generic/<1.0|>=2.0|<3.0; 0.9; YES",
        "vers:generic/<1.0|>=2.0|<3.0; 1.5; NO",
        "vers:generic/<1.0|>=2.0|<3.0; 2.5; YES",
        "vers:generic/<1.0|>=2.0|<3.0; 3.0; NO",
        "vers:generic/>=4.0; 10.2; YES",
        "vers:generic/1.2.3|1.2.5; 1.2.5; YES",
        "vers:generic/1.2.3|1.2.5; 1.2.4; NO",
        "vers:generic/>=1.0|!=1.5|<2.0; 1.5; NO",
        "vers:generic/>=1.0|!=1.5|<2.0; 1.6; YES",
        "vers:generic/*; anything; YES",
        "vers:generic/<2.0; 2.4.1p1; UNKNOWN",
        "vers:generic/<2.0; ; UNKNOWN",
        "<= 4.2; 4.2; YES",
        "<= 4.2; 4.2.1; NO",
        ">=2.0 <3.0; 2.9.9; YES",
        ">= 2.0, < 3.0; 3.0; NO",
        "prior to 4.2; 4.1.9; YES",
        "prior to 4.2; 4.2; NO",
        "before v1.5; 1.4; YES",
        "4.1.x; 4.1.17; YES",
        "4.1.x; 4.2.0; NO",
        "2.0 - 2.5; 2.5; YES",
        "2.0 - 2.5; 2.6; NO",
        "from 2.0 to 2.5; 2.1; YES",
        "3.0 and later; 3.1; YES",
        "3.0 and later; 2.9; NO",
        "1.8 and earlier; 1.8; YES",
        "all versions; 0.0.1; YES",
        "some versions of the product; 1.0; UNKNOWN",
      })
  void decides(String range, String version, Match expected) {
    VersionRange r = VersionRange.parse(range).orElseGet(() -> VersionRange.unreadable(range));
    assertEquals(expected, r.contains(version));
  }

  @Test
  void anUnreadableRangeIsNotParsed() {
    assertTrue(VersionRange.parse("some versions of the product").isEmpty());
    assertTrue(VersionRange.parse("vers:generic/").isEmpty());
  }

  @Test
  void versVersionsArePercentDecoded() {
    assertEquals(
        Match.YES,
        VersionRange.parse("vers:semver/=1.0.0%2Bbuild.5").orElseThrow().contains("1.0.0"));
  }
}
