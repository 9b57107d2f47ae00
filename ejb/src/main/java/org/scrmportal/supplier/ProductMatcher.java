package org.scrmportal.supplier;

import com.github.packageurl.PackageURL;
import java.util.Objects;
import java.util.Optional;
import us.springett.parsers.cpe.Cpe;

/**
 * Whether a component of an inventory is a product an advisory names with a status: by package URL
 * where both have one ({@link Purls}), else by CPE where both have one ({@link Cpes}), else by
 * vendor and product name; then by version, never as text: the advisory's version (PURL, CPE,
 * {@code product_version}) or range ({@code product_version_range}, vers or legacy), widened as the
 * status says ({@code first_affected} and {@code first_fixed} from that version on, {@code
 * last_affected} up to it). Three-valued: a version that cannot be compared is {@link
 * Match#UNKNOWN}.
 */
public final class ProductMatcher {

  private ProductMatcher() {}

  public static Match matches(AdvisoryProduct product, ProductStatus status, Component component) {
    Optional<PackageURL> advisoryPurl = purl(product.purl());
    Optional<PackageURL> componentPurl = purl(component.purl());
    if (advisoryPurl.isPresent() && componentPurl.isPresent()) {
      if (!Purls.samePackage(advisoryPurl.get(), componentPurl.get())) {
        return Match.NO;
      }
      String version = advisoryPurl.get().getVersion();
      return range(product, status, version).contains(component.version());
    }
    Optional<Cpe> advisoryCpe = cpe(product.cpe());
    Optional<Cpe> componentCpe = cpe(component.cpe());
    if (advisoryCpe.isPresent() && componentCpe.isPresent()) {
      if (!Cpes.sameProduct(advisoryCpe.get(), componentCpe.get())) {
        return Match.NO;
      }
      String v = advisoryCpe.get().getVersion();
      if (v != null && !v.equals("*") && (v.contains("*") || v.contains("?") || v.equals("-"))) {
        return Cpes.versionMatches(advisoryCpe.get(), component.version());
      }
      return range(product, status, Cpes.value(v)).contains(component.version());
    }
    String name = product.product() != null ? product.product() : null;
    if (name == null
        || !Objects.equals(Component.normalize(name), component.nameKey())
        || product.vendor() != null
            && component.vendor() != null
            && !Component.normalize(product.vendor())
                .equals(Component.normalize(component.vendor()))) {
      return Match.NO;
    }
    String identifierVersion =
        advisoryPurl
            .map(PackageURL::getVersion)
            .orElseGet(() -> advisoryCpe.map(c -> Cpes.value(c.getVersion())).orElse(null));
    return range(product, status, identifierVersion).contains(component.version());
  }

  /**
   * The versions the product stands for with this status: an identifier's version first, else the
   * branch's version or range, else (a product named without any version) every version.
   */
  static VersionRange range(
      AdvisoryProduct product, ProductStatus status, String identifierVersion) {
    String version = identifierVersion != null ? identifierVersion : product.version();
    if (version == null) {
      if (product.versionRange() != null) {
        return VersionRange.parse(product.versionRange())
            .orElseGet(() -> VersionRange.unreadable(product.versionRange()));
      }
      return VersionRange.all();
    }
    return switch (status) {
      case FIRST_AFFECTED, FIRST_FIXED ->
          VersionRange.parse("vers:generic/>=" + encode(version))
              .orElseGet(() -> VersionRange.unreadable(version));
      case LAST_AFFECTED ->
          VersionRange.parse("vers:generic/<=" + encode(version))
              .orElseGet(() -> VersionRange.unreadable(version));
      default -> VersionRange.exactly(version);
    };
  }

  private static String encode(String version) {
    return java.net.URLEncoder.encode(version, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Optional<PackageURL> purl(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(Component.parsePurl(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Cpe> cpe(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(Component.parseCpe(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
