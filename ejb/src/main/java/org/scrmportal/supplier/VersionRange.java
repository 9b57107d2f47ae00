package org.scrmportal.supplier;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of versions as CSAF 2.0 writes it in a {@code product_version_range} branch (section
 * 3.1.2.3.2.1.6): the "vers" syntax of the package URL project ({@code
 * vers:<scheme>/<constraint>|<constraint>...}, constraints with the comparators {@code = != < <= >
 * >=} or {@code *}) or, as CSAF 2.0 still allows, the legacy free forms ({@code <= 4.2}, {@code
 * >=2.0 <3.0}, {@code prior to 4.2}, {@code 4.1.x}, {@code 2.0 - 2.5}, {@code all versions}).
 * Whether a version lies in it is three-valued: where a version does not compare ({@link
 * Versions}), the answer is {@link Match#UNKNOWN}.
 */
public final class VersionRange {

  /** One constraint: a comparator and a version ({@code *} has none). */
  record Constraint(String comparator, String version) {}

  private static final Pattern COMPARATOR =
      Pattern.compile("(<=|>=|!=|==|<|>|=)\\s*([^\\s<>=!,|]+)");
  private static final Pattern BELOW =
      Pattern.compile(
          "(?:before|prior to|earlier than|below|lower than|older than|less than"
              + "|up to (?:but )?(?:not including|excluding))\\s+v?(\\S+)");
  private static final Pattern UP_TO =
      Pattern.compile("(?:up to|through|until|to)\\s+(?:and including\\s+)?v?(\\S+)");
  private static final Pattern AND_EARLIER =
      Pattern.compile("v?(\\S+?)\\s*(?:and|or|&)\\s+(?:earlier|prior|below|lower|older|before)");
  private static final Pattern AND_LATER =
      Pattern.compile(
          "(?:v?(\\S+?)\\s*(?:and|or|&)\\s+(?:later|above|higher|newer|after|greater)"
              + "|(?:from|since|starting with|starting from)\\s+v?(\\S+)|v?([0-9][^\\s+]*)\\+)");
  private static final Pattern BETWEEN =
      Pattern.compile(
          "(?:between\\s+|from\\s+)?v?(\\S+?)\\s*(?:-|to|through|and|until)\\s*v?([0-9]\\S*)");
  private static final Pattern WILDCARD = Pattern.compile("v?([0-9]+(?:\\.[0-9]+)*)\\.(?:x|\\*)");

  private final String text;
  private final List<Constraint> constraints;

  private VersionRange(String text, List<Constraint> constraints) {
    this.text = text;
    this.constraints = List.copyOf(constraints);
  }

  /** A range for a single version (an advisory's {@code product_version}). */
  public static VersionRange exactly(String version) {
    return new VersionRange("= " + version, List.of(new Constraint("=", version)));
  }

  /** A range that could not be read: whether any version lies in it is unknown. */
  public static VersionRange unreadable(String text) {
    return new VersionRange(text, List.of());
  }

  /** Every version. */
  public static VersionRange all() {
    return new VersionRange("*", List.of(new Constraint("*", null)));
  }

  /**
   * The range a {@code product_version_range} names; empty where it is neither vers nor a legacy
   * form read here (such a range matches nothing with certainty: every answer is unknown).
   */
  public static Optional<VersionRange> parse(String text) {
    if (text == null || text.isBlank() || text.length() > 1000) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.regionMatches(true, 0, "vers:", 0, 5)) {
      return vers(t);
    }
    return legacy(t).map(c -> new VersionRange(t, c));
  }

  private static Optional<VersionRange> vers(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String body = text.substring(slash + 1).strip();
    if (body.equals("*")) {
      return Optional.of(new VersionRange(text, List.of(new Constraint("*", null))));
    }
    List<Constraint> result = new ArrayList<>();
    for (String raw : body.split("\\|")) {
      String c = raw.strip();
      if (c.isEmpty()) {
        return Optional.empty();
      }
      String comparator =
          c.startsWith("<=") || c.startsWith(">=") || c.startsWith("!=")
              ? c.substring(0, 2)
              : c.startsWith("<") || c.startsWith(">") || c.startsWith("=")
                  ? c.substring(0, 1)
                  : "=";
      String version =
          c.substring(comparator.equals("=") && !c.startsWith("=") ? 0 : comparator.length())
              .strip();
      if (version.isEmpty()) {
        return Optional.empty();
      }
      try {
        version = URLDecoder.decode(version, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      result.add(new Constraint(comparator, version));
    }
    return Optional.of(new VersionRange(text, result));
  }

  private static Optional<List<Constraint>> legacy(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    if (t.matches("\\*|all|any|all versions|any version|all releases")) {
      return Optional.of(List.of(new Constraint("*", null)));
    }
    Matcher m = WILDCARD.matcher(t);
    if (m.matches()) {
      List<String> prefix = Versions.numericComponents(m.group(1));
      List<String> next = new ArrayList<>(prefix);
      int last = next.size() - 1;
      next.set(
          last, new java.math.BigInteger(next.get(last)).add(java.math.BigInteger.ONE).toString());
      return Optional.of(
          List.of(
              new Constraint(">=", String.join(".", prefix)),
              new Constraint("<", String.join(".", next))));
    }
    if ((m = BELOW.matcher(t)).matches()) {
      return Optional.of(List.of(new Constraint("<", m.group(1))));
    }
    if ((m = UP_TO.matcher(t)).matches() || (m = AND_EARLIER.matcher(t)).matches()) {
      return Optional.of(List.of(new Constraint("<=", m.group(1))));
    }
    if ((m = AND_LATER.matcher(t)).matches()) {
      String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      return Optional.of(List.of(new Constraint(">=", v)));
    }
    String operators = t.replaceAll("\\b(and|&&)\\b|,", " ").strip();
    Matcher c = COMPARATOR.matcher(operators);
    List<Constraint> result = new ArrayList<>();
    int end = 0;
    while (c.find()) {
      if (!operators.substring(end, c.start()).isBlank()) {
        result.clear();
        break;
      }
      String comparator = c.group(1).equals("==") ? "=" : c.group(1);
      result.add(new Constraint(comparator, c.group(2).replaceFirst("^v(?=[0-9])", "")));
      end = c.end();
    }
    if (!result.isEmpty() && operators.substring(end).isBlank()) {
      return Optional.of(result);
    }
    if ((m = BETWEEN.matcher(t)).matches() && Versions.comparable(m.group(1))) {
      return Optional.of(
          List.of(new Constraint(">=", m.group(1)), new Constraint("<=", m.group(2))));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code version} lies in the range: the vers specification's algorithm (equalities,
   * exclusions, then the sorted range constraints two by two), three-valued.
   */
  public Match contains(String version) {
    if (constraints.stream().anyMatch(c -> c.comparator().equals("*"))) {
      return Match.YES;
    }
    if (constraints.isEmpty() || version == null || version.isBlank()) {
      return Match.UNKNOWN;
    }
    boolean unknownEqual = false;
    boolean unknownExcluded = false;
    for (Constraint c : constraints) {
      if (c.comparator().equals("=") || c.comparator().equals("!=")) {
        Versions.Order o = Versions.compare(version, c.version());
        if (o == Versions.Order.EQUAL) {
          return Match.of(c.comparator().equals("="));
        }
        if (o == Versions.Order.UNKNOWN) {
          unknownEqual |= c.comparator().equals("=");
          unknownExcluded |= c.comparator().equals("!=");
        }
      }
    }
    List<Constraint> ranges =
        constraints.stream()
            .filter(c -> !c.comparator().equals("=") && !c.comparator().equals("!="))
            .toList();
    if (ranges.isEmpty()) {
      return unknownEqual ? Match.UNKNOWN : Match.NO;
    }
    if (ranges.stream().anyMatch(c -> !Versions.comparable(c.version()))) {
      return Match.UNKNOWN;
    }
    List<Constraint> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparing(Constraint::version, VersionRange::order));
    Match result = Match.NO;
    if (sorted.size() == 1) {
      result = satisfies(version, sorted.get(0));
    }
    for (int i = 0; i + 1 < sorted.size(); i++) {
      Constraint current = sorted.get(i);
      Constraint next = sorted.get(i + 1);
      boolean currentBelow = current.comparator().startsWith("<");
      boolean nextAbove = next.comparator().startsWith(">");
      if (i == 0 && currentBelow) {
        result = result.or(satisfies(version, current));
      }
      if (i + 2 == sorted.size() && nextAbove) {
        result = result.or(satisfies(version, next));
      }
      if (!currentBelow && !nextAbove) {
        result = result.or(satisfies(version, current).and(satisfies(version, next)));
      }
    }
    if (result == Match.NO && unknownEqual || result == Match.YES && unknownExcluded) {
      return Match.UNKNOWN;
    }
    return result;
  }

  private static int order(String a, String b) {
    return switch (Versions.compare(a, b)) {
      case LESS -> -1;
      case GREATER -> 1;
      default -> 0;
    };
  }

  private static Match satisfies(String version, Constraint c) {
    Versions.Order o = Versions.compare(version, c.version());
    if (o == Versions.Order.UNKNOWN) {
      return Match.UNKNOWN;
    }
    return Match.of(
        switch (c.comparator()) {
          case "<" -> o == Versions.Order.LESS;
          case "<=" -> o != Versions.Order.GREATER;
          case ">" -> o == Versions.Order.GREATER;
          case ">=" -> o != Versions.Order.LESS;
          default -> throw new IllegalStateException(c.comparator());
        });
  }

  List<Constraint> constraints() {
    return constraints;
  }

  @Override
  public String toString() {
    return text;
  }
}
