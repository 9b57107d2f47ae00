package org.scrmportal.supplier;

import java.util.List;
import java.util.Objects;

/**
 * One full product name of a CSAF product tree (section 3.1.2/3.1.3), with what the tree says about
 * it: the vendor, product name and version (or version range) of the branches it hangs from, and
 * its product identification helper (CPE, PURL, hashes). A product of a relationship (section
 * 3.1.4) carries the identifiers of the component it refers to ({@code product_reference}) and
 * names the relationship and the product it relates to.
 *
 * @param productId the {@code product_id}
 * @param name the full product name's {@code name}
 * @param vendor the {@code vendor} branch's name, or null
 * @param product the {@code product_name} branch's name, or null
 * @param version the {@code product_version} branch's name, or null
 * @param versionRange the {@code product_version_range} branch's name, or null
 * @param cpe the helper's {@code cpe}, or null
 * @param purl the helper's {@code purl}, or null
 * @param hashes the helper's file hashes as {@code filename algorithm:value}
 * @param relationship the relationship's category (e.g. {@code installed_on}), or null
 * @param relatesTo the {@code relates_to_product_reference} of a relationship, or null
 */
public record AdvisoryProduct(
    String productId,
    String name,
    String vendor,
    String product,
    String version,
    String versionRange,
    String cpe,
    String purl,
    List<String> hashes,
    String relationship,
    String relatesTo) {

  public AdvisoryProduct {
    Objects.requireNonNull(productId, "productId");
    hashes = List.copyOf(hashes);
  }
}
