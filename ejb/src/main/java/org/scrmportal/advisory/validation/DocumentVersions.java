package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document versions ({@code version_t}: integer or semantic versioning, CSAF 2.0 section 3.1.11)
 * and the revision history sorted as tests 6.1.14 and 6.1.16 sort it: ascending by {@code date},
 * items of the same date ascending by {@code number}.
 */
final class DocumentVersions {

  private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]*");
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  private DocumentVersions() {}

  /** A parsed version: integer versions have only {@code major}. */
  record Version(
      String text,
      BigInteger major,
      BigInteger minor,
      BigInteger patch,
      String preRelease,
      String build) {

    /** The version without its build metadata. */
    String withoutBuild() {
      int plus = text.indexOf('+');
      return plus < 0 ? text : text.substring(0, plus);
    }

    /** The version without build metadata and pre-release part. */
    String withoutBuildAndPreRelease() {
      String core = withoutBuild();
      int minus = core.indexOf('-');
      return minus < 0 ? core : core.substring(0, minus);
    }
  }

  /** The version {@code text} denotes; null when it is neither kind of {@code version_t}. */
  static Version parse(String text) {
    if (text == null) {
      return null;
    }
    if (INTEGER.matcher(text).matches()) {
      return new Version(text, new BigInteger(text), BigInteger.ZERO, BigInteger.ZERO, null, null);
    }
    Matcher m = SEMVER.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return new Version(
        text,
        new BigInteger(m.group(1)),
        new BigInteger(m.group(2)),
        new BigInteger(m.group(3)),
        m.group(4),
        m.group(5));
  }

  /** Precedence of versions (SemVer 2.0.0 section 11; build metadata ignored). */
  static final Comparator<Version> PRECEDENCE =
      Comparator.comparing(Version::major)
          .thenComparing(Version::minor)
          .thenComparing(Version::patch)
          .thenComparing(DocumentVersions::comparePreRelease);

  private static int comparePreRelease(Version a, Version b) {
    if (a.preRelease() == null || b.preRelease() == null) {
      return a.preRelease() == null ? (b.preRelease() == null ? 0 : 1) : -1;
    }
    String[] x = a.preRelease().split("\\.");
    String[] y = b.preRelease().split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean xNumeric = x[i].chars().allMatch(Character::isDigit);
      boolean yNumeric = y[i].chars().allMatch(Character::isDigit);
      int c;
      if (xNumeric && yNumeric) {
        c = new BigInteger(x[i]).compareTo(new BigInteger(y[i]));
      } else if (xNumeric != yNumeric) {
        c = xNumeric ? -1 : 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** One item of the revision history with its place, date and number. */
  record Revision(int index, Instant date, Version number) {}

  /**
   * The items of {@code /document/tracking/revision_history} sorted ascending by date, then by
   * number; null when an item's date or number cannot be read (the schema reports those).
   */
  static List<Revision> sortedHistory(JsonNode document) {
    JsonNode history = document.path("document").path("tracking").path("revision_history");
    List<Revision> revisions = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      JsonNode item = history.get(i);
      Instant date = instant(item.path("date").textValue());
      Version number = parse(item.path("number").textValue());
      if (date == null || number == null) {
        return null;
      }
      revisions.add(new Revision(i, date, number));
    }
    revisions.sort(
        Comparator.comparing(Revision::date)
            .thenComparing(Revision::number, PRECEDENCE)
            .thenComparingInt(Revision::index));
    return revisions;
  }

  /** A {@code date-time} as an instant; null when it is not one. */
  static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text.replace('t', 'T').replace('z', 'Z')).toInstant();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
