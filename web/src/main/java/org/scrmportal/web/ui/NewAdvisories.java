package org.scrmportal.web.ui;

import java.time.Instant;
import java.util.List;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.TlpLevel;

/**
 * The CSAF advisories the caller may see, as the dashboard shows what is new: the newest, and how
 * many arrived on each day by TLP level and as one type ({@link #TYPE}). Every count goes through
 * the access policy.
 */
public interface NewAdvisories {

  /** The series name of advisories in the chart by type. */
  String TYPE = org.scrmportal.advisory.AdvisoryArrivals.TYPE;

  /** One advisory as the dashboard lists it. */
  record NewAdvisory(
      long id,
      String trackingId,
      String version,
      String title,
      String publisher,
      TlpLevel tlp,
      Instant addedAt) {}

  List<NewAdvisory> newest(int limit);

  DailyCounts arrivalsByLevel(DailyCounts frame);
}
