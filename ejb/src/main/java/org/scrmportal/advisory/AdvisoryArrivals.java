package org.scrmportal.advisory;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.platform.DailyCounts;

/**
 * The advisories that arrived for the caller, day by day (the dashboard's charts): every revision
 * the access policy lets the caller see counts on the day it was added.
 */
@Stateless
@PermitAll
public class AdvisoryArrivals {

  /** The name of advisories among the STIX types of the chart by type. */
  public static final String TYPE = "csaf-advisory";

  @Inject JpaAdvisoryArrivals arrivals;

  @Inject CurrentViewer viewer;

  /** Per TLP level ({@code TlpLevel.name()}). */
  public DailyCounts byLevel(DailyCounts frame) {
    return arrivals.byLevel(viewer.get(), frame);
  }
}
