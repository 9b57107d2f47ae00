package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CsafVersionNumber}: CSAF 2.0 3.1.11 version_t and SemVer 2.0.0 precedence. */
class CsafVersionNumberTest {

  private static CsafVersionNumber v(String text) {
    return CsafVersionNumber.parse(text).orElseThrow(() -> new AssertionError(text));
  }

  @Test
  void semVerPrecedenceOfItsSpecificationSection11() {
    List<String> ascending =
        List.of(
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.9.0",
            "1.10.0",
            "1.11.0",
            "2.0.0",
            "2.1.0",
            "2.1.1");
    for (int i = 0; i < ascending.size(); i++) {
      for (int j = 0; j < ascending.size(); j++) {
        int expected = Integer.signum(Integer.compare(i, j));
        assertEquals(
            expected,
            Integer.signum(v(ascending.get(i)).compareTo(v(ascending.get(j)))),
            ascending.get(i) + " vs " + ascending.get(j));
      }
    }
  }

  @Test
  void buildMetadataIsIgnoredInPrecedence() {
    assertEquals(0, v("1.0.0+20130313144700").compareTo(v("1.0.0+exp.sha.5114f85")));
    assertEquals("exp.sha.5114f85", v("1.0.0-beta+exp.sha.5114f85").buildMetadata());
    assertEquals("beta", v("1.0.0-beta+exp.sha.5114f85").preReleasePart());
  }

  @Test
  void integerVersioningComparesAsIntegers() {
    assertTrue(v("9").compareTo(v("10")) < 0);
    assertTrue(v("123456789012345678901234567890").compareTo(v("2")) > 0);
    assertFalse(v("10").semantic());
    assertFalse(v("10").preRelease());
    assertEquals(BigInteger.TEN, v("10").major());
  }

  @Test
  void initialDevelopmentIsVersionZero() {
    assertTrue(v("0").initialDevelopment());
    assertTrue(v("0.9.5").initialDevelopment());
    assertFalse(v("1").initialDevelopment());
    assertFalse(v("1.0.0-rc").initialDevelopment());
    assertTrue(v("1.0.0-rc").preRelease());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "01", "1.0", "1.0.0-", "1.0.0-01", "v1.0.0", "1.0.0+", "1.0.0-a..b", "-1"})
  void textsOutsideVersionTypeDoNotParse(String text) {
    assertTrue(CsafVersionNumber.parse(text).isEmpty(), text);
  }
}
