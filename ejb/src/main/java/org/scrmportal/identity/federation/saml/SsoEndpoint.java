package org.scrmportal.identity.federation.saml;

import java.util.Objects;

/**
 * A single sign-on service of an identity provider ({@code md:SingleSignOnService}): the SAML
 * binding URI and the location to send authentication requests to.
 */
public record SsoEndpoint(String binding, String location) {

  /** SAML 2.0 Bindings, section 3.4: HTTP Redirect. */
  public static final String HTTP_REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

  /** SAML 2.0 Bindings, section 3.5: HTTP POST. */
  public static final String HTTP_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

  public SsoEndpoint {
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(location, "location");
  }

  /** Whether this endpoint uses the HTTP-POST binding. */
  public boolean isPost() {
    return HTTP_POST.equals(binding);
  }

  /** Whether this endpoint uses the HTTP-Redirect binding. */
  public boolean isRedirect() {
    return HTTP_REDIRECT.equals(binding);
  }
}
