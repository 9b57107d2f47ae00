package org.scrmportal.identity.federation.saml;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A metadata aggregate whose root signature verified against the federation's pinned certificate
 * and whose {@code validUntil} had not passed.
 *
 * @param name the {@code Name} of the root {@code md:EntitiesDescriptor}, or null
 * @param validUntil the root's {@code validUntil} (required)
 * @param cacheDuration the root's {@code cacheDuration}, or null when it has none
 * @param sha256 the SHA-256 of the aggregate's bytes, lower-case hex
 * @param identityProviders the SAML 2.0 identity providers listed (entities whose own {@code
 *     validUntil} passed are left out), in document order
 */
public record VerifiedAggregate(
    String name,
    Instant validUntil,
    Duration cacheDuration,
    String sha256,
    List<ListedProvider> identityProviders) {

  public VerifiedAggregate {
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(sha256, "sha256");
    identityProviders = List.copyOf(identityProviders);
  }
}
