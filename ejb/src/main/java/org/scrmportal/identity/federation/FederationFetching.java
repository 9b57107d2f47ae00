package org.scrmportal.identity.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scrmportal.platform.RemoteFetcher;

/**
 * How federation documents (metadata aggregates, OIDC discovery documents) are read from the
 * network: the SSRF-guarded {@link RemoteFetcher} with the federation's own settings.
 */
@ApplicationScoped
public class FederationFetching {

  /**
   * Hosts read although they are loopback or private (comma-separated), on which OIDC endpoints may
   * also be http.
   */
  @Inject
  @ConfigProperty(name = "scrm.federation.fetch.allowed-hosts", defaultValue = " ")
  String allowedHosts;

  @Inject
  @ConfigProperty(name = "scrm.federation.fetch.timeout-seconds", defaultValue = "30")
  int timeoutSeconds;

  /** A fetcher asking for {@code accept}. */
  RemoteFetcher fetcher(String accept) {
    return new RemoteFetcher(
        RemoteFetcher.hosts(allowedHosts), Duration.ofSeconds(timeoutSeconds), accept);
  }
}
