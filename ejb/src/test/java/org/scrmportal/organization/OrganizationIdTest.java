package org.scrmportal.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationIdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acme-components",
        "ncsa",
        "a1",
        "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefg"
      })
  void acceptsRealmIdentifiers(String value) {
    assertEquals(value, new OrganizationId(value).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "a", "-acme", "ACME", "acme components", "acme_components", "acme/../x"})
  void refusesAnythingElse(String value) {
    assertThrows(IllegalArgumentException.class, () -> new OrganizationId(value));
  }

  @Test
  void refusesTooLongIdentifiers() {
    assertThrows(IllegalArgumentException.class, () -> new OrganizationId("x".repeat(64)));
  }
}
