package org.scrmportal.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the portal as it ships, driven from outside by headless Chromium,
 * skipped (outside CI) where no Chromium is installed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

  @Deployment(testable = false)
  public static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void requireChromium() {
    Browser.requireChromium();
  }
}
