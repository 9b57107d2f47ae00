package org.scrmportal.stix.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StixPatternCheckerTest {

  private final StixPatternChecker checker = new StixPatternChecker();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[ipv4-addr:value = '198.51.100.1/32']",
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name LIKE 'x%']",
        "([ipv4-addr:value = '203.0.113.1'] OR [ipv4-addr:value = '203.0.113.2']) FOLLOWEDBY [domain-name:value = 'example.com'] WITHIN 600 SECONDS",
        "[network-traffic:dst_port IN (80, 443) AND network-traffic:src_port NOT <= 1023] REPEATS 5 TIMES",
        "[x-acme-part:serial ISSUBSET '10.0.0.0/8'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.000Z'",
        "[artifact:payload_bin = b'aGVsbG8='] AND [file:size >= 10 AND file:x_flag = true]",
        "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\Software' AND windows-registry-key:values[0].data = h'ff00']"
      })
  void acceptsPatterns(String pattern) {
    assertEquals(List.of(), checker.check(pattern));
  }

  @Test
  void reportsLineAndColumnOfWhatWasExpected() {
    List<StixPatternChecker.PatternError> errors =
        checker.check("[file:name = 'a.exe'\n  AND file:size > ]");

    assertEquals(1, errors.size(), errors::toString);
    StixPatternChecker.PatternError error = errors.get(0);
    assertEquals(2, error.line());
    assertEquals(19, error.column());
    assertTrue(
        error.message().startsWith("missing {IntNegLiteral, IntPosLiteral")
            && error.message().endsWith("at ']'"),
        error.message());
    assertTrue(error.toString().startsWith("line 2, column 19: "), error.toString());
  }

  @Test
  void reportsAQualifierItDoesNotKnow() {
    List<StixPatternChecker.PatternError> errors =
        checker.check("[ipv4-addr:value = '1.2.3.4'] WITHIN 5 MINUTES");

    assertEquals(
        "line 1, column 40: mismatched input 'MINUTES' expecting 'SECONDS'",
        errors.get(0).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ipv4-addr:value = '1.2.3.4'",
        "[ipv4-addr:value = '1.2.3.4'",
        "[ipv4-addr:value = 1.2.3.4]",
        "[ipv4-addr:value = '1.2.3.4'] garbage",
        "[file:name = 'x' OR]",
        "[file:name ~ 'x']",
        "[NOT network-traffic:src_port < 1024]"
      })
  void refusesWhatIsNoPattern(String pattern) {
    assertTrue(!checker.check(pattern).isEmpty(), pattern);
  }

  private static final String ATOM = "[file:name = 'x']";

  /** {@code levels} of nesting: parentheses around one observation, whose bracket is one more. */
  private static String nested(int levels) {
    return "(".repeat(levels - 1) + ATOM + ")".repeat(levels - 1);
  }

  @Test
  void nestingAtTheLimitIsAccepted() {
    assertEquals(List.of(), checker.check(nested(StixPatternChecker.DEFAULT_MAX_DEPTH)));
    assertEquals(
        List.of(),
        checker.check(
            "["
                + "(".repeat(StixPatternChecker.DEFAULT_MAX_DEPTH - 1)
                + "file:name = 'x'"
                + ")".repeat(StixPatternChecker.DEFAULT_MAX_DEPTH - 1)
                + "]"));
  }

  @Test
  void nestingBeyondTheLimitIsRefusedWithItsPlace() {
    List<StixPatternChecker.PatternError> errors =
        checker.check(nested(StixPatternChecker.DEFAULT_MAX_DEPTH + 1));

    assertEquals(1, errors.size(), errors::toString);
    assertEquals(
        "line 1, column 65: the pattern nests parentheses and brackets deeper than the limit of 64"
            + " levels",
        errors.get(0).toString());
  }

  @Test
  void theLimitIsConfigurable() {
    StixPatternChecker strict = new StixPatternChecker(3, 1000);

    assertEquals(List.of(), strict.check(nested(3)));
    assertTrue(strict.check(nested(4)).get(0).message().contains("limit of 3 levels"));
  }

  @ParameterizedTest
  @ValueSource(ints = {10_000, 100_000})
  void deepNestingFailsFastWithoutOverflowingTheStack(int levels) {
    List<StixPatternChecker.PatternError> outside =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> checker.check(nested(levels)));
    List<StixPatternChecker.PatternError> inside =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                checker.check(
                    "[" + "(".repeat(levels) + "file:name = 'x'" + ")".repeat(levels) + "]"));
    List<StixPatternChecker.PatternError> unclosed =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> checker.check("(".repeat(levels)));

    for (List<StixPatternChecker.PatternError> errors : List.of(outside, inside, unclosed)) {
      assertEquals(1, errors.size(), errors::toString);
      assertTrue(errors.get(0).message().contains("deeper than the limit"), errors::toString);
    }
  }

  @Test
  void parenthesesInStringLiteralsDoNotCount() {
    assertEquals(
        List.of(),
        checker.check("[file:name = '" + "((([".repeat(1000) + "\\' ((']"),
        "parentheses, brackets and an escaped quote inside a string literal");
  }

  @ParameterizedTest
  @ValueSource(strings = {" AND ", " OR ", " FOLLOWEDBY "})
  void longFlatChainsAreParsedInTime(String operator) {
    String chain = ATOM + (operator + ATOM).repeat(20_000);

    List<StixPatternChecker.PatternError> errors =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> checker.check(chain));

    assertEquals(List.of(), errors);
  }

  @Test
  void aPatternLongerThanTheLimitIsRefusedBeforeParsing() {
    StixPatternChecker small = new StixPatternChecker(64, 100);

    List<StixPatternChecker.PatternError> errors = small.check(ATOM + " AND ".repeat(20) + ATOM);

    assertEquals(1, errors.size());
    assertTrue(errors.get(0).message().endsWith("the limit is 100 characters"), errors::toString);
  }

  @Test
  void atMostTenErrorsAreReported() {
    List<StixPatternChecker.PatternError> errors =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> checker.check(ATOM + " AND ".repeat(10_000)));

    assertEquals(StixPatternChecker.MAX_ERRORS + 1, errors.size());
    assertEquals(
        "and more errors from here on", errors.get(StixPatternChecker.MAX_ERRORS).message());
  }
}
