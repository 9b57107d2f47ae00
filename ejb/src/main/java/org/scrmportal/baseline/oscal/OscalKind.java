package org.scrmportal.baseline.oscal;

/** TEMPORARY stand-in (contract section 1); removed before merge. */
public enum OscalKind {
  CATALOG,
  PROFILE,
  COMPONENT_DEFINITION
}
