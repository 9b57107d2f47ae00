package org.scrmportal.web.security.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

  private static String basic(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aClientIdAndSecretAreRead() {
    assertEquals(
        Optional.of(new BasicCredentials("acme-components-machine", "s3cret")),
        BasicCredentials.parse(basic("acme-components-machine:s3cret")));
  }

  @Test
  void theSchemeIsCaseInsensitive() {
    String header = basic("id:secret").replace("Basic", "bASIC");
    assertEquals(Optional.of(new BasicCredentials("id", "secret")), BasicCredentials.parse(header));
  }

  @Test
  void theSecretMayHoldColonsAndNonAsciiText() {
    assertEquals(
        Optional.of(new BasicCredentials("client", "a:b:ç€")),
        BasicCredentials.parse(basic("client:a:b:ç€")));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Basic",
        "Basic ",
        "Bearer abc.def.ghi",
        "Basicabc",
        "Digest username=\"x\"",
        "Basic !!!not-base64!!!",
        "Basic aWQ6c2VjcmV0=garbage"
      })
  void malformedHeadersAreNotCredentials(String header) {
    assertTrue(BasicCredentials.parse(header).isEmpty(), header);
  }

  @Test
  void aMissingColonIsNotCredentials() {
    assertTrue(BasicCredentials.parse(basic("just-a-token")).isEmpty());
  }

  @Test
  void anEmptySecretOrIdIsNotCredentials() {
    assertTrue(BasicCredentials.parse(basic("client:")).isEmpty());
    assertTrue(BasicCredentials.parse(basic(":secret")).isEmpty());
    assertTrue(BasicCredentials.parse(basic(":")).isEmpty());
  }

  @Test
  void bytesThatAreNotUtf8AreNotCredentials() {
    byte[] latin1 = "client:geheim\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(
        BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString(latin1)).isEmpty());
  }

  @Test
  void theCacheKeyHidesTheSecretAndTellsSecretsApart() {
    BasicCredentials one = new BasicCredentials("client", "secret-one");
    String key = one.cacheKey();
    assertEquals(64, key.length());
    assertFalse(key.contains("secret"));
    assertEquals(key, new BasicCredentials("client", "secret-one").cacheKey());
    assertNotEquals(key, new BasicCredentials("client", "secret-two").cacheKey());
    assertNotEquals(key, new BasicCredentials("client2", "secret-one").cacheKey());
  }

  @Test
  void theSecretIsNeverPrinted() {
    assertFalse(new BasicCredentials("client", "hunter2").toString().contains("hunter2"));
  }
}
