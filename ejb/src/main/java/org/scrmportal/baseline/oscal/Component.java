package org.scrmportal.baseline.oscal;

import java.util.List;
import java.util.Objects;

/** A defined component (OSCAL {@code type}: software, hardware, service, this-system...). */
public record Component(
    String uuid,
    String type,
    String title,
    String description,
    List<ControlImplementation> implementations) {

  public Component {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    description = description == null ? "" : description;
    implementations = implementations == null ? List.of() : List.copyOf(implementations);
  }
}
