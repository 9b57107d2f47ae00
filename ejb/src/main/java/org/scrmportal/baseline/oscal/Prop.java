package org.scrmportal.baseline.oscal;

import java.util.Objects;

/** An OSCAL property: name, value, namespace ({@code null} = the OSCAL namespace) and class. */
public record Prop(String name, String value, String ns, String clazz) {

  public Prop {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
