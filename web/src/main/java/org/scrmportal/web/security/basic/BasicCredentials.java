package org.scrmportal.web.security.basic;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A machine client's id and secret as an {@code Authorization: Basic} header carries them (RFC
 * 7617, UTF-8), which is how TAXII 2.1 clients authenticate (TAXII 2.1 section 1.6.9, "HTTP
 * Basic"). Never printed: {@link #toString()} leaves the secret out.
 */
record BasicCredentials(String clientId, String secret) {

  private static final String SCHEME = "Basic";

  /**
   * The credentials of a well-formed Basic header, or empty: another scheme, base64 that does not
   * decode, bytes that are not UTF-8, no colon, an empty id or an empty secret.
   */
  static Optional<BasicCredentials> parse(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        || authorization.charAt(SCHEME.length()) != ' ') {
      return Optional.empty();
    }
    String userPass;
    try {
      byte[] bytes = Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim());
      userPass =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return Optional.empty();
    }
    int colon = userPass.indexOf(':');
    if (colon <= 0 || colon == userPass.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(
        new BasicCredentials(userPass.substring(0, colon), userPass.substring(colon + 1)));
  }

  /** SHA-256 of id and secret: what the cache keeps instead of the secret. */
  String cacheKey() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((clientId + ':' + secret).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "BasicCredentials[clientId=" + clientId + "]";
  }
}
