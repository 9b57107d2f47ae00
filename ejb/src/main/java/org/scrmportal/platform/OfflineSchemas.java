package org.scrmportal.platform;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.SchemaLoader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * JSON Schema loading that never touches the network: the official schema addresses are served from
 * copies bundled as resources, and any other address is refused rather than fetched (a schema that
 * names a remote {@code $ref} must not make the portal fetch it). The STIX and CSAF validators both
 * load their schemas this way. Depends on the JDK and the JSON Schema validator only.
 */
public final class OfflineSchemas {

  private OfflineSchemas() {}

  /**
   * A loader for a schema registry.
   *
   * @param kind which schemas, for messages (e.g. {@code "STIX"})
   * @param classLoader where the bundled copies are
   * @param bundledResource the resource of a schema address, or null when that address is not
   *     bundled
   * @param refusedFetch told of every address that is not bundled, before it is refused
   */
  public static SchemaLoader loader(
      String kind,
      ClassLoader classLoader,
      Function<String, String> bundledResource,
      Consumer<String> refusedFetch) {
    return SchemaLoader.builder()
        .fetchRemoteResources(false)
        .resourceLoaders(
            loaders ->
                loaders
                    .add(bundled(kind, classLoader, bundledResource))
                    .add(refuseEverythingElse(kind, refusedFetch)))
        .build();
  }

  private static ResourceLoader bundled(
      String kind, ClassLoader classLoader, Function<String, String> bundledResource) {
    return (AbsoluteIri iri) -> {
      String address = String.valueOf(iri);
      String resource = bundledResource.apply(address);
      if (resource == null) {
        return null;
      }
      return () -> {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
          throw new FileNotFoundException(
              "no bundled " + kind + " schema " + resource + " for " + address);
        }
        return in;
      };
    };
  }

  /** The last loader: whatever reaches it is not bundled, and is refused rather than fetched. */
  private static ResourceLoader refuseEverythingElse(String kind, Consumer<String> refusedFetch) {
    return (AbsoluteIri iri) -> {
      String address = String.valueOf(iri);
      refusedFetch.accept(address);
      return (InputStreamSource)
          () -> {
            throw new IOException(
                "refusing to fetch schema "
                    + address
                    + ": only the bundled "
                    + kind
                    + " schemas are used, nothing is fetched from the network");
          };
    };
  }
}
