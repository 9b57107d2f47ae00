package org.scrmportal.baseline.oscal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An OSCAL control with its enhancements ({@code controls}), in document order. */
public record Control(
    String id,
    String clazz,
    String title,
    List<Param> params,
    List<Prop> props,
    List<Link> links,
    List<Part> parts,
    List<Control> controls) {

  public Control {
    Objects.requireNonNull(id, "id");
    params = params == null ? List.of() : List.copyOf(params);
    props = props == null ? List.of() : List.copyOf(props);
    links = links == null ? List.of() : List.copyOf(links);
    parts = parts == null ? List.of() : List.copyOf(parts);
    controls = controls == null ? List.of() : List.copyOf(controls);
  }

  /**
   * The control's {@code label} property in the OSCAL namespace (e.g. {@code SR-3(1)}); the id in
   * upper case when there is none. When there are several, the first without a class is preferred
   * (NIST also gives a {@code sp800-53a} labelled one).
   */
  public String label() {
    Optional<Prop> plain =
        props.stream()
            .filter(p -> p.name().equals("label") && p.ns() == null && p.clazz() == null)
            .findFirst();
    return plain
        .or(
            () ->
                props.stream().filter(p -> p.name().equals("label") && p.ns() == null).findFirst())
        .map(Prop::value)
        .orElse(id.toUpperCase(java.util.Locale.ROOT));
  }
}
