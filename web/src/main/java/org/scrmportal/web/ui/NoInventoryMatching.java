package org.scrmportal.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * {@link AffectedAdvisories} while the portal has no inventory matching: nothing is affected, and
 * the dashboard says that matching is not available.
 */
@ApplicationScoped
public class NoInventoryMatching implements AffectedAdvisories {

  @Override
  public List<Affected> open() {
    return List.of();
  }

  @Override
  public boolean available() {
    return false;
  }
}
