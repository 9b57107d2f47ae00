package org.scrmportal.baseline.oscal;

import java.util.Objects;

/**
 * An OSCAL property: name, value, namespace ({@code null} for the OSCAL namespace {@code
 * http://csrc.nist.gov/ns/oscal}, whether written or by default) and class.
 */
public record Prop(String name, String value, String ns, String clazz) {

  public Prop {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
