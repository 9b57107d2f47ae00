package org.scrmportal.baseline.oscal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a component implements a control. Carried on an implemented requirement as the property
 * {@code implementation-status} in the OSCAL namespace, whose values OSCAL 1.1's constraints allow
 * on {@code prop[@name='implementation-status']} wherever they are checked ({@code implemented},
 * {@code partial}, {@code planned}, {@code alternative}, {@code not-applicable}); the component
 * definition model's constraints accept any prop name in the OSCAL namespace on an implemented
 * requirement. A requirement without the property is {@link #IMPLEMENTED} when it has a description
 * (the component says how it implements the control) and {@link #PLANNED} otherwise.
 */
public enum ImplementationStatus {
  IMPLEMENTED,
  PARTIAL,
  PLANNED,
  ALTERNATIVE,
  NOT_APPLICABLE;

  /** The property's name. */
  public static final String PROP_NAME = "implementation-status";

  /** The value as written in OSCAL ({@code not-applicable}). */
  public String value() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The status an OSCAL value names, if it names one. */
  public static Optional<ImplementationStatus> fromValue(String value) {
    return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
  }
}
