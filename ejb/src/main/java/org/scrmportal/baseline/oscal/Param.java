package org.scrmportal.baseline.oscal;

import java.util.List;
import java.util.Objects;

/** A control parameter: label, values or a selection, guideline prose (markdown), props. */
public record Param(
    String id,
    String label,
    List<String> values,
    Select select,
    List<String> guidelines,
    List<Prop> props) {

  public Param {
    Objects.requireNonNull(id, "id");
    values = values == null ? List.of() : List.copyOf(values);
    guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
    props = props == null ? List.of() : List.copyOf(props);
  }
}
