package org.scrmportal.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.scrmportal.platform.DailyCounts;

/** {@link NewAdvisories} while the portal stores no advisories. */
@ApplicationScoped
public class NoAdvisories implements NewAdvisories {

  @Override
  public List<NewAdvisory> newest(int limit) {
    return List.of();
  }

  @Override
  public DailyCounts arrivalsByLevel(DailyCounts frame) {
    return frame;
  }

  @Override
  public DailyCounts arrivalsByType(DailyCounts frame) {
    return frame;
  }
}
