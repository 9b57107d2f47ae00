package org.scrmportal.web.security.basic;

import java.util.Optional;

/** Where a machine client's credentials are exchanged for an access token. */
@FunctionalInterface
interface TokenEndpoint {

  /** The token of the client-credentials grant, or empty if the endpoint refuses it. */
  Optional<IssuedToken> clientCredentials(BasicCredentials credentials);
}
