package org.scrmportal.baseline.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads mapping documents in the two formats of docs/MAPPINGS.md: CSV (RFC 4180, a header row
 * naming the columns) and JSON ({@code {"mappings": [{...}, ...]}}), with the same columns. Checks
 * the form of every row (catalog and control are checked against the published catalogs by the
 * caller) and reports every problem with its row and column.
 */
public final class MappingDocuments {

  /** The largest document read, in bytes. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The most rows one document holds. */
  public static final int MAX_ROWS = 5000;

  /** The most problems reported. */
  static final int MAX_PROBLEMS = 100;

  public static final String SOURCE_SCHEME = "source_scheme";
  public static final String SOURCE_ID = "source_id";
  public static final String CATALOG = "catalog";
  public static final String CONTROL = "control";
  public static final String RELATIONSHIP = "relationship";
  public static final String COMMENT = "comment";

  /** The relationships a row may state; {@code mitigates} when none is given. */
  public static final Set<String> RELATIONSHIPS = Set.of("mitigates", "detects", "related-to");

  private static final List<String> REQUIRED = List.of(SOURCE_SCHEME, SOURCE_ID, CATALOG, CONTROL);

  private static final Set<String> COLUMNS =
      Set.of(SOURCE_SCHEME, SOURCE_ID, CATALOG, CONTROL, RELATIONSHIP, COMMENT);

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build());
  }

  private MappingDocuments() {}

  /**
   * One row as written, its control normalized.
   *
   * @param row counted from 1
   */
  public record Row(
      int row,
      MappingScheme scheme,
      String sourceId,
      String catalog,
      String controlId,
      String relationship,
      String comment) {}

  /** The rows of a CSV or JSON document (JSON when its first non-blank character is '{'). */
  public static List<Row> read(byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new MappingInvalid(
          List.of(
              new MappingProblem(0, "", "A mapping document is at most " + MAX_BYTES + " bytes.")));
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String trimmed = text.stripLeading();
    List<Map<String, String>> records =
        trimmed.startsWith("{") || trimmed.startsWith("[") ? json(trimmed) : csv(text);
    if (records.isEmpty()) {
      throw new MappingInvalid(List.of(new MappingProblem(0, "", "The document has no rows.")));
    }
    if (records.size() > MAX_ROWS) {
      throw new MappingInvalid(
          List.of(
              new MappingProblem(
                  0,
                  "",
                  "A mapping document holds at most "
                      + MAX_ROWS
                      + " rows; this one has "
                      + records.size()
                      + ".")));
    }
    List<MappingProblem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < records.size() && problems.size() < MAX_PROBLEMS; i++) {
      row(i + 1, records.get(i), problems).ifPresent(rows::add);
    }
    if (!problems.isEmpty()) {
      throw new MappingInvalid(problems);
    }
    return rows;
  }

  private static java.util.Optional<Row> row(
      int n, Map<String, String> r, List<MappingProblem> problems) {
    int before = problems.size();
    for (String column : REQUIRED) {
      if (r.getOrDefault(column, "").isBlank()) {
        problems.add(new MappingProblem(n, column, "is required"));
      }
    }
    for (String column : r.keySet()) {
      String v = r.get(column);
      int max = column.equals(COMMENT) ? 2000 : 300;
      if (v != null && v.length() > max) {
        problems.add(new MappingProblem(n, column, "is longer than " + max + " characters"));
      }
    }
    if (problems.size() > before) {
      return java.util.Optional.empty();
    }
    MappingScheme scheme = MappingScheme.ofCode(r.get(SOURCE_SCHEME)).orElse(null);
    String sourceId = null;
    if (scheme == null) {
      problems.add(new MappingProblem(n, SOURCE_SCHEME, "must be one of attack, capec, cwe, stix"));
    } else {
      sourceId = ExternalReferences.canonical(scheme, r.get(SOURCE_ID)).orElse(null);
      if (sourceId == null) {
        problems.add(
            new MappingProblem(
                n, SOURCE_ID, "'" + r.get(SOURCE_ID).strip() + "' is not " + example(scheme)));
      }
    }
    String control = Citations.controlId(r.get(CONTROL)).orElse(null);
    if (control == null) {
      problems.add(
          new MappingProblem(
              n,
              CONTROL,
              "'"
                  + r.get(CONTROL).strip()
                  + "' is not a control id or label (such as SR-3, SR-3(1) or sr-3.1)"));
    }
    String relationship =
        r.getOrDefault(RELATIONSHIP, "").isBlank()
            ? "mitigates"
            : r.get(RELATIONSHIP).strip().toLowerCase(Locale.ROOT);
    if (!RELATIONSHIPS.contains(relationship)) {
      problems.add(
          new MappingProblem(
              n, RELATIONSHIP, "must be one of " + new java.util.TreeSet<>(RELATIONSHIPS)));
    }
    if (problems.size() > before) {
      return java.util.Optional.empty();
    }
    String comment = r.getOrDefault(COMMENT, "").strip();
    return java.util.Optional.of(
        new Row(
            n,
            scheme,
            sourceId,
            r.get(CATALOG).strip(),
            control,
            relationship,
            comment.isEmpty() ? null : comment));
  }

  private static String example(MappingScheme scheme) {
    return switch (scheme) {
      case ATTACK -> "an ATT&CK technique id (such as T1195 or T1195.002)";
      case CAPEC -> "a CAPEC id (such as CAPEC-437)";
      case CWE -> "a CWE id (such as CWE-79)";
      case STIX -> "a STIX id (type--uuid)";
    };
  }

  /** {@code {"mappings": [...]}} or a bare array of rows. */
  private static List<Map<String, String>> json(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new MappingInvalid(
          List.of(
              new MappingProblem(
                  0,
                  "",
                  "Not valid JSON at line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ".")));
    }
    JsonNode rows = root.isArray() ? root : root.path("mappings");
    if (!rows.isArray()) {
      throw new MappingInvalid(
          List.of(new MappingProblem(0, "mappings", "must be an array of rows")));
    }
    List<Map<String, String>> records = new ArrayList<>();
    List<MappingProblem> problems = new ArrayList<>();
    int n = 0;
    for (JsonNode row : rows) {
      n++;
      if (n > MAX_ROWS) {
        records.add(Map.of());
        continue;
      }
      Map<String, String> r = new HashMap<>();
      if (!row.isObject()) {
        problems.add(new MappingProblem(n, "", "must be an object"));
        continue;
      }
      var fields = row.fields();
      while (fields.hasNext()) {
        var f = fields.next();
        if (!COLUMNS.contains(f.getKey())) {
          problems.add(new MappingProblem(n, f.getKey(), "is not a column of a mapping"));
        } else if (!f.getValue().isTextual() && !f.getValue().isNull()) {
          problems.add(new MappingProblem(n, f.getKey(), "must be a string"));
        } else if (f.getValue().isTextual()) {
          r.put(f.getKey(), f.getValue().asText());
        }
      }
      records.add(r);
    }
    if (!problems.isEmpty()) {
      throw new MappingInvalid(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }
    return records;
  }

  /** RFC 4180: a header row, then rows; quoted fields may hold commas, quotes and line breaks. */
  private static List<Map<String, String>> csv(String text) {
    List<List<String>> lines = csvLines(text);
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header =
        lines.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    List<MappingProblem> problems = new ArrayList<>();
    for (String h : header) {
      if (!COLUMNS.contains(h)) {
        problems.add(new MappingProblem(0, h, "is not a column of a mapping"));
      }
    }
    for (String required : REQUIRED) {
      if (!header.contains(required)) {
        problems.add(new MappingProblem(0, required, "the header lacks this column"));
      }
    }
    if (!problems.isEmpty()) {
      throw new MappingInvalid(problems);
    }
    List<Map<String, String>> records = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> fields = lines.get(i);
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue; // a blank line
      }
      if (records.size() >= MAX_ROWS) {
        records.add(Map.of());
        continue;
      }
      if (fields.size() != header.size()) {
        problems.add(
            new MappingProblem(
                records.size() + 1,
                "",
                "has " + fields.size() + " fields; the header names " + header.size()));
      }
      Map<String, String> r = new HashMap<>();
      for (int c = 0; c < Math.min(fields.size(), header.size()); c++) {
        r.put(header.get(c), fields.get(c));
      }
      records.add(r);
    }
    if (!problems.isEmpty()) {
      throw new MappingInvalid(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }
    return records;
  }

  private static List<List<String>> csvLines(String text) {
    List<List<String>> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        lines.add(fields);
        fields = new ArrayList<>();
        any = false;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new MappingInvalid(
          List.of(new MappingProblem(lines.size(), "", "a quoted field is not closed")));
    }
    if (any) {
      fields.add(field.toString());
      lines.add(fields);
    }
    return lines;
  }
}
