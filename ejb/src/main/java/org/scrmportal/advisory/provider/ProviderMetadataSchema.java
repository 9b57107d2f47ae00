package org.scrmportal.advisory.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.SchemaLoader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSAF provider metadata JSON schema (OASIS, {@code provider_json_schema.json}, draft 2020-12)
 * and the CSAF schema it takes its {@code publisher} from, read from the copies bundled under
 * {@code csaf/}; nothing is fetched from the network. Thread-safe; compiled once.
 */
public final class ProviderMetadataSchema {

  public static final String PROVIDER_SCHEMA_ID =
      "https://docs.oasis-open.org/csaf/csaf/v2.0/provider_json_schema.json";

  private static final Map<String, String> BUNDLED =
      Map.of(
          PROVIDER_SCHEMA_ID,
          "csaf/provider_json_schema.json",
          ProviderDocuments.CSAF_SCHEMA,
          "csaf/csaf_json_schema.json");

  private static final class Shared {
    private static final ProviderMetadataSchema INSTANCE = new ProviderMetadataSchema();
  }

  private final Schema schema;

  private ProviderMetadataSchema() {
    ClassLoader classLoader = ProviderMetadataSchema.class.getClassLoader();
    SchemaLoader loader =
        SchemaLoader.builder()
            .fetchRemoteResources(false)
            .resourceLoaders(loaders -> loaders.add(new Bundled(classLoader)))
            .build();
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader).schemaRegistryConfig(config));
    this.schema = registry.getSchema(SchemaLocation.of(PROVIDER_SCHEMA_ID));
    this.schema.initializeValidators();
  }

  public static ProviderMetadataSchema bundled() {
    return Shared.INSTANCE;
  }

  /**
   * Every violation of the schema, as {@code <JSON pointer>: <message>}; empty when valid. Formats
   * ({@code uri}, {@code date-time}) are asserted, not only annotated.
   */
  public List<String> validate(JsonNode providerMetadata) {
    List<Error> errors =
        schema.validate(
            providerMetadata,
            (java.util.function.Consumer<com.networknt.schema.ExecutionContext>)
                context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  /** Serves the two schema addresses from the bundled copies, and nothing else. */
  private static final class Bundled implements ResourceLoader {
    private final ClassLoader classLoader;

    Bundled(ClassLoader classLoader) {
      this.classLoader = classLoader;
    }

    @Override
    public InputStreamSource getResource(AbsoluteIri iri) {
      String resource = BUNDLED.get(iri.toString());
      if (resource == null) {
        return () -> {
          throw new IOException("refusing to fetch schema " + iri + ": only bundled schemas");
        };
      }
      return () -> {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
          throw new FileNotFoundException("no bundled schema " + resource);
        }
        return in;
      };
    }
  }
}
