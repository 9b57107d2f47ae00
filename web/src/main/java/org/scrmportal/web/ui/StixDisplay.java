package org.scrmportal.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.scrmportal.access.Marking;
import org.scrmportal.identity.People;
import org.scrmportal.stix.ObjectCategory;
import org.scrmportal.taxii.TaxiiService.SeenVersion;

/**
 * How the STIX pages show objects: their names, their JSON laid out for reading, the dates people
 * type, the audience of a marking. Display only: what a caller may see is the service's to decide.
 */
final class StixDisplay {

  /** Every object type STIX 2.1 defines, sorted: the choices of the type filter. */
  static final List<String> TYPES =
      List.copyOf(
          Arrays.stream(ObjectCategory.values())
              .flatMap(c -> c.types().stream())
              .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));

  private static final Map<String, Object> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

  private StixDisplay() {}

  /** The object's {@code name}, when it has one that is a string; else empty. */
  static Optional<String> name(String json) {
    return object(json)
        .map(o -> o.get("name"))
        .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
        .map(v -> ((JsonString) v).getString());
  }

  /** The JSON laid out with indentation, or as it came when it is not a JSON object. */
  static String pretty(String json) {
    Optional<JsonObject> object = object(json);
    if (object.isEmpty()) {
      return json;
    }
    StringWriter out = new StringWriter(json.length() * 2);
    try (JsonWriter writer = Json.createWriterFactory(PRETTY).createWriter(out)) {
      writer.writeObject(object.get());
    }
    return out.toString().strip();
  }

  private static Optional<JsonObject> object(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return Optional.of(reader.readObject());
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code added_after} from what a person typed: a date ({@code 2024-01-31}) is its start in UTC;
   * anything else goes as typed, for the query to accept as a timestamp or refuse; blank is none.
   */
  static String addedAfter(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String value = typed.strip();
    try {
      return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  /**
   * The audience a marking lists, in words: its organizations, communities (by name where known),
   * people (by user name, {@code personNames} from {@link People#usernames}) and minimum tier,
   * after its author.
   */
  static String audience(
      Marking marking, Map<String, String> communityNames, Map<String, String> personNames) {
    List<String> parts = new ArrayList<>();
    parts.add("author " + marking.author().value());
    if (!marking.organizations().isEmpty()) {
      parts.add("organizations " + String.join(", ", new TreeSet<>(marking.organizations())));
    }
    if (!marking.communities().isEmpty()) {
      parts.add(
          "communities "
              + String.join(
                  ", ",
                  marking.communities().stream()
                      .map(c -> communityNames.getOrDefault(c, c))
                      .sorted()
                      .toList()));
    }
    if (!marking.people().isEmpty()) {
      parts.add(
          "people "
              + String.join(
                  ", ",
                  marking.people().stream()
                      .map(p -> personNames.getOrDefault(p, People.NOT_SEEN_YET))
                      .sorted()
                      .toList()));
    }
    if (marking.minTier() != null) {
      parts.add("tier " + marking.minTier() + " and above");
    }
    return String.join("; ", parts);
  }

  /**
   * The version a page shows: the one whose version is {@code wanted}, else the latest, else the
   * newest of them (they come oldest first).
   */
  static Optional<SeenVersion> select(List<SeenVersion> versions, String wanted) {
    if (wanted != null && !wanted.isBlank()) {
      Optional<SeenVersion> named =
          versions.stream().filter(v -> wanted.equals(v.version().version())).findFirst();
      if (named.isPresent()) {
        return named;
      }
    }
    return versions.stream()
        .filter(v -> v.version().latest())
        .findFirst()
        .or(
            () ->
                versions.isEmpty()
                    ? Optional.empty()
                    : Optional.of(versions.get(versions.size() - 1)));
  }
}
