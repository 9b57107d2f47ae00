package org.scrmportal.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scrmportal.baseline.oscal.Catalog;
import org.scrmportal.baseline.oscal.Control;
import org.scrmportal.baseline.oscal.Group;
import org.scrmportal.baseline.oscal.Param;
import org.scrmportal.baseline.oscal.Part;

/**
 * The rows of {@code oscal_control} for a catalog (or a profile's resolved catalog): every control
 * in document order, enhancements right after their parent, each with its family (the id and title
 * of its top-level group), its search text (label, title, parameters and prose in lower case) and
 * the control itself, without its enhancements, as JSON for display.
 */
final class ControlRows {

  /** The package's one Jackson mapper (thread-safe once configured). */
  static final ObjectMapper JSON = new ObjectMapper();

  private ControlRows() {}

  static List<OscalControl.Row> of(Catalog catalog) {
    List<OscalControl.Row> rows = new ArrayList<>();
    for (Control control : catalog.controls()) {
      add(control, null, "", "", rows);
    }
    for (Group group : catalog.groups()) {
      addGroup(group, nz(group.id()), nz(group.title()), rows);
    }
    // a control id is unique in a catalog (OSCAL's index constraint); should a resolver ever repeat
    // one, the first stands
    Set<String> seen = new HashSet<>();
    List<OscalControl.Row> unique = new ArrayList<>();
    for (OscalControl.Row row : rows) {
      if (seen.add(row.controlId())) {
        unique.add(
            new OscalControl.Row(
                row.controlId(),
                row.label(),
                row.title(),
                row.family(),
                row.familyTitle(),
                row.parentId(),
                unique.size(),
                row.searchText(),
                row.detailJson()));
      }
    }
    return unique;
  }

  private static void addGroup(
      Group group, String family, String familyTitle, List<OscalControl.Row> rows) {
    for (Control control : group.controls()) {
      add(control, null, family, familyTitle, rows);
    }
    for (Group sub : group.groups()) {
      addGroup(sub, family, familyTitle, rows);
    }
  }

  private static void add(
      Control control,
      String parentId,
      String family,
      String familyTitle,
      List<OscalControl.Row> rows) {
    rows.add(
        new OscalControl.Row(
            control.id(),
            control.label(),
            nz(control.title()),
            family,
            familyTitle,
            parentId,
            rows.size(),
            searchText(control),
            detailJson(control)));
    for (Control enhancement : control.controls()) {
      add(enhancement, control.id(), family, familyTitle, rows);
    }
  }

  static String searchText(Control control) {
    StringBuilder text = new StringBuilder();
    text.append(control.label()).append('\n').append(nz(control.title())).append('\n');
    for (Param param : control.params()) {
      text.append(nz(param.label())).append('\n');
      param.guidelines().forEach(g -> text.append(g).append('\n'));
    }
    control.parts().forEach(p -> prose(p, text));
    return text.toString().toLowerCase(Locale.ROOT);
  }

  private static void prose(Part part, StringBuilder text) {
    if (part.title() != null) {
      text.append(part.title()).append('\n');
    }
    if (part.prose() != null) {
      text.append(part.prose()).append('\n');
    }
    part.parts().forEach(p -> prose(p, text));
  }

  /** The control without its enhancements (they have rows of their own). */
  static String detailJson(Control control) {
    Control alone =
        new Control(
            control.id(),
            control.clazz(),
            control.title(),
            control.params(),
            control.props(),
            control.links(),
            control.parts(),
            List.of());
    try {
      return JSON.writeValueAsString(alone);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Control control(String detailJson) {
    try {
      return JSON.readValue(detailJson, Control.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
