package org.scrmportal.advisory.validation;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of type {@code version_t} (CSAF 2.0 section 3.1.11): integer versioning (3.1.11.1) or
 * semantic versioning (3.1.11.2, SemVer 2.0.0), with SemVer 2.0.0 precedence (section 11 of SemVer:
 * build metadata ignored, a pre-release ranks below its normal version, pre-release identifiers
 * compared numerically when numeric, else in ASCII order, numeric below alphanumeric, more
 * identifiers rank higher when all earlier are equal). Integer versions compare by their integer;
 * an integer version compares with a semantic version by the integer against the major version,
 * then the integer ranks lower (mixed documents already fail 6.1.30).
 */
final class CsafVersionNumber implements Comparable<CsafVersionNumber> {

  private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]*");

  private static final String NUMERIC = "0|[1-9][0-9]*";
  private static final String PRE_ID = "(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)";
  private static final Pattern SEMANTIC =
      Pattern.compile(
          "("
              + NUMERIC
              + ")\\.("
              + NUMERIC
              + ")\\.("
              + NUMERIC
              + ")(?:-("
              + PRE_ID
              + "(?:\\."
              + PRE_ID
              + ")*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  private final String text;
  private final boolean semantic;
  private final BigInteger major;
  private final BigInteger minor;
  private final BigInteger patch;
  private final List<String> preRelease;
  private final String build;

  private CsafVersionNumber(
      String text,
      boolean semantic,
      BigInteger major,
      BigInteger minor,
      BigInteger patch,
      List<String> preRelease,
      String build) {
    this.text = text;
    this.semantic = semantic;
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.preRelease = preRelease;
    this.build = build;
  }

  /** The version {@code text}, or empty when it is neither integer nor semantic versioning. */
  static Optional<CsafVersionNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (INTEGER.matcher(text).matches()) {
      return Optional.of(
          new CsafVersionNumber(
              text, false, new BigInteger(text), BigInteger.ZERO, BigInteger.ZERO, List.of(), ""));
    }
    Matcher m = SEMANTIC.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\.", -1));
    return Optional.of(
        new CsafVersionNumber(
            text,
            true,
            new BigInteger(m.group(1)),
            new BigInteger(m.group(2)),
            new BigInteger(m.group(3)),
            pre,
            m.group(5) == null ? "" : m.group(5)));
  }

  /** Whether this is semantic versioning (3.1.11.2); otherwise integer versioning (3.1.11.1). */
  boolean semantic() {
    return semantic;
  }

  /** The integer of integer versioning, or the major version X of semantic versioning. */
  BigInteger major() {
    return major;
  }

  /** Whether this is {@code 0} (integer versioning) or {@code 0.y.z} (semantic versioning). */
  boolean initialDevelopment() {
    return major.signum() == 0;
  }

  /** Whether this has a pre-release part ({@code -rc.1}); never for integer versioning. */
  boolean preRelease() {
    return !preRelease.isEmpty();
  }

  /** The pre-release part without its leading dash, or {@code ""}. */
  String preReleasePart() {
    return String.join(".", preRelease);
  }

  /** The build metadata without its leading plus, or {@code ""}. */
  String buildMetadata() {
    return build;
  }

  @Override
  public int compareTo(CsafVersionNumber other) {
    int c = major.compareTo(other.major);
    if (c != 0) {
      return c;
    }
    if (semantic != other.semantic) {
      return semantic ? 1 : -1;
    }
    c = minor.compareTo(other.minor);
    if (c != 0) {
      return c;
    }
    c = patch.compareTo(other.patch);
    if (c != 0) {
      return c;
    }
    return comparePreRelease(preRelease, other.preRelease);
  }

  private static int comparePreRelease(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareIdentifier(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareIdentifier(String a, String b) {
    boolean numericA = isNumeric(a);
    boolean numericB = isNumeric(b);
    if (numericA && numericB) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    if (numericA != numericB) {
      return numericA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isNumeric(String identifier) {
    for (int i = 0; i < identifier.length(); i++) {
      char ch = identifier.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return !identifier.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsafVersionNumber v && text.equals(v.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
