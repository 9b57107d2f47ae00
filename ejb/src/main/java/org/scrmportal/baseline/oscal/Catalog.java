package org.scrmportal.baseline.oscal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An OSCAL catalog as our model: its parameters, groups and top-level controls, in order. */
public record Catalog(
    String uuid,
    String title,
    String version,
    List<Param> params,
    List<Group> groups,
    List<Control> controls) {

  public Catalog {
    params = params == null ? List.of() : List.copyOf(params);
    groups = groups == null ? List.of() : List.copyOf(groups);
    controls = controls == null ? List.of() : List.copyOf(controls);
  }

  /**
   * Every control, depth-first in document order: the catalog's own controls first, then each
   * group's (sub-groups after the group's own controls); enhancements right after their parent.
   */
  public List<Control> allControls() {
    List<Control> all = new ArrayList<>();
    controls.forEach(c -> addWithEnhancements(c, all));
    groups.forEach(g -> addGroup(g, all));
    return List.copyOf(all);
  }

  /** The id of the top-level group holding the control (e.g. {@code sr}), if any. */
  public Optional<String> familyOf(String controlId) {
    for (Group group : groups) {
      if (contains(group, controlId)) {
        return Optional.ofNullable(group.id());
      }
    }
    return Optional.empty();
  }

  /** The control with that id, wherever it is. */
  public Optional<Control> control(String controlId) {
    return allControls().stream().filter(c -> c.id().equals(controlId)).findFirst();
  }

  private static void addGroup(Group group, List<Control> all) {
    group.controls().forEach(c -> addWithEnhancements(c, all));
    group.groups().forEach(g -> addGroup(g, all));
  }

  private static void addWithEnhancements(Control control, List<Control> all) {
    all.add(control);
    control.controls().forEach(c -> addWithEnhancements(c, all));
  }

  private static boolean contains(Group group, String controlId) {
    for (Control c : group.controls()) {
      if (contains(c, controlId)) {
        return true;
      }
    }
    for (Group g : group.groups()) {
      if (contains(g, controlId)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(Control control, String controlId) {
    if (control.id().equals(controlId)) {
      return true;
    }
    for (Control c : control.controls()) {
      if (contains(c, controlId)) {
        return true;
      }
    }
    return false;
  }
}
