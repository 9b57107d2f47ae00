package org.scrmportal.baseline.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scrmportal.baseline.ControlIds;

/**
 * How controls are cited in free text and in STIX external references: {@code <catalog> <control>},
 * where the catalog is a publication's catalog name, alias or title (or one of the {@link
 * #COMMON_NAMES}) and the control an OSCAL id ({@code sr-3.1}) or label ({@code SR-3(1)}, {@code
 * SR-3 (1)}). Plain Java, no database: which catalog a name means is decided by the caller ({@code
 * BaselineDirectory.cited}).
 */
public final class Citations {

  /** The catalog the demo standards body publishes NIST SP 800-53 rev5 under. */
  public static final String NIST_800_53_REV5 = "NIST_SP-800-53_rev5";

  /**
   * Common names of catalogs as people write them (lower case), to the catalog name they mean
   * (docs/MAPPINGS.md lists them).
   */
  public static final Map<String, String> COMMON_NAMES =
      Map.ofEntries(
          Map.entry("nist sp 800-53", NIST_800_53_REV5),
          Map.entry("nist sp 800-53 rev. 5", NIST_800_53_REV5),
          Map.entry("nist sp 800-53 rev 5", NIST_800_53_REV5),
          Map.entry("nist sp 800-53r5", NIST_800_53_REV5),
          Map.entry("nist sp 800-53 revision 5", NIST_800_53_REV5),
          Map.entry("nist special publication 800-53", NIST_800_53_REV5),
          Map.entry("nist special publication 800-53 revision 5", NIST_800_53_REV5),
          Map.entry("nist 800-53", NIST_800_53_REV5),
          Map.entry("nist 800-53 rev. 5", NIST_800_53_REV5),
          Map.entry("nist 800-53 rev 5", NIST_800_53_REV5),
          Map.entry("nist-800-53", NIST_800_53_REV5),
          Map.entry("sp 800-53", NIST_800_53_REV5),
          Map.entry("sp 800-53 rev. 5", NIST_800_53_REV5),
          Map.entry("nist_sp-800-53_rev5", NIST_800_53_REV5));

  /** A control id or label as a whole: two letters, a number, an optional enhancement. */
  private static final Pattern CONTROL =
      Pattern.compile("([A-Za-z]{2})-(\\d{1,3})(?:\\s?\\((\\d{1,3})\\)|\\.(\\d{1,3}))?");

  /** The same inside text: not part of a longer word or id. */
  private static final Pattern CONTROL_IN_TEXT =
      Pattern.compile(
          "(?<![A-Za-z0-9_-])[A-Za-z]{2}-\\d{1,3}(?:\\s?\\(\\d{1,3}\\)|\\.\\d{1,3})?(?![A-Za-z0-9_(-])");

  /** What may stand between two controls of one catalog: "SR-3, SR-11 and SR-5". */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*(?:,|;|/|&|and|or)?\\s*(?:and|or)?\\s*", Pattern.CASE_INSENSITIVE);

  /** How far before a control a catalog name is looked for, in characters. */
  private static final int NAME_WINDOW = 200;

  private Citations() {}

  /** A catalog as written and a control as {@code ControlIds.normalize} gives it. */
  public record Citation(String catalog, String controlId) {}

  /** The OSCAL id of a control id or label, if {@code text} is one. */
  public static Optional<String> controlId(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CONTROL.matcher(text.strip());
    return m.matches() ? Optional.of(ControlIds.normalize(m.group())) : Optional.empty();
  }

  /** The control a URL's fragment names ({@code ...#SR-3}, {@code ...#/control/sr-3.1}), if any. */
  public static Optional<String> controlInFragment(String url) {
    if (url == null) {
      return Optional.empty();
    }
    int hash = url.indexOf('#');
    if (hash < 0) {
      return Optional.empty();
    }
    String fragment = url.substring(hash + 1);
    return controlId(fragment.substring(fragment.lastIndexOf('/') + 1));
  }

  /** The catalog name a common name means ({@link #COMMON_NAMES}), else the name as written. */
  public static String catalogOf(String written) {
    String key = written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return COMMON_NAMES.getOrDefault(key, written.strip());
  }

  /**
   * The citations in {@code text}: each control id or label preceded by one of {@code names}
   * (case-insensitive; the longest that fits), or following a cited control with only a separator
   * between ("NIST SP 800-53 SR-3, SR-11 and SR-5").
   *
   * @param names the catalog names, aliases and titles to recognise, and the common names
   */
  public static List<Citation> inText(String text, Collection<String> names) {
    List<Citation> found = new ArrayList<>();
    if (text == null || text.isEmpty() || names.isEmpty()) {
      return found;
    }
    List<String> byLength =
        names.stream()
            .filter(n -> n != null && !n.isBlank())
            .map(n -> n.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    Matcher m = CONTROL_IN_TEXT.matcher(text);
    int lastEnd = -1;
    String lastCatalog = null;
    while (m.find()) {
      String catalog = null;
      if (lastCatalog != null && SEPARATOR.matcher(text.substring(lastEnd, m.start())).matches()) {
        catalog = lastCatalog;
      } else {
        String before =
            text.substring(Math.max(0, m.start() - NAME_WINDOW), m.start())
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .replaceAll("[\\s:,]+$", "");
        for (String name : byLength) {
          if (before.endsWith(name)
              && (before.length() == name.length()
                  || !Character.isLetterOrDigit(
                      before.charAt(before.length() - name.length() - 1)))) {
            catalog = name;
            break;
          }
        }
      }
      if (catalog != null) {
        found.add(new Citation(catalog, ControlIds.normalize(m.group())));
        lastCatalog = catalog;
        lastEnd = m.end();
      } else {
        lastCatalog = null;
      }
    }
    return found;
  }
}
