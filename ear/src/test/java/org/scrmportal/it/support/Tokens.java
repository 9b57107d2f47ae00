package org.scrmportal.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import org.scrmportal.launcher.TokenClient;

/**
 * Real access tokens from the test Keycloak, as the portal's users and machine clients get them.
 */
public final class Tokens {

  private static final TokenClient KEYCLOAK = new TokenClient(TestServers.issuer());
  private static final ObjectMapper JSON = new ObjectMapper();

  private Tokens() {}

  /** A demo person's token through the command-line client (password grant). */
  public static String forUser(String username) {
    return KEYCLOAK.forUser(username);
  }

  /** A token that expires two seconds after it is issued. */
  public static String shortLivedForUser(String username) {
    return KEYCLOAK.forUser("scrm-cli-shortlived", username);
  }

  /** A machine client's token (client credentials), e.g. {@code acme-components-machine}. */
  public static String forMachine(String clientId) {
    return KEYCLOAK.forMachine(clientId);
  }

  /** The decoded payload of a JWT. */
  public static JsonNode payload(String jwt) {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
