package org.scrmportal.baseline;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Control identifiers as people and documents write them, turned into OSCAL control ids: the labels
 * {@code SR-3(1)}, {@code SR-3 (1)}, {@code SR-3.1} and {@code sr-3.1} all name {@code sr-3.1},
 * {@code AC-2} names {@code ac-2} (NIST SP 800-53 rev5 in OSCAL: family in lower case, a dash, the
 * number, enhancements after a dot, no leading zeros).
 */
public final class ControlIds {

  /**
   * A family, a number and optional enhancements: {@code SR-3(1)}, {@code sr-3.1}, {@code AC-02}.
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "([A-Za-z]{1,10})\\s*-\\s*0*(\\d{1,4})\\s*(?:(?:\\(\\s*0*(\\d{1,4})\\s*\\))|(?:\\.\\s*0*(\\d{1,4})))?");

  private ControlIds() {}

  /**
   * The OSCAL id a label or id names: a label of the NIST form ({@code SR-3(1)}, {@code SR-3 (1)},
   * {@code sr-3.1}, {@code AC-02}) in OSCAL form; anything else (ids of catalogs that follow no
   * such convention) as written, without surrounding blanks.
   *
   * @param label e.g. {@code SR-3(1)}, {@code SR-3 (1)}, {@code sr-3.1}, {@code AC-2}
   */
  public static String normalize(String label) {
    String s = Objects.requireNonNull(label, "label").strip();
    Matcher m = LABEL.matcher(s);
    if (!m.matches()) {
      return s;
    }
    String id = m.group(1).toLowerCase(Locale.ROOT) + "-" + Integer.parseInt(m.group(2));
    String enhancement = m.group(3) != null ? m.group(3) : m.group(4);
    return enhancement == null ? id : id + "." + Integer.parseInt(enhancement);
  }

  /** Whether {@code label} has the NIST label form that {@link #normalize} rewrites. */
  public static boolean isLabel(String label) {
    return label != null && LABEL.matcher(label.strip()).matches();
  }
}
