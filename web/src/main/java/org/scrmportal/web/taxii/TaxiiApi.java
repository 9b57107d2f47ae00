package org.scrmportal.web.taxii;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.scrmportal.web.error.TaxiiErrors;

/**
 * The TAXII 2.1 server; bearer tokens or HTTP Basic for machine clients (see the OIDC configuration
 * resolver). Its classes are listed so that the portal API's resources and problem mappers stay out
 * of it.
 */
@ApplicationPath("/taxii2")
public class TaxiiApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        TaxiiResource.class,
        TaxiiMediaTypes.class,
        TaxiiErrors.HttpErrors.class,
        TaxiiErrors.Refused.class,
        TaxiiErrors.AccessDenied.class,
        TaxiiErrors.Unexpected.class);
  }
}
