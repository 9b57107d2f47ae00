package org.scrmportal.web.security.basic;

import java.util.Optional;

/** Where a machine client's credentials are exchanged for an access token. */
@FunctionalInterface
interface TokenEndpoint {

  /**
   * The token of the client-credentials grant, or empty if the endpoint refuses the credentials.
   *
   * @throws Unavailable when the endpoint cannot say: unreachable, too slow, or failing itself
   */
  Optional<IssuedToken> clientCredentials(BasicCredentials credentials) throws Unavailable;

  /** The token endpoint gave no answer about the credentials; a later attempt may get one. */
  final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }
}
