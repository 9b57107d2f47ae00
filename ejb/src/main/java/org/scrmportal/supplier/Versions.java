package org.scrmportal.supplier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares versions the way release numbers are written: dotted numeric versions ({@code 1.2},
 * {@code 10.0.19041.1}, missing components count as 0) and Semantic Versioning 2.0.0 (pre-releases
 * before their release, compared identifier by identifier; build metadata ignored), with an
 * optional leading {@code v}. Anything else ({@code 2.4.1p1}, {@code 1:2.3-4ubuntu1}, {@code
 * 5.0.Final}) is unknown, unless the two are written identically: the comparison says so rather
 * than guessing.
 */
public final class Versions {

  /** How two versions relate. */
  public enum Order {
    LESS,
    EQUAL,
    GREATER,
    UNKNOWN
  }

  private static final Pattern VERSION =
      Pattern.compile(
          "[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  private Versions() {}

  public static Order compare(String a, String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return Order.UNKNOWN;
    }
    String left = strip(a);
    String right = strip(b);
    Parsed x = parse(left);
    Parsed y = parse(right);
    if (x == null || y == null) {
      return left.equalsIgnoreCase(right) ? Order.EQUAL : Order.UNKNOWN;
    }
    int c = compareNumbers(x.release, y.release);
    if (c == 0) {
      c = comparePreRelease(x.preRelease, y.preRelease);
    }
    return c < 0 ? Order.LESS : c > 0 ? Order.GREATER : Order.EQUAL;
  }

  /** Whether the text is a version this class compares (not only by identity). */
  public static boolean comparable(String version) {
    return version != null && parse(strip(version)) != null;
  }

  private static String strip(String version) {
    String v = version.strip();
    if (v.length() > 1
        && (v.charAt(0) == 'v' || v.charAt(0) == 'V')
        && Character.isDigit(v.charAt(1))) {
      return v.substring(1);
    }
    return v;
  }

  private record Parsed(List<String> release, List<String> preRelease) {}

  private static Parsed parse(String v) {
    if (v.length() > 256 || !VERSION.matcher(v).matches()) {
      return null;
    }
    String withoutBuild = v.contains("+") ? v.substring(0, v.indexOf('+')) : v;
    int dash = withoutBuild.indexOf('-');
    String release = dash < 0 ? withoutBuild : withoutBuild.substring(0, dash);
    List<String> pre =
        dash < 0 ? List.of() : List.of(withoutBuild.substring(dash + 1).split("\\.", -1));
    return new Parsed(List.of(release.split("\\.", -1)), pre);
  }

  private static int compareNumbers(List<String> a, List<String> b) {
    int n = Math.max(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = compareNumeric(i < a.size() ? a.get(i) : "0", i < b.size() ? b.get(i) : "0");
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** SemVer 2.0.0 section 11: a pre-release sorts before its release; identifiers one by one. */
  private static int comparePreRelease(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? (b.isEmpty() ? 0 : 1) : -1;
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean xn = x.chars().allMatch(Character::isDigit);
      boolean yn = y.chars().allMatch(Character::isDigit);
      int c;
      if (xn && yn) {
        c = compareNumeric(x, y);
      } else if (xn != yn) {
        c = xn ? -1 : 1;
      } else {
        c = x.toLowerCase(Locale.ROOT).compareTo(y.toLowerCase(Locale.ROOT));
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Digits of any length, without overflow: fewer significant digits is smaller. */
  private static int compareNumeric(String a, String b) {
    String x = a.replaceFirst("^0+(?=.)", "");
    String y = b.replaceFirst("^0+(?=.)", "");
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  /**
   * The release components of a dotted numeric version, for ranges such as {@code 4.1.x}; empty
   * when it is not one.
   */
  static List<String> numericComponents(String version) {
    String v = strip(version);
    if (!v.matches("[0-9]+(\\.[0-9]+)*")) {
      return List.of();
    }
    return new ArrayList<>(List.of(v.split("\\.")));
  }
}
