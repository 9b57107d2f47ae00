package org.scrmportal.baseline.oscal;

import java.util.List;
import java.util.Objects;

/** A part of a control or group (statement, guidance, item...): prose as markdown. */
public record Part(
    String id, String name, String title, String prose, List<Prop> props, List<Part> parts) {

  public Part {
    Objects.requireNonNull(name, "name");
    props = props == null ? List.of() : List.copyOf(props);
    parts = parts == null ? List.of() : List.copyOf(parts);
  }
}
