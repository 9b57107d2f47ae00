package org.scrmportal.baseline.oscal;

/** TEMPORARY stand-in (contract section 1) until branch h10-oscal lands; removed at that merge. */
public enum OscalKind {
  CATALOG,
  PROFILE,
  COMPONENT_DEFINITION
}
