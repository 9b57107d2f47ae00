package org.scrmportal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Objects;

/**
 * The principal of the current request, established once by the web layer from the verified token
 * and injected everywhere else as {@link PortalPrincipal}. Anonymous until established.
 */
@RequestScoped
public class CurrentPrincipal {

  private PortalPrincipal principal = PortalPrincipal.anonymous();

  public void establish(PortalPrincipal principal) {
    this.principal = Objects.requireNonNull(principal, "principal");
  }

  @Produces
  @RequestScoped
  PortalPrincipal principal() {
    return principal;
  }
}
