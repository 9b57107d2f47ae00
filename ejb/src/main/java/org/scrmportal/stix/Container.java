package org.scrmportal.stix;

/** What holds the objects of a body: a STIX bundle or a TAXII envelope. */
public enum Container {
  /** A STIX 2.1 bundle (section 8): {@code type} bundle, an {@code id}, {@code objects}. */
  BUNDLE,
  /** A TAXII 2.1 envelope (section 3.7), the body of Add Objects: {@code objects}, no id. */
  ENVELOPE
}
