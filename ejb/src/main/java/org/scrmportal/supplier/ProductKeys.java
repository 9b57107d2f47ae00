package org.scrmportal.supplier;

/**
 * The keys an advisory's product is matched by against inventory entries: its PURL key ({@link
 * Purls#key}), CPE key ({@link Cpes#key}) and normalized product name; each null where the product
 * has none or it does not parse. Worked out once per product, for the index and for matching.
 */
record ProductKeys(String purl, String cpe, String name) {

  static ProductKeys of(AdvisoryProduct p) {
    return new ProductKeys(
        key(() -> Purls.key(Component.parsePurl(p.purl())), p.purl()),
        key(() -> Cpes.key(Component.parseCpe(p.cpe())).orElse(null), p.cpe()),
        Component.normalize(p.product()));
  }

  private interface Key {
    String get();
  }

  private static String key(Key key, String source) {
    if (source == null) {
      return null;
    }
    try {
      return key.get();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
