package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.scrmportal.advisory.Advisories;
import org.scrmportal.advisory.AdvisoryArrivals;
import org.scrmportal.advisory.AdvisoryQuery;
import org.scrmportal.platform.DailyCounts;

/** {@link NewAdvisories} from the advisory store, through the access policy. */
@RequestScoped
public class StoredAdvisories implements NewAdvisories {

  @EJB Advisories advisories;

  @EJB AdvisoryArrivals arrivals;

  @Override
  public List<NewAdvisory> newest(int limit) {
    return advisories.list(AdvisoryQuery.latest(limit)).stream()
        .map(
            a ->
                new NewAdvisory(
                    a.id(),
                    a.trackingId(),
                    a.version(),
                    a.title(),
                    a.publisherName(),
                    a.tlp(),
                    a.addedAt()))
        .toList();
  }

  @Override
  public DailyCounts arrivalsByLevel(DailyCounts frame) {
    return arrivals.byLevel(frame);
  }
}
