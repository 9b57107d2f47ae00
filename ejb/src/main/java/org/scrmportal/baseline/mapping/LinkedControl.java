package org.scrmportal.baseline.mapping;

import java.util.Set;

/**
 * A control a threat is linked to.
 *
 * @param controlId the OSCAL id ({@code sr-3.1})
 * @param label the label as NIST writes it ({@code SR-3(1)})
 * @param publicationId the newest publication the viewer may see that holds the control (for a link
 *     to its page), else null
 */
public record LinkedControl(
    String catalogName,
    String controlId,
    String label,
    Set<LinkSource> sources,
    Long publicationId) {

  /** The same control in a publication. */
  public LinkedControl in(Long publication) {
    return new LinkedControl(catalogName, controlId, label, sources, publication);
  }

  /** {@code sr-3.1} as {@code SR-3(1)}. */
  public static String labelOf(String controlId) {
    String upper = controlId.toUpperCase(java.util.Locale.ROOT);
    int dot = upper.indexOf('.');
    return dot < 0 ? upper : upper.substring(0, dot) + "(" + upper.substring(dot + 1) + ")";
  }
}
