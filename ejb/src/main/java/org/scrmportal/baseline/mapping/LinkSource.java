package org.scrmportal.baseline.mapping;

/** Where a link between a control and a threat comes from. */
public enum LinkSource {
  /** The STIX object's own {@code external_references} name the catalog and control. */
  STIX_REFERENCE,
  /** The CSAF advisory cites the control in a remediation, note or reference. */
  CSAF_CITATION,
  /** Someone linked them with the form (or {@code POST /api/baselines/links}). */
  FORM,
  /** A mapping document maps an identifier the object or advisory carries to the control. */
  MAPPING_DOCUMENT
}
