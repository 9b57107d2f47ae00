package org.scrmportal.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.scrmportal.web.error.MachineInterfaces;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * One deployment, two ways in: the machine interfaces ({@code /api/}, {@code /taxii2/}) take bearer
 * tokens only and answer 401 without one, whatever the client accepts; the pages sign people in
 * with the authorization code flow (confidential client, PKCE). Issuer, client ids and secret are
 * configuration ({@code SCRM_OIDC_*} environment variables), never code.
 */
public class PortalOidcConfigResolver implements OidcClientConfigurationResolver {

  private final OidcClientConfiguration bearerOnly;
  private final OidcClientConfiguration codeFlow;

  public PortalOidcConfigResolver() {
    try {
      Config config = ConfigProvider.getConfig(PortalOidcConfigResolver.class.getClassLoader());
      String providerUrl = config.getValue("scrm.oidc.provider-url", String.class);
      this.bearerOnly =
          build(
              Json.createObjectBuilder()
                  .add("provider-url", providerUrl)
                  .add("client-id", config.getValue("scrm.oidc.api-audience", String.class))
                  .add("bearer-only", true)
                  .add("verify-token-audience", true)
                  .add("principal-attribute", "preferred_username")
                  .add("ssl-required", "external")
                  .build());
      this.codeFlow =
          build(
              Json.createObjectBuilder()
                  .add("provider-url", providerUrl)
                  .add("client-id", config.getValue("scrm.oidc.client-id", String.class))
                  .add(
                      "credentials",
                      Json.createObjectBuilder()
                          .add("secret", config.getValue("scrm.oidc.client-secret", String.class)))
                  .add("public-client", false)
                  .add("enable-pkce", true)
                  .add("principal-attribute", "preferred_username")
                  .add("ssl-required", "external")
                  .build());
    } catch (RuntimeException | LinkageError e) {
      // WildFly's OIDC listener swallows this and falls back to an empty configuration: say why
      // here
      Logger.getLogger(PortalOidcConfigResolver.class.getName())
          .log(Level.SEVERE, "Invalid OIDC configuration", e);
      throw e;
    }
  }

  @Override
  public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
    return isMachineInterface(URI.create(request.getURI()).getPath()) ? bearerOnly : codeFlow;
  }

  /** Paths of the TAXII 2.1 server (see {@link MachineInterfaces#isTaxii}). */
  public static boolean isTaxii(String path) {
    return MachineInterfaces.isTaxii(path);
  }

  /**
   * Paths under the machine interfaces, which get the bearer-only configuration and never redirect
   * to a login page (see {@link MachineInterfaces#isMachineInterface}).
   */
  public static boolean isMachineInterface(String path) {
    return MachineInterfaces.isMachineInterface(path);
  }

  private static OidcClientConfiguration build(JsonObject json) {
    return OidcClientConfigurationBuilder.build(
        new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
