package org.scrmportal.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR this module built: what the tests deploy is what ships. */
public final class Deployments {

  private static final String EAR = System.getProperty("scrm.ear", "target/scrm-portal.ear");

  private Deployments() {}

  /** The portal as it ships, for tests over HTTP. */
  public static EnterpriseArchive portal() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(EAR));
  }

  /**
   * The portal's EJB module and libraries as they ship, with a {@code test.war} holding {@code
   * testClass} in place of the portal's web module (whose sign-in would stand between Arquillian
   * and its test runner), for tests inside the server.
   */
  public static EnterpriseArchive servicesWith(Class<?> testClass) {
    EnterpriseArchive ear = portal();
    ear.delete("scrm-web.war");
    ear.delete("META-INF/application.xml");
    ear.addAsModule(
        ShrinkWrap.create(WebArchive.class, "test.war")
            .addClass(testClass)
            .addAsWebInfResource(
                new org.jboss.shrinkwrap.api.asset.StringAsset(
                    "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"all\"/>"),
                "beans.xml"));
    return ear;
  }
}
