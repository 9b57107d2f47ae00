package org.scrmportal.stix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StixTimestampTest {

  @Test
  void keepsTheTextAsWritten() {
    StixTimestamp t = StixTimestamp.parse("2016-05-12T08:17:27.000Z");

    assertEquals("2016-05-12T08:17:27.000Z", t.text());
    assertEquals(Instant.parse("2016-05-12T08:17:27Z"), t.instant());
    assertTrue(t.hasMillisecondPrecision());
  }

  @Test
  void keepsFinerPrecisionAndOrdersByInstant() {
    StixTimestamp micro = StixTimestamp.parse("2014-05-08T09:00:00.000001Z");
    StixTimestamp milli = StixTimestamp.parse("2014-05-08T09:00:00.000Z");
    StixTimestamp seconds = StixTimestamp.parse("2014-05-08T09:00:00Z");

    assertEquals(6, micro.fractionDigits());
    assertTrue(micro.isAfter(milli));
    assertFalse(seconds.hasMillisecondPrecision());
    assertEquals(milli, seconds, "the same instant, written with more zeros");
    assertEquals("2014-05-08T09:00:00Z", seconds.toString());
  }

  @Test
  void acceptsALeapSecondAndManyDigits() {
    assertEquals(
        Instant.parse("2016-12-31T23:59:59.999999999Z"),
        StixTimestamp.parse("2016-12-31T23:59:60Z").instant());
    assertEquals(
        Instant.parse("2016-12-31T23:59:59.123456789Z"),
        StixTimestamp.parse("2016-12-31T23:59:59.1234567891234Z").instant());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-05-12T08:17:27.000",
        "2016-05-12T08:17:27.000+00:00",
        "2016-05-12 08:17:27Z",
        "2016-02-30T00:00:00Z",
        "2016-13-01T00:00:00Z",
        "2016-05-12T24:00:00Z",
        "2016-05-12T08:17:27.Z",
        ""
      })
  void refusesWhatIsNotAStixTimestamp(String text) {
    assertThrows(IllegalArgumentException.class, () -> StixTimestamp.parse(text));
  }
}
