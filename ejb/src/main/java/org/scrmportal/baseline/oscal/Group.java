package org.scrmportal.baseline.oscal;

import java.util.List;

/** A group of a catalog (a family in SP 800-53), with its sub-groups and controls. */
public record Group(
    String id,
    String clazz,
    String title,
    List<Param> params,
    List<Prop> props,
    List<Part> parts,
    List<Group> groups,
    List<Control> controls) {

  public Group {
    params = params == null ? List.of() : List.copyOf(params);
    props = props == null ? List.of() : List.copyOf(props);
    parts = parts == null ? List.of() : List.copyOf(parts);
    groups = groups == null ? List.of() : List.copyOf(groups);
    controls = controls == null ? List.of() : List.copyOf(controls);
  }
}
