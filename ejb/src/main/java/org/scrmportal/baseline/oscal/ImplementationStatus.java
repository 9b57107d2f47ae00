package org.scrmportal.baseline.oscal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a component implements a control. OSCAL 1.1's component definition model has no status
 * for an implemented requirement, and its constraints allow only {@code marking} as a property name
 * in the OSCAL namespace there (OSCAL 1.1.3, component definition model, implemented requirement:
 * allowed values of {@code prop/@name}); so the status is carried as the property {@code
 * implementation-status} in our namespace {@value #PROP_NS}, with the values OSCAL's SSP model uses
 * for its implementation status ({@code implemented}, {@code partial}, {@code planned}, {@code
 * alternative}, {@code not-applicable}). A requirement without the property is {@link #IMPLEMENTED}
 * when it has a description (the component says how it implements the control) and {@link #PLANNED}
 * otherwise.
 */
public enum ImplementationStatus {
  IMPLEMENTED,
  PARTIAL,
  PLANNED,
  ALTERNATIVE,
  NOT_APPLICABLE;

  /** The property's name. */
  public static final String PROP_NAME = "implementation-status";

  /** The property's namespace (ours: OSCAL's constraints refuse the name in its namespace). */
  public static final String PROP_NS = "https://scrmportal.org/ns/oscal";

  /** The value as written in OSCAL ({@code not-applicable}). */
  public String value() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The status an OSCAL value names, if it names one. */
  public static Optional<ImplementationStatus> fromValue(String value) {
    return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
  }
}
