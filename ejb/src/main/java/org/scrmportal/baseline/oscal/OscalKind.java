package org.scrmportal.baseline.oscal;

/** The OSCAL models the portal reads (OSCAL 1.1, the root element or property of a document). */
public enum OscalKind {
  CATALOG("catalog"),
  PROFILE("profile"),
  COMPONENT_DEFINITION("component-definition");

  private final String rootName;

  OscalKind(String rootName) {
    this.rootName = rootName;
  }

  /** The name of the document's root: JSON/YAML property and XML element. */
  public String rootName() {
    return rootName;
  }
}
