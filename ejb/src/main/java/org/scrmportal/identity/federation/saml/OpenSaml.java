package org.scrmportal.identity.federation.saml;

import java.util.List;
import java.util.function.Supplier;
import org.opensaml.core.config.InitializationException;
import org.opensaml.core.config.Initializer;

/**
 * OpenSAML's one-time initialization (object providers, Apache Santuario, algorithm registry).
 *
 * <p>OpenSAML finds its initializers and configuration with {@link java.util.ServiceLoader} and the
 * thread's context class loader. Inside WildFly that loader is whatever module the calling thread
 * came from (a timer, a REST request), which need not see the EAR's {@code lib/}; so both the
 * initialization and every use run with this class's own loader as context class loader.
 */
final class OpenSaml {

  private static final Object LOCK = new Object();
  private static volatile boolean initialized;

  private OpenSaml() {}

  /** Runs {@code work} after initialization, with the facade's class loader as context loader. */
  static <T> T call(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(OpenSaml.class.getClassLoader());
    try {
      initialize();
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static void initialize() {
    if (initialized) {
      return;
    }
    synchronized (LOCK) {
      if (initialized) {
        return;
      }
      try {
        for (Initializer initializer : initializers()) {
          initializer.init();
        }
      } catch (InitializationException e) {
        throw new IllegalStateException("OpenSAML could not be initialized", e);
      }
      initialized = true;
    }
  }

  private static List<Initializer> initializers() {
    return List.of(
        new org.opensaml.core.xml.config.XMLObjectProviderInitializer(),
        new org.opensaml.core.xml.config.GlobalParserPoolInitializer(),
        new org.opensaml.core.metrics.impl.MetricRegistryInitializer(),
        new org.opensaml.xmlsec.config.GlobalAlgorithmRegistryInitializer(),
        new org.opensaml.xmlsec.config.impl.JavaCryptoValidationInitializer(),
        new org.opensaml.xmlsec.config.impl.XMLObjectProviderInitializer(),
        new org.opensaml.xmlsec.config.impl.ApacheXMLSecurityInitializer(),
        new org.opensaml.xmlsec.config.impl.GlobalSecurityConfigurationInitializer(),
        new org.opensaml.saml.config.impl.XMLObjectProviderInitializer(),
        new org.opensaml.saml.config.impl.SAMLConfigurationInitializer());
  }
}
