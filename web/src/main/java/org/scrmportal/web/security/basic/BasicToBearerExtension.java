package org.scrmportal.web.security.basic;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs {@link BasicToBearerHandler} as an outer handler of the deployment (registered in {@code
 * META-INF/services}): Undertow wraps the outer handlers around the security handlers, in which
 * Elytron's HTTP authentication (the OIDC mechanism) runs, so the header is replaced before any
 * mechanism reads it. TAXII 2.1 section 1.6.9 ("HTTP Basic") is why machine clients need it.
 * Settings ({@code scrm.basic-auth.*}) are MicroProfile Config; the token endpoint is the one of
 * {@code scrm.oidc.provider-url}, the issuer the OIDC mechanism trusts.
 */
public final class BasicToBearerExtension implements ServletExtension {

  private static final Logger LOG = Logger.getLogger(BasicToBearerExtension.class.getName());

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    Config config = ConfigProvider.getConfig(BasicToBearerExtension.class.getClassLoader());
    if (!config.getValue("scrm.basic-auth.enabled", Boolean.class)) {
      LOG.info("HTTP Basic for machine clients is off (scrm.basic-auth.enabled)");
      return;
    }
    BasicAuthSettings settings =
        new BasicAuthSettings(
            config.getValue("scrm.basic-auth.cache-size", Integer.class),
            seconds(config, "scrm.basic-auth.expiry-margin-seconds"),
            seconds(config, "scrm.basic-auth.refusal-cache-seconds"),
            config.getValue("scrm.basic-auth.refusal-cache-size", Integer.class),
            config.getValue("scrm.basic-auth.attempts-per-client-per-minute", Integer.class),
            config.getValue("scrm.basic-auth.attempts-per-address-per-minute", Integer.class),
            config.getValue("scrm.basic-auth.tracked-keys", Integer.class),
            config.getValue("scrm.basic-auth.max-concurrent-exchanges", Integer.class),
            millis(config, "scrm.basic-auth.connect-timeout-millis"),
            millis(config, "scrm.basic-auth.read-timeout-millis"));
    TokenEndpoint endpoint =
        new OidcTokenEndpoint(
            OidcTokenEndpoint.of(config.getValue("scrm.oidc.provider-url", String.class)),
            settings.connectTimeout(),
            settings.readTimeout());
    BasicToBearer basic = new BasicToBearer(endpoint, settings, Clock.systemUTC());
    deployment.addOuterHandlerChainWrapper(next -> new BasicToBearerHandler(next, basic));
  }

  private static Duration seconds(Config config, String name) {
    return Duration.ofSeconds(config.getValue(name, Integer.class));
  }

  private static Duration millis(Config config, String name) {
    return Duration.ofMillis(config.getValue(name, Integer.class));
  }
}
