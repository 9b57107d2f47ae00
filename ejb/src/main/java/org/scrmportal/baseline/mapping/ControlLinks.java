package org.scrmportal.baseline.mapping;

import java.util.List;
import org.scrmportal.access.Viewer;

/**
 * The read side of the links between controls and threats (OSCAL-CONTRACT section 3): only what the
 * viewer may see, the link's marking and its target both through the access policy; nothing about
 * an invisible link or target shows, not even a count.
 */
public interface ControlLinks {

  /** The STIX objects and advisories linked to a control, one entry per threat. */
  List<LinkedThreat> linked(Viewer viewer, String catalogName, String controlId);

  /** The controls a STIX object is linked to, where the viewer may see the object. */
  List<LinkedControl> controlsFor(Viewer viewer, String stixId);

  /** The controls an advisory revision is linked to, where the viewer may see it. */
  List<LinkedControl> controlsForAdvisory(Viewer viewer, long advisoryId);
}
