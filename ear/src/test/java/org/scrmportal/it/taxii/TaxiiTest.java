package org.scrmportal.it.taxii;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Deployments;

/**
 * What every TAXII test shares: the portal as it ships, deployed to the test WildFly and driven
 * from outside over HTTP by {@link TaxiiClient}, with real tokens from the test Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class TaxiiTest {

  @Deployment(testable = false)
  public static EnterpriseArchive portal() {
    return Deployments.portal();
  }
}
