package org.scrmportal.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsTest {

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource({
    "1.2.3, 1.2.3, EQUAL",
    "1.2, 1.2.0, EQUAL",
    "v2.0.1, 2.0.1, EQUAL",
    "1.2.9, 1.2.10, LESS",
    "10.0, 9.9.9, GREATER",
    "2.14.1, 2.15.0, LESS",
    "10.0.19041.1, 10.0.19041.2, LESS",
    "1.0.0-alpha, 1.0.0, LESS",
    "1.0.0-alpha, 1.0.0-alpha.1, LESS",
    "1.0.0-alpha.1, 1.0.0-alpha.beta, LESS",
    "1.0.0-beta.2, 1.0.0-beta.11, LESS",
    "1.0.0-rc.1, 1.0.0, LESS",
    "1.0.0+build.1, 1.0.0+build.2, EQUAL",
    "99999999999999999999.1, 99999999999999999999.2, LESS",
    "2.4.1p1, 2.4.2, UNKNOWN",
    "1:2.3-4ubuntu1, 1:2.3-4ubuntu2, UNKNOWN",
    "5.0.Final, 5.0.Final, EQUAL",
    "abc, 1.0, UNKNOWN",
  })
  void compares(String a, String b, Versions.Order expected) {
    assertEquals(expected, Versions.compare(a, b));
  }

  @ParameterizedTest(name = "{0} vs {1} is the reverse of {1} vs {0}")
  @CsvSource({"1.2.9, 1.2.10", "1.0.0-alpha, 1.0.0", "3, 2.9.9"})
  void isAntisymmetric(String a, String b) {
    Versions.Order forward = Versions.compare(a, b);
    Versions.Order backward = Versions.compare(b, a);
    assertEquals(
        forward == Versions.Order.LESS ? Versions.Order.GREATER : Versions.Order.LESS, backward);
  }
}
