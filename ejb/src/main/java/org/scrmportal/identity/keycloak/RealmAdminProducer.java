package org.scrmportal.identity.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.Config;
import org.scrmportal.identity.RealmAdmin;

/**
 * The portal's one {@link RealmAdmin}, configured by MicroProfile Config (system properties or
 * environment variables such as {@code SCRM_KEYCLOAK_ADMIN_CLIENT_SECRET}):
 *
 * <ul>
 *   <li>{@code scrm.keycloak.admin.url}: Keycloak's base URL; by default the scheme, host and port
 *       of {@code scrm.oidc.provider-url} (and {@code http://127.0.0.1:8180} without either)
 *   <li>{@code scrm.keycloak.admin.realm}: default {@code scrm}
 *   <li>{@code scrm.keycloak.admin.client-id}: default {@code scrm-portal-admin}
 *   <li>{@code scrm.keycloak.admin.client-secret}: default {@code scrm-portal-admin-demo-secret}
 *       (the realm file's demo secret: set a real one in production)
 * </ul>
 *
 * Created on first use; nothing is sent to Keycloak before the first call.
 */
@ApplicationScoped
public class RealmAdminProducer {

  static final String DEFAULT_ADMIN_URL = "http://127.0.0.1:8180";

  @Inject Config config;

  private KeycloakRealmAdmin admin;

  @Produces
  public RealmAdmin realmAdmin() {
    return admin();
  }

  synchronized KeycloakRealmAdmin admin() {
    if (admin == null) {
      admin =
          new KeycloakRealmAdmin(
              adminUrl(
                  config.getOptionalValue("scrm.keycloak.admin.url", String.class).orElse(null),
                  config.getOptionalValue("scrm.oidc.provider-url", String.class).orElse(null)),
              config.getOptionalValue("scrm.keycloak.admin.realm", String.class).orElse("scrm"),
              config
                  .getOptionalValue("scrm.keycloak.admin.client-id", String.class)
                  .orElse("scrm-portal-admin"),
              config
                  .getOptionalValue("scrm.keycloak.admin.client-secret", String.class)
                  .orElse("scrm-portal-admin-demo-secret"));
    }
    return admin;
  }

  /** The admin URL configured, else the origin of the OIDC provider URL, else the default. */
  static URI adminUrl(String configured, String providerUrl) {
    if (configured != null && !configured.isBlank()) {
      return URI.create(configured.strip());
    }
    if (providerUrl != null && !providerUrl.isBlank()) {
      URI provider = URI.create(providerUrl.strip());
      return URI.create(
          provider.getScheme()
              + "://"
              + provider.getHost()
              + (provider.getPort() == -1 ? "" : ":" + provider.getPort()));
    }
    return URI.create(DEFAULT_ADMIN_URL);
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close();
      admin = null;
    }
  }
}
