package org.scrmportal.web.security.headers;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs {@link SecurityHeadersHandler} as the outermost handler of the deployment (registered in
 * {@code META-INF/services}). Settings ({@code scrm.http.*}) are MicroProfile Config, each
 * overridable by its environment variable.
 */
public final class SecurityHeadersExtension implements ServletExtension {

  private static final Logger LOG = Logger.getLogger(SecurityHeadersExtension.class.getName());

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    Config config = ConfigProvider.getConfig(SecurityHeadersExtension.class.getClassLoader());
    SecurityHeaders headers =
        new SecurityHeaders(
            config.getValue("scrm.http.content-security-policy", String.class),
            config.getValue("scrm.http.machine-content-security-policy", String.class),
            config.getValue("scrm.http.referrer-policy", String.class),
            config.getValue("scrm.http.session-cookie-same-site", String.class),
            config.getValue("scrm.http.trust-forwarded-proto", Boolean.class));
    if (headers.trustForwardedProto()) {
      LOG.info("X-Forwarded-Proto is trusted (scrm.http.trust-forwarded-proto): a proxy says TLS");
    }
    deployment.addOuterHandlerChainWrapper(next -> new SecurityHeadersHandler(next, headers));
  }
}
