package org.scrmportal.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalOidcConfigResolverTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api",
        "/api/",
        "/api/me",
        "/api/organizations",
        "/taxii2",
        "/taxii2/",
        "/taxii2/x/"
      })
  void machineInterfacesAreBearerOnly(String path) {
    assertTrue(PortalOidcConfigResolver.isMachineInterface(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/index.xhtml", "/apidocs", "/api-docs/x", "/taxii", "/logout", "/x/api/me"})
  void pagesSignPeopleIn(String path) {
    assertFalse(PortalOidcConfigResolver.isMachineInterface(path));
  }
}
