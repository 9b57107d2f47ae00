package org.scrmportal.baseline.oscal;

import java.util.List;
import java.util.Objects;

/**
 * A component's implementation of the controls of one catalog or profile ({@code source} is its
 * href), with a description (markdown) and the requirements, in order.
 */
public record ControlImplementation(
    String uuid, String source, String description, List<ImplementedRequirement> requirements) {

  public ControlImplementation {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(source, "source");
    description = description == null ? "" : description;
    requirements = requirements == null ? List.of() : List.copyOf(requirements);
  }
}
