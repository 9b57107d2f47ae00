package org.scrmportal.advisory.validation;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.scrmportal.platform.OfflineSchemas;

/**
 * The official CSAF 2.0 JSON schemas (OASIS CSAF TC: the CSAF document, provider metadata and
 * aggregator schemas, draft 2020-12) and the FIRST CVSS v2.0, v3.0 and v3.1 schemas they refer to
 * (drafts 04 and 07), read from the copies bundled under {@code csaf/} and compiled once.
 *
 * <p>The schemas name each other by web address ({@code
 * https://docs.oasis-open.org/csaf/csaf/v2.0/...}, {@code
 * https://www.first.org/cvss/cvss-v3.1.json}, whose own {@code $id} adds a query such as {@code
 * ?20211103}). Exactly those addresses are served from the bundled copies; any other is refused and
 * reported, never fetched (remote fetching is off and a last loader refuses whatever reaches it).
 * Formats ({@code date-time}, {@code uri}, ...) are asserted, as the CSAF schema requires.
 *
 * <p>A valid document takes a fast path (a yes/no validation that formats no message); only an
 * invalid one is validated again to collect every violation. Immutable and thread-safe; share one
 * ({@link #bundled()}).
 */
public final class CsafSchemas {

  /** The {@code $id} of the CSAF 2.0 document schema. */
  public static final String CSAF =
      "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";

  /** The {@code $id} of the CSAF 2.0 provider metadata schema (section 7.1.7). */
  public static final String PROVIDER =
      "https://docs.oasis-open.org/csaf/csaf/v2.0/provider_json_schema.json";

  /** The {@code $id} of the CSAF 2.0 aggregator schema (section 7.1.8). */
  public static final String AGGREGATOR =
      "https://docs.oasis-open.org/csaf/csaf/v2.0/aggregator_json_schema.json";

  /** The addresses of the FIRST CVSS schemas, as the CSAF schema refers to them. */
  static final String CVSS_V2 = "https://www.first.org/cvss/cvss-v2.0.json";

  static final String CVSS_V3_0 = "https://www.first.org/cvss/cvss-v3.0.json";
  static final String CVSS_V3_1 = "https://www.first.org/cvss/cvss-v3.1.json";

  /** Bundled resource of each schema address (the query of an address is not part of the key). */
  private static final Map<String, String> BUNDLED =
      Map.of(
          CSAF, "csaf/csaf_json_schema.json",
          PROVIDER, "csaf/provider_json_schema.json",
          AGGREGATOR, "csaf/aggregator_json_schema.json",
          CVSS_V2, "csaf/cvss-v2.0.json",
          CVSS_V3_0, "csaf/cvss-v3.0.json",
          CVSS_V3_1, "csaf/cvss-v3.1.json");

  private static final class Shared {
    private static final CsafSchemas INSTANCE = new CsafSchemas();
  }

  private final SchemaRegistry registry;
  private final Schema csaf;
  private final Schema cvssV2;
  private final Schema cvssV30;
  private final Schema cvssV31;
  private volatile Schema provider;
  private volatile Schema aggregator;

  /** Compiles the CSAF and CVSS schemas; refused addresses are only refused. */
  public CsafSchemas() {
    this(iri -> {});
  }

  /**
   * Compiles the CSAF and CVSS schemas.
   *
   * @param refusedFetch told of every schema address that is not bundled, before it is refused
   */
  CsafSchemas(Consumer<String> refusedFetch) {
    ClassLoader classLoader = CsafSchemas.class.getClassLoader();
    SchemaLoader loader =
        OfflineSchemas.loader(
            "CSAF and CVSS", classLoader, CsafSchemas::bundledResourceOf, refusedFetch);
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            .formatAssertionsEnabled(true)
            .build();
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader).schemaRegistryConfig(config));
    this.csaf = compile(CSAF);
    this.cvssV2 = compile(CVSS_V2);
    this.cvssV30 = compile(CVSS_V3_0);
    this.cvssV31 = compile(CVSS_V3_1);
  }

  /** The bundled resource of the schema at {@code address} (e.g. {@link #CSAF}), or null. */
  static String bundledResource(String address) {
    return BUNDLED.get(address);
  }

  /** The shared instance, compiled on first use. */
  public static CsafSchemas bundled() {
    return Shared.INSTANCE;
  }

  /** The violations of the CSAF 2.0 document schema, as findings of test {@code "schema"}. */
  public List<Finding> validateDocument(JsonNode document) {
    return validate(csaf, document, "");
  }

  /** The violations of the provider metadata schema, as findings of test {@code "schema"}. */
  public List<Finding> validateProviderMetadata(JsonNode providerMetadata) {
    Schema schema = provider;
    if (schema == null) {
      provider = schema = compile(PROVIDER);
    }
    return validate(schema, providerMetadata, "");
  }

  /** The violations of the aggregator schema, as findings of test {@code "schema"}. */
  public List<Finding> validateAggregator(JsonNode aggregatorDocument) {
    Schema schema = aggregator;
    if (schema == null) {
      aggregator = schema = compile(AGGREGATOR);
    }
    return validate(schema, aggregatorDocument, "");
  }

  /**
   * The violations of the FIRST CVSS schema of {@code version} ("2.0", "3.0" or "3.1") by {@code
   * cvss}, found at {@code pointer}; the findings name the test {@code test} and the pointers of
   * the violations within the document. Null when no schema of that version is bundled.
   */
  List<Finding> validateCvss(String version, JsonNode cvss, String pointer, String test) {
    Schema schema =
        switch (version) {
          case "2.0" -> cvssV2;
          case "3.0" -> cvssV30;
          case "3.1" -> cvssV31;
          default -> null;
        };
    if (schema == null) {
      return null;
    }
    List<Finding> findings = validate(schema, cvss, pointer);
    if (findings.isEmpty() || test.equals("schema")) {
      return findings;
    }
    return findings.stream().map(f -> new Finding(test, f.path(), f.message())).toList();
  }

  /** Validates against the schema at {@code schemaIri}; for tests of the loading rules. */
  List<Finding> validateAgainst(String schemaIri, JsonNode instance) {
    return validate(compile(schemaIri), instance, "");
  }

  private Schema compile(String iri) {
    Schema schema = registry.getSchema(SchemaLocation.of(iri));
    schema.initializeValidators();
    return schema;
  }

  private static List<Finding> validate(Schema schema, JsonNode instance, String prefix) {
    if (schema.validate(instance, OutputFormat.BOOLEAN)) {
      return List.of(); // the fast path: no messages are formatted for valid documents
    }
    List<Error> errors = schema.validate(instance);
    List<Finding> findings = new ArrayList<>(errors.size());
    for (Error error : errors) {
      String at = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
      findings.add(new Finding("schema", prefix + at, error.getMessage()));
    }
    return List.copyOf(findings);
  }

  /** The bundled resource of a CSAF or FIRST CVSS schema address (fragment, date query aside). */
  private static String bundledResourceOf(String address) {
    int fragment = address.indexOf('#');
    String key = fragment < 0 ? address : address.substring(0, fragment);
    if (key.startsWith("https://www.first.org/cvss/") && key.indexOf('?') > 0) {
      key = key.substring(0, key.indexOf('?')); // FIRST's $id carries the schema's date
    }
    return BUNDLED.get(key);
  }
}
