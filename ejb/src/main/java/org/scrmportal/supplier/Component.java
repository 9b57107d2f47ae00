package org.scrmportal.supplier;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Locale;
import java.util.Optional;
import us.springett.parsers.cpe.Cpe;
import us.springett.parsers.cpe.CpeParser;
import us.springett.parsers.cpe.exceptions.CpeParsingException;

/**
 * What an organization depends on, as declared or read from an SBOM: a supplier, and a product by
 * PURL, CPE (2.2 URI or 2.3 formatted string) or vendor, name and version. Checked on construction:
 * an identifier that does not parse is refused with the reason.
 *
 * @param supplier who supplies it (free text), or null
 * @param vendor the vendor or publisher, or null
 * @param name the product or package name (from the PURL or CPE if not given)
 * @param version the version, or null when unknown (from the PURL or CPE if not given)
 * @param purl a package URL, or null
 * @param cpe a CPE name, or null
 */
public record Component(
    String supplier, String vendor, String name, String version, String purl, String cpe) {

  public static final int MAX_TEXT = 256;
  public static final int MAX_IDENTIFIER = 1000;

  public Component {
    supplier = clean(supplier, MAX_TEXT, "supplier");
    vendor = clean(vendor, MAX_TEXT, "vendor");
    name = clean(name, MAX_TEXT, "name");
    version = clean(version, 128, "version");
    purl = clean(purl, MAX_IDENTIFIER, "purl");
    cpe = clean(cpe, MAX_IDENTIFIER, "cpe");
    PackageURL parsedPurl = purl == null ? null : parsePurl(purl);
    Cpe parsedCpe = cpe == null ? null : parseCpe(cpe);
    if (name == null) {
      name =
          parsedPurl != null
              ? parsedPurl.getName()
              : parsedCpe != null ? Cpes.value(parsedCpe.getProduct()) : null;
    }
    if (version == null) {
      version =
          parsedPurl != null
              ? parsedPurl.getVersion()
              : parsedCpe != null ? Cpes.value(parsedCpe.getVersion()) : null;
    }
    if (vendor == null && parsedCpe != null) {
      vendor = Cpes.value(parsedCpe.getVendor());
    }
    if (name == null) {
      throw new IllegalArgumentException("a component needs a name, a purl or a cpe");
    }
  }

  /** The lookup key of its PURL ({@code type/namespace/name}), if it has one. */
  public Optional<String> purlKey() {
    return Optional.ofNullable(purl).map(p -> Purls.key(parsePurl(p)));
  }

  /** The lookup key of its CPE ({@code part:vendor:product}), if it has one. */
  public Optional<String> cpeKey() {
    return Optional.ofNullable(cpe).flatMap(c -> Cpes.key(parseCpe(c)));
  }

  /** The lookup key of its name: lower case, punctuation as single spaces. */
  public String nameKey() {
    return normalize(name);
  }

  static String normalize(String text) {
    return text == null
        ? null
        : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static PackageURL parsePurl(String purl) {
    try {
      return new PackageURL(purl);
    } catch (MalformedPackageURLException | RuntimeException e) {
      throw new IllegalArgumentException("not a package URL: " + e.getMessage());
    }
  }

  static Cpe parseCpe(String cpe) {
    try {
      return CpeParser.parse(cpe, true);
    } catch (CpeParsingException | RuntimeException e) {
      throw new IllegalArgumentException("not a CPE 2.2 or 2.3 name: " + e.getMessage());
    }
  }

  private static String clean(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new IllegalArgumentException(field + " is longer than " + max + " characters");
    }
    if (v.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(field + " holds control characters");
    }
    return v;
  }
}
