package org.scrmportal.stix.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
