package org.scrmportal.web.csaf;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.scrmportal.web.api.ProblemMappers;

/**
 * The CSAF trusted provider under the well-known URL (CSAF 2.0 section 7.1.9); bearer tokens or
 * HTTP Basic for the labels that need a signed-in caller (web.xml). Errors are problem details, as
 * on the portal API.
 */
@ApplicationPath("/.well-known/csaf")
public class CsafProviderApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        CsafProviderResource.class,
        ProblemMappers.HttpErrors.class,
        ProblemMappers.Refused.class,
        ProblemMappers.AccessDenied.class,
        ProblemMappers.Unexpected.class);
  }
}
