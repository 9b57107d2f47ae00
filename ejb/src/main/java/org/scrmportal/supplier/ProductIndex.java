package org.scrmportal.supplier;

import java.util.List;

/** The product index of stored advisories. */
public interface ProductIndex {

  void store(IndexedProduct product);

  /** A newer revision of the publisher's advisory was stored: its older rows are not matched. */
  void supersede(
      org.scrmportal.organization.OrganizationId publisher, String trackingId, long newest);

  /**
   * The products of the newest non-draft revisions whose PURL, CPE or name key is among these: for
   * matching entries just added to an inventory; what they say reaches an organization only as a
   * notice the policy lets it see.
   */
  List<IndexedProduct> candidates(
      java.util.Collection<String> purlKeys,
      java.util.Collection<String> cpeKeys,
      java.util.Collection<String> nameKeys);
}
