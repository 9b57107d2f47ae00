package org.scrmportal.advisory;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precedence of {@code /document/tracking/version} values (CSAF 2.0 section 3.1.11): integer
 * versioning compares integers (3.1.11.1), semantic versioning compares as SemVer 2.0.0 does, build
 * metadata ignored and a pre-release below its normal version (3.1.11.2). A document keeps one
 * scheme: an integer and a semantic version are not comparable.
 */
public final class TrackingVersion {

  private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]*");

  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  private TrackingVersion() {}

  /**
   * Negative, zero or positive as {@code a} precedes, equals or follows {@code b}.
   *
   * @throws IllegalArgumentException when they follow different schemes, or either none
   */
  public static int compare(String a, String b) {
    if (INTEGER.matcher(a).matches() && INTEGER.matcher(b).matches()) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    Matcher x = SEMVER.matcher(a);
    Matcher y = SEMVER.matcher(b);
    if (!x.matches() || !y.matches()) {
      throw new IllegalArgumentException(
          "versions " + a + " and " + b + " do not follow the same versioning scheme");
    }
    for (int group = 1; group <= 3; group++) {
      int c = new BigInteger(x.group(group)).compareTo(new BigInteger(y.group(group)));
      if (c != 0) {
        return c;
      }
    }
    return comparePreRelease(x.group(4), y.group(4));
  }

  private static int comparePreRelease(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
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
}
