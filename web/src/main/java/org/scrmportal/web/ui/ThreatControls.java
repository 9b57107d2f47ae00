package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrmportal.baseline.mapping.ControlMappings;
import org.scrmportal.baseline.mapping.LinkedControl;

/**
 * The controls a STIX object or an advisory is linked to, for their pages: only links the viewer
 * may see (the object or advisory page shows nothing more than the viewer may see anyway).
 */
@Named
@RequestScoped
public class ThreatControls {

  @EJB ControlMappings mappings;

  private final Map<String, List<LinkedControl>> cache = new HashMap<>();

  public List<LinkedControl> forObject(String stixId) {
    if (stixId == null || stixId.isBlank()) {
      return List.of();
    }
    return cache.computeIfAbsent("stix " + stixId, k -> mappings.controlsFor(stixId.strip()));
  }

  public List<LinkedControl> forAdvisory(String advisoryId) {
    long id;
    try {
      id = Long.parseLong(advisoryId == null ? "" : advisoryId.strip());
    } catch (NumberFormatException e) {
      return List.of();
    }
    return cache.computeIfAbsent("csaf " + id, k -> mappings.controlsForAdvisory(id));
  }
}
