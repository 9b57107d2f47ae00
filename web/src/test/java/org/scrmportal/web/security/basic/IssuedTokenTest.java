package org.scrmportal.web.security.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssuedTokenTest {

  @Test
  void aTokenResponseIsRead() {
    assertEquals(
        Optional.of(new IssuedToken("eyJ.x.y", Duration.ofSeconds(300))),
        IssuedToken.parse(
            "{\"access_token\":\"eyJ.x.y\",\"expires_in\":300,\"token_type\":\"Bearer\","
                + "\"scope\":\"profile\"}"));
  }

  @Test
  void withoutALifetimeTheTokenHasNone() {
    assertNull(
        IssuedToken.parse("{\"access_token\":\"t\",\"token_type\":\"bearer\"}")
            .orElseThrow()
            .expiresIn());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[]",
        "{}",
        "{\"error\":\"unauthorized_client\"}",
        "{\"access_token\":\"\",\"token_type\":\"Bearer\"}",
        "{\"access_token\":\"t\",\"token_type\":\"DPoP\"}",
        "{\"access_token\":\"t\"}",
        "{\"access_token\":42,\"token_type\":\"Bearer\"}"
      })
  void anythingElseIsNoToken(String json) {
    assertTrue(IssuedToken.parse(json).isEmpty(), json);
  }

  @Test
  void theTokenIsNeverPrinted() {
    assertTrue(!new IssuedToken("secret-token", null).toString().contains("secret-token"));
  }
}
