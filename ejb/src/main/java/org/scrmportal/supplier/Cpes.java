package org.scrmportal.supplier;

import java.util.Locale;
import java.util.Optional;
import us.springett.parsers.cpe.Cpe;
import us.springett.parsers.cpe.util.Relation;
import us.springett.parsers.cpe.values.Part;

/**
 * CPE matching (NISTIR 7696, CPE Name Matching) on what identifies a product: part, vendor and
 * product must not be disjoint (equal, or a wildcard on one side); update, edition, language,
 * software edition, target software and hardware and other must not be disjoint either. The version
 * is compared separately with version ranges, not as text.
 */
public final class Cpes {

  private Cpes() {}

  /** {@code part:vendor:product}, lower case, when none of them is a wildcard. */
  public static Optional<String> key(Cpe cpe) {
    String vendor = value(cpe.getVendor());
    String product = value(cpe.getProduct());
    if (cpe.getPart() == Part.ANY || vendor == null || product == null) {
      return Optional.empty();
    }
    return Optional.of(
        (cpe.getPart().getAbbreviation() + ":" + vendor + ":" + product).toLowerCase(Locale.ROOT));
  }

  /** Whether the two may name the same product (versions aside). */
  public static boolean sameProduct(Cpe a, Cpe b) {
    return compatible(Cpe.compareAttribute(a.getPart(), b.getPart()))
        && compatible(Cpe.compareAttribute(a.getVendor(), b.getVendor()))
        && compatible(Cpe.compareAttribute(a.getProduct(), b.getProduct()))
        && compatible(Cpe.compareAttribute(a.getUpdate(), b.getUpdate()))
        && compatible(Cpe.compareAttribute(a.getEdition(), b.getEdition()))
        && compatible(Cpe.compareAttribute(a.getLanguage(), b.getLanguage()))
        && compatible(Cpe.compareAttribute(a.getSwEdition(), b.getSwEdition()))
        && compatible(Cpe.compareAttribute(a.getTargetSw(), b.getTargetSw()))
        && compatible(Cpe.compareAttribute(a.getTargetHw(), b.getTargetHw()))
        && compatible(Cpe.compareAttribute(a.getOther(), b.getOther()));
  }

  /**
   * The version of a CPE as a range: ANY is every version, NA none to compare (null), a value with
   * wildcards ({@code 2.4*}) is matched as CPE matching says, anything else is that version.
   */
  static Match versionMatches(Cpe advisory, String version) {
    String v = advisory.getVersion();
    if (v == null || v.equals("*")) {
      return Match.YES;
    }
    if (v.equals("-")) {
      return Match.UNKNOWN;
    }
    if (v.contains("*") || v.contains("?")) {
      if (version == null) {
        return Match.UNKNOWN;
      }
      Relation r = Cpe.compareAttribute(v, version);
      return Match.of(r == Relation.SUPERSET || r == Relation.EQUAL);
    }
    return VersionRange.exactly(unquote(v)).contains(version);
  }

  private static boolean compatible(Relation relation) {
    return relation != Relation.DISJOINT;
  }

  /** A CPE attribute as plain text; null for ANY and NA. */
  static String value(String attribute) {
    if (attribute == null || attribute.equals("*") || attribute.equals("-")) {
      return null;
    }
    return unquote(attribute);
  }

  private static String unquote(String attribute) {
    return attribute.replaceAll("\\\\(.)", "$1");
  }
}
