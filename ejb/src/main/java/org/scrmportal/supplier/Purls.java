package org.scrmportal.supplier;

import com.github.packageurl.PackageURL;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Package URL matching (purl specification): the same package is the same type, namespace and name,
 * as the library normalises them per type (e.g. lower case for {@code pypi}, {@code github});
 * qualifiers are extra qualifying data, so they only tell two packages apart where both name the
 * same qualifier with different values (e.g. {@code arch=x86_64} and {@code arch=aarch64}); a
 * subpath likewise where both give one. The version is compared separately.
 */
public final class Purls {

  private Purls() {}

  /** {@code type/namespace/name}, lower case: what inventory lookups go by. */
  public static String key(PackageURL purl) {
    return (purl.getType()
            + "/"
            + Objects.requireNonNullElse(purl.getNamespace(), "")
            + "/"
            + purl.getName())
        .toLowerCase(Locale.ROOT);
  }

  /** Whether the two name the same package (versions aside). */
  public static boolean samePackage(PackageURL a, PackageURL b) {
    if (!a.getType().equalsIgnoreCase(b.getType())
        || !Objects.equals(a.getNamespace(), b.getNamespace())
        || !a.getName().equals(b.getName())) {
      return false;
    }
    Map<String, String> qa = a.getQualifiers() == null ? Map.of() : a.getQualifiers();
    Map<String, String> qb = b.getQualifiers() == null ? Map.of() : b.getQualifiers();
    for (Map.Entry<String, String> q : qa.entrySet()) {
      String other = qb.get(q.getKey());
      if (other != null && !other.equals(q.getValue())) {
        return false;
      }
    }
    return a.getSubpath() == null
        || b.getSubpath() == null
        || a.getSubpath().equals(b.getSubpath());
  }
}
