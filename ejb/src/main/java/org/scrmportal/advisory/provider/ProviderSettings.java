package org.scrmportal.advisory.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider's settings (MicroProfile Config; environment variables such as {@code
 * SCRM_CSAF_PUBLISHER_NAME} override them): who publishes the provider metadata, whether
 * aggregators may list and mirror it, and the signing key when it is configured rather than
 * generated.
 */
@ApplicationScoped
public class ProviderSettings {

  /** The publisher's name: the portal's operator. */
  @Inject
  @ConfigProperty(name = "scrm.csaf.publisher.name", defaultValue = "SCRM Portal")
  String publisherName;

  /**
   * The publisher's namespace (a URL the operator controls); empty: the origin (scheme, host and
   * port) the provider metadata is served from.
   */
  @Inject
  @ConfigProperty(name = "scrm.csaf.publisher.namespace")
  Optional<String> publisherNamespace;

  /** CSAF 2.0 section 3.2.1.8.1 publisher category; the portal coordinates its members' advice. */
  @Inject
  @ConfigProperty(name = "scrm.csaf.publisher.category", defaultValue = "coordinator")
  String publisherCategory;

  @Inject
  @ConfigProperty(name = "scrm.csaf.publisher.contact-details")
  Optional<String> contactDetails;

  @Inject
  @ConfigProperty(name = "scrm.csaf.list-on-aggregators", defaultValue = "true")
  boolean listOnAggregators;

  @Inject
  @ConfigProperty(name = "scrm.csaf.mirror-on-aggregators", defaultValue = "true")
  boolean mirrorOnAggregators;

  /**
   * The absolute address of {@code /.well-known/csaf/} as clients reach it, when a proxy in front
   * rewrites it; empty: taken from each request.
   */
  @Inject
  @ConfigProperty(name = "scrm.csaf.base-url")
  Optional<String> baseUrl;

  /**
   * An ASCII-armoured OpenPGP secret key file to sign with; absent: the portal generates its key on
   * first start and keeps it in the database.
   */
  @Inject
  @ConfigProperty(name = "scrm.csaf.signing-key.file")
  Optional<String> keyFile;

  /** Unlocks the configured key file; protects a generated key in the database. */
  @Inject
  @ConfigProperty(name = "scrm.csaf.signing-key.passphrase")
  Optional<String> passphrase;

  /** The user id of a generated key. */
  @Inject
  @ConfigProperty(name = "scrm.csaf.signing-key.user-id")
  Optional<String> userId;

  public String portalName() {
    return publisherName;
  }

  /** The publisher, with its namespace defaulting to the origin of {@code base}. */
  public ProviderDocuments.Publisher publisher(URI base) {
    String namespace =
        publisherNamespace
            .filter(n -> !n.isBlank())
            .orElseGet(
                () ->
                    base.getScheme()
                        + "://"
                        + base.getHost()
                        + (base.getPort() < 0 ? "" : ":" + base.getPort()));
    return new ProviderDocuments.Publisher(
        publisherCategory, publisherName, namespace, contactDetails.orElse(null));
  }

  public boolean listOnAggregators() {
    return listOnAggregators;
  }

  public boolean mirrorOnAggregators() {
    return mirrorOnAggregators;
  }

  /** The configured address of {@code /.well-known/csaf/}, ending in a slash. */
  public Optional<URI> baseUrl() {
    return baseUrl
        .filter(url -> !url.isBlank())
        .map(url -> URI.create(url.endsWith("/") ? url : url + "/"));
  }

  public Optional<String> keyFile() {
    return keyFile.filter(f -> !f.isBlank());
  }

  public char[] passphrase() {
    return passphrase.filter(p -> !p.isEmpty()).map(String::toCharArray).orElse(null);
  }

  public String keyUserId() {
    return userId.filter(id -> !id.isBlank()).orElse(publisherName + " CSAF signing key");
  }
}
