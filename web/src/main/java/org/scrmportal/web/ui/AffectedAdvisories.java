package org.scrmportal.web.ui;

import java.time.Instant;
import java.util.List;

/**
 * The advisories that affect the signed-in organization's inventory, newest first: the first
 * section of the dashboard (the supplier capability's open notices).
 */
public interface AffectedAdvisories {

  /** One open notice: an advisory, the product of the inventory it affects, and since when. */
  record Affected(
      long advisoryId,
      String trackingId,
      String title,
      String productName,
      String status,
      Instant createdAt) {}

  /** The caller organization's open notices, newest first. */
  List<Affected> open();

  /**
   * Whether the portal matches advisories against inventories at all (else the section says so).
   */
  boolean available();
}
