package org.scrmportal.stix.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.SchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.scrmportal.platform.OfflineSchemas;
import org.scrmportal.stix.ObjectCategory;
import org.scrmportal.stix.Stix;

/**
 * The official STIX 2.1 JSON schemas (OASIS CTI TC, cti-stix2-json-schemas, draft 2020-12), read
 * from the copies bundled under {@code stix/schemas/} and compiled once, in the constructor.
 *
 * <p>The schemas name each other by web address ({@code $id} {@code
 * http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/...}). Those
 * addresses are served from the bundled copies; any other address is refused, and no schema is ever
 * fetched from the network (the validator's remote fetching is left off, and a last loader refuses,
 * and reports, whatever reaches it).
 *
 * <p>Valid objects, the common case, take a fast path (a yes/no validation that formats no
 * message); only an invalid object is validated again to collect every violation.
 *
 * <p>An object is validated against the schema of its {@code type}; a type the specification does
 * not define (a custom object, STIX 2.1 section 11) against the common core schema only. Instances
 * are immutable and thread-safe; share one ({@link #bundled()}).
 */
public final class StixSchemas {

  /** The schema of each STIX 2.1 type, relative to {@link Stix#SCHEMA_ID_PREFIX}. */
  private static final Map<String, String> SCHEMA_OF_TYPE = schemaOfType();

  private static final String CORE = "common/core.json";

  private static final class Shared {
    private static final StixSchemas INSTANCE = new StixSchemas();
  }

  /** One violation of a schema: where in the object (a JSON pointer), and what. */
  public record Violation(String pointer, String keyword, String message) {

    public Violation {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(message, "message");
    }
  }

  private final SchemaRegistry registry;
  private final Map<String, Schema> byType = new LinkedHashMap<>();
  private final Schema core;
  private final Set<String> referenceProperties;

  /**
   * Compiles every bundled schema; refused fetches are ignored (they fail the validation anyway).
   */
  public StixSchemas() {
    this(iri -> {});
  }

  /**
   * Compiles every bundled schema.
   *
   * @param refusedFetch told of every schema address that is not a bundled schema, before it is
   *     refused
   */
  StixSchemas(Consumer<String> refusedFetch) {
    ClassLoader classLoader = StixSchemas.class.getClassLoader();
    SchemaLoader loader =
        OfflineSchemas.loader("STIX", classLoader, StixSchemas::bundledResourceOf, refusedFetch);
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            .regularExpressionFactory(new RememberingRegularExpressions())
            .build();
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader).schemaRegistryConfig(config));
    for (Map.Entry<String, String> entry : SCHEMA_OF_TYPE.entrySet()) {
      byType.put(entry.getKey(), compile(Stix.SCHEMA_ID_PREFIX + entry.getValue()));
    }
    this.core = compile(Stix.SCHEMA_ID_PREFIX + CORE);
    this.referenceProperties = referenceProperties(classLoader);
  }

  /** The shared instance, compiled on first use. */
  public static StixSchemas bundled() {
    return Shared.INSTANCE;
  }

  /** The types that have a schema of their own. */
  public Set<String> types() {
    return SCHEMA_OF_TYPE.keySet();
  }

  /**
   * The names ending in {@code _ref} or {@code _refs} of the properties that the bundled schemas
   * define (e.g. {@code created_by_ref}, {@code where_sighted_refs}, {@code body_raw_ref}): the
   * references that the specification itself defines, whose values are identifiers (section 2.9).
   */
  public Set<String> referenceProperties() {
    return referenceProperties;
  }

  /**
   * Validates one STIX object against the schema of {@code type}, or the common core schema when
   * the specification defines no such type (or {@code type} is null).
   *
   * @return every violation; empty when the object is valid
   */
  public List<Violation> validate(String type, JsonNode object) {
    Schema schema = type == null ? core : byType.getOrDefault(type, core);
    if (schema.validate(object, OutputFormat.BOOLEAN)) {
      return List.of(); // the fast path: no messages are formatted for valid objects
    }
    return violations(schema.validate(object));
  }

  /**
   * Validates against the schema with {@code $id} {@code schemaIri}; for tests of the loading
   * rules.
   */
  List<Violation> validateAgainst(String schemaIri, JsonNode object) {
    return violations(compile(schemaIri).validate(object));
  }

  private Schema compile(String iri) {
    Schema schema = registry.getSchema(SchemaLocation.of(iri));
    schema.initializeValidators();
    return schema;
  }

  private static List<Violation> violations(List<Error> errors) {
    List<Violation> result = new ArrayList<>(errors.size());
    for (Error error : errors) {
      String pointer =
          error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
      result.add(new Violation(pointer, error.getKeyword(), error.getMessage()));
    }
    return List.copyOf(result);
  }

  private static Set<String> referenceProperties(ClassLoader classLoader) {
    Set<String> names = new java.util.TreeSet<>();
    List<String> files = new ArrayList<>(SCHEMA_OF_TYPE.values());
    files.addAll(
        List.of(CORE, "common/cyber-observable-core.json", "common/granular-marking.json"));
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (String file : files) {
      try (InputStream in = classLoader.getResourceAsStream(Stix.SCHEMA_RESOURCE_PREFIX + file)) {
        if (in == null) {
          throw new IllegalStateException("no bundled STIX schema " + file);
        }
        collectReferenceNames(mapper.readTree(in), names);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the bundled STIX schema " + file, e);
      }
    }
    return Set.copyOf(names);
  }

  private static void collectReferenceNames(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                String name = field.getKey();
                if ((name.endsWith("_ref") || name.endsWith("_refs"))
                    && field.getValue().isObject()) {
                  names.add(name);
                }
                collectReferenceNames(field.getValue(), names);
              });
    } else if (node.isArray()) {
      node.forEach(item -> collectReferenceNames(item, names));
    }
  }

  private static Map<String, String> schemaOfType() {
    Map<String, String> map = new LinkedHashMap<>();
    for (ObjectCategory category : ObjectCategory.values()) {
      String folder =
          switch (category) {
            case SDO -> "sdos/";
            case SRO -> "sros/";
            case SCO -> "observables/";
            case LANGUAGE_CONTENT, MARKING_DEFINITION, EXTENSION_DEFINITION -> "common/";
            case CUSTOM -> null;
          };
      if (folder != null) {
        category.types().forEach(type -> map.put(type, folder + type + ".json"));
      }
    }
    return Map.copyOf(map);
  }

  /** The bundled resource of an official STIX schema address, or null. */
  private static String bundledResourceOf(String address) {
    if (!address.startsWith(Stix.SCHEMA_ID_PREFIX)) {
      return null;
    }
    String relative = address.substring(Stix.SCHEMA_ID_PREFIX.length());
    if (relative.contains("..") || relative.contains("?") || relative.contains("#")) {
      return null;
    }
    return Stix.SCHEMA_RESOURCE_PREFIX + relative;
  }
}
