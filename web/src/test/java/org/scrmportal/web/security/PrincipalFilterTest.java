package org.scrmportal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.InvalidClaimsException;

class PrincipalFilterTest {

  private static String jwt(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8))
        + ".c2ln";
  }

  @Test
  void readsThePayloadIntoPlainJavaValues() {
    Map<String, Object> claims =
        PrincipalFilter.claims(
            jwt(
                "{\"sub\":\"s\",\"exp\":1795827652,\"email_verified\":true,\"nothing\":null,"
                    + "\"realm_access\":{\"roles\":[\"consumer\",\"analyst\"]}}"));

    assertEquals("s", claims.get("sub"));
    assertEquals(new BigDecimal("1795827652"), claims.get("exp"));
    assertEquals(Boolean.TRUE, claims.get("email_verified"));
    assertNull(claims.get("nothing"));
    assertEquals(Map.of("roles", List.of("consumer", "analyst")), claims.get("realm_access"));
  }

  @Test
  void refusesWhatIsNotASignedJwt() {
    assertThrows(InvalidClaimsException.class, () -> PrincipalFilter.claims("only.two"));
  }
}
