package org.scrmportal.baseline.oscal;

import java.util.List;
import java.util.Objects;

/** An OSCAL component definition as our model: what a supplier attests it implements. */
public record ComponentDefinition(
    String uuid, String title, String version, List<Component> components) {

  public ComponentDefinition {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    components = components == null ? List.of() : List.copyOf(components);
  }
}
