package org.scrmportal.stix;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A STIX timestamp (STIX 2.1 section 2.15): an RFC 3339 date-time in UTC written with {@code Z},
 * {@code yyyy-mm-ddThh:mm:ss[.s+]Z}, with any number of sub-second digits. The text is kept exactly
 * as written (so {@code .000Z} stays {@code .000Z}); comparisons use the instant it denotes, to the
 * nanosecond (digits past the ninth cannot order two STIX timestamps in practice and are ignored
 * for ordering only). A leap second ({@code :60}) is accepted, as RFC 3339 allows, and orders as
 * the last nanosecond of its minute.
 */
public final class StixTimestamp implements Comparable<StixTimestamp> {

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?Z");

  private final String text;
  private final Instant instant;
  private final int fractionDigits;

  private StixTimestamp(String text, Instant instant, int fractionDigits) {
    this.text = text;
    this.instant = instant;
    this.fractionDigits = fractionDigits;
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException when it is not a STIX timestamp
   */
  public static StixTimestamp parse(String text) {
    Objects.requireNonNull(text, "text");
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + StixId.abbreviate(text)
                        + "' is not a STIX timestamp: expected an RFC 3339 UTC time such as "
                        + "2016-05-12T08:17:27.000Z (STIX 2.1 section 2.15)"));
  }

  /** {@link #parse} without the exception. */
  public static Optional<StixTimestamp> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = Integer.parseInt(m.group(6));
      String fraction = m.group(7) == null ? "" : m.group(7);
      int nanos =
          fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
      Instant instant;
      if (second == 60) {
        instant =
            date.atTime(LocalTime.of(hour, minute, 59, 999_999_999)).toInstant(ZoneOffset.UTC);
      } else {
        instant = date.atTime(LocalTime.of(hour, minute, second, nanos)).toInstant(ZoneOffset.UTC);
      }
      return Optional.of(new StixTimestamp(text, instant, fraction.length()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code text} is written like a timestamp, {@code yyyy-mm-ddThh:mm:ss[.s+]Z}, whether or
   * not it names a real date and time (2016-02-30 has the shape and does not).
   */
  public static boolean hasTimestampShape(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  /** The timestamp exactly as written. */
  public String text() {
    return text;
  }

  /** The instant it denotes (truncated to nanoseconds). */
  public Instant instant() {
    return instant;
  }

  /** How many sub-second digits were written. */
  public int fractionDigits() {
    return fractionDigits;
  }

  /**
   * Whether it is precise to the millisecond or finer, as {@code created} and {@code modified} must
   * be (section 3.2).
   */
  public boolean hasMillisecondPrecision() {
    return fractionDigits >= 3;
  }

  public boolean isBefore(StixTimestamp other) {
    return instant.isBefore(other.instant);
  }

  public boolean isAfter(StixTimestamp other) {
    return instant.isAfter(other.instant);
  }

  @Override
  public int compareTo(StixTimestamp other) {
    return instant.compareTo(other.instant);
  }

  /**
   * Two timestamps are equal when they denote the same instant, however many zeros were written.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof StixTimestamp other && instant.equals(other.instant);
  }

  @Override
  public int hashCode() {
    return instant.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
