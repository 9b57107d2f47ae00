package org.scrmportal.stix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StixIdTest {

  @Test
  void splitsIntoTypeAndUuid() {
    StixId id = StixId.of("x-acme-widget--6f1c2f3a-9b4e-4c1d-8e2f-0a1b2c3d4e5f");

    assertEquals("x-acme-widget", id.type());
    assertEquals(UUID.fromString("6f1c2f3a-9b4e-4c1d-8e2f-0a1b2c3d4e5f"), id.uuid());
    assertTrue(id.isOfType("x-acme-widget"));
    assertEquals("x-acme-widget--6f1c2f3a-9b4e-4c1d-8e2f-0a1b2c3d4e5f", id.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", // v4
        "file--1e5f0b50-6f35-5b1b-9c4e-4b7c5d8e9f00", // v5, as SCOs use
        "identity--0a1b2c3d-4e5f-1a2b-bc3d-4e5f6a7b8c9d", // v1
        "indicator--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F"
      }) // upper-case hex is still RFC 4122
  void acceptsRfc4122Uuids(String value) {
    assertEquals(value, StixId.of(value).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", // one hyphen
        "Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", // upper-case type
        "ab--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", // type shorter than 3
        "1ndicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", // type starts with a digit
        "x_foo--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", // underscore in a type
        "indicator--8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f", // version 0
        "indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f", // variant 110x (Microsoft)
        "indicator--00000000-0000-0000-0000-000000000000", // the nil UUID
        "indicator--8e2e2d2b17d44cbf938f98ee46b3cd3f", // no hyphens in the UUID
        "indicator--"
      })
  void refusesAnythingElse(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StixId.of(value));
    assertTrue(
        e.getMessage().contains("section 2.9") || e.getMessage().contains("object type"),
        e.getMessage());
  }

  @Test
  void typeNamesFollowTheNamingRules() {
    assertTrue(StixId.typeProblem("x-custom").isEmpty());
    assertTrue(StixId.typeProblem("a".repeat(250)).isEmpty());
    assertTrue(StixId.typeProblem("a".repeat(251)).isPresent());
    assertTrue(StixId.typeProblem("x--y").isPresent());
    assertTrue(StixId.typeProblem("x-").isPresent());
  }
}
