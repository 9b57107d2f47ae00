package org.scrmportal.baseline.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The NIST SP 800-53 rev5 files in the project's resources, and an import source over them. */
final class Nist {

  static final String DIR = "/oscal/nist-sp800-53r5/";
  static final String HIGH_CATALOG =
      "NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json";

  private Nist() {}

  static byte[] bytes(String name) {
    String path = name.startsWith("/") ? name : DIR + name;
    try (InputStream in = Nist.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String profile(String level) {
    return "NIST_SP-800-53_rev5_" + level + "-baseline_profile.json";
  }

  static String resolved(String level) {
    return "NIST_SP-800-53_rev5_" + level + "-baseline-resolved-profile_catalog-min.json";
  }

  /** Maps the profiles' back-matter resource (NIST's full catalog) to the HIGH resolved catalog. */
  static ImportSource highCatalogAsFullCatalog(OscalDocument highCatalog) {
    return ref ->
        ref.href().equals("#84cbf061-eb87-4ec1-8112-1f529232e907")
                && ref.locations().stream()
                    .anyMatch(l -> l.endsWith("NIST_SP-800-53_rev5_catalog.json"))
            ? Optional.of(highCatalog)
            : Optional.empty();
  }
}
