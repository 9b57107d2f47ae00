package org.scrmportal.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One version of one STIX 2.1 object, immutable: the object's JSON exactly as it was received, and
 * its common properties (STIX 2.1 section 3.2) read from it. The JSON text is the stored form; it
 * is never re-serialized, so custom objects and custom properties (sections 11.1-11.2) travel
 * verbatim.
 *
 * <p>A version is identified by {@link #versionKey()}: {@code (id, modified)}, or the id alone for
 * objects that are not versioned (SCOs, marking definitions).
 *
 * <p>Instances come from {@link BundleReader}, which validates them first, or from {@link
 * #fromStored(String)} for JSON this portal stored after such a validation.
 */
public final class StixObject {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String json;
  private final ObjectNode node;
  private final String type;
  private final StixId id;
  private final ObjectCategory category;
  private final Optional<String> specVersion;
  private final Optional<StixTimestamp> created;
  private final Optional<StixTimestamp> modified;
  private final boolean revoked;
  private final Optional<StixId> createdByRef;
  private final List<StixId> objectMarkingRefs;
  private final List<GranularMarking> granularMarkings;
  private final List<String> labels;
  private final OptionalInt confidence;
  private final boolean externalReferences;
  private final Set<String> extensions;

  /**
   * Reads the common properties of {@code node}, whose verbatim text is {@code json}.
   *
   * @throws IllegalArgumentException when a common property is missing or not of its type
   */
  StixObject(ObjectNode node, String json) {
    this.json = Objects.requireNonNull(json, "json");
    this.node = Objects.requireNonNull(node, "node");
    this.type =
        text(node, "type")
            .orElseThrow(() -> new IllegalArgumentException("a STIX object needs a type"));
    this.id =
        text(node, "id")
            .map(StixId::of)
            .orElseThrow(() -> new IllegalArgumentException("a STIX object needs an id"));
    if (!id.isOfType(type)) {
      throw new IllegalArgumentException("id " + id + " does not name an object of type " + type);
    }
    this.category = ObjectCategory.of(type);
    this.specVersion = text(node, "spec_version");
    this.created = text(node, "created").map(StixTimestamp::parse);
    this.modified = text(node, "modified").map(StixTimestamp::parse);
    this.revoked = node.path("revoked").asBoolean(false);
    this.createdByRef = text(node, "created_by_ref").map(StixId::of);
    this.objectMarkingRefs = ids(node.path("object_marking_refs"));
    this.granularMarkings = granularMarkings(node.path("granular_markings"));
    List<String> labelList = new ArrayList<>();
    node.path("labels").forEach(l -> labelList.add(l.asText()));
    this.labels = List.copyOf(labelList);
    JsonNode confidenceNode = node.get("confidence");
    this.confidence =
        confidenceNode != null && confidenceNode.canConvertToInt()
            ? OptionalInt.of(confidenceNode.intValue())
            : OptionalInt.empty();
    this.externalReferences = node.path("external_references").size() > 0;
    Set<String> extensionNames = new LinkedHashSet<>();
    node.path("extensions").fieldNames().forEachRemaining(extensionNames::add);
    this.extensions = Collections.unmodifiableSet(extensionNames);
  }

  /**
   * An object from its stored JSON text, as {@link #json()} gave it. This does not validate the
   * object again: use it for JSON that {@link BundleReader} accepted before.
   *
   * @throws IllegalArgumentException when the text is not a JSON object with the common properties
   */
  public static StixObject fromStored(String json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode parsed = MAPPER.readTree(json);
      if (!(parsed instanceof ObjectNode object)) {
        throw new IllegalArgumentException("stored STIX object is not a JSON object");
      }
      return new StixObject(object, json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "stored STIX object is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The object's JSON text, exactly as received: the stored form. */
  public String json() {
    return json;
  }

  /** A copy of the object as a Jackson tree (a copy, so this object stays immutable). */
  public ObjectNode node() {
    return node.deepCopy();
  }

  /** A copy of one property's value, if the object has it. */
  public Optional<JsonNode> property(String name) {
    return Optional.ofNullable(node.get(name)).map(JsonNode::deepCopy);
  }

  public String type() {
    return type;
  }

  public StixId id() {
    return id;
  }

  public ObjectCategory category() {
    return category;
  }

  /** {@code spec_version}; optional on SCOs (section 6) and absent from none of the others. */
  public Optional<String> specVersion() {
    return specVersion;
  }

  public Optional<StixTimestamp> created() {
    return created;
  }

  public Optional<StixTimestamp> modified() {
    return modified;
  }

  /** Whether the producer revoked the object (section 3.2); revoked versions are final. */
  public boolean revoked() {
    return revoked;
  }

  /** {@code created_by_ref}: the identity that created the object. */
  public Optional<StixId> createdByRef() {
    return createdByRef;
  }

  /** {@code object_marking_refs} (section 7.2.2), in order. */
  public List<StixId> objectMarkingRefs() {
    return objectMarkingRefs;
  }

  /** {@code granular_markings} (section 7.2.3), in order. */
  public List<GranularMarking> granularMarkings() {
    return granularMarkings;
  }

  public List<String> labels() {
    return labels;
  }

  /** {@code confidence}, 0 to 100 (section 3.2). */
  public OptionalInt confidence() {
    return confidence;
  }

  /** Whether {@code external_references} is present and not empty. */
  public boolean hasExternalReferences() {
    return externalReferences;
  }

  /** The keys of {@code extensions}: extension-definition ids or predefined {@code -ext} names. */
  public Set<String> extensions() {
    return extensions;
  }

  /**
   * The identity of this version: {@code (id, modified)}, or the id alone for objects that are not
   * versioned (SCOs and marking definitions) or carry no {@code modified}.
   */
  public VersionKey versionKey() {
    return new VersionKey(id, category.isVersioned() ? modified : Optional.empty());
  }

  /** Two objects are equal when their stored JSON texts are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof StixObject other && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return versionKey().toString();
  }

  /** Whether both hold the same JSON content, whatever the spacing and the order of properties. */
  public boolean sameContentAs(StixObject other) {
    return node.equals(other.node);
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(name + " must be a string");
    }
    return Optional.of(value.textValue());
  }

  private static List<StixId> ids(JsonNode array) {
    List<StixId> result = new ArrayList<>();
    array.forEach(v -> result.add(StixId.of(v.asText())));
    return List.copyOf(result);
  }

  private static List<GranularMarking> granularMarkings(JsonNode array) {
    List<GranularMarking> result = new ArrayList<>();
    for (JsonNode marking : array) {
      List<String> selectors = new ArrayList<>();
      marking.path("selectors").forEach(s -> selectors.add(s.asText()));
      result.add(
          new GranularMarking(
              text(marking, "marking_ref").map(StixId::of), text(marking, "lang"), selectors));
    }
    return List.copyOf(result);
  }
}
