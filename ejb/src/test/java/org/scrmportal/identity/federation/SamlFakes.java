package org.scrmportal.identity.federation;

import java.util.List;
import org.scrmportal.identity.federation.saml.InvalidMetadata;

/** The facade's refusal, built the way its constructor takes it. */
final class SamlFakes {

  private SamlFakes() {}

  static InvalidMetadata invalid(String problem) {
    return new InvalidMetadata(List.of(problem));
  }
}
