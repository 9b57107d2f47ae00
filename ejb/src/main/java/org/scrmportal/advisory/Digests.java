package org.scrmportal.advisory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-2 digests in lower-case hex, as CSAF 2.0 section 7.1.18 serves them. */
public final class Digests {

  private Digests() {}

  public static String sha256(byte[] content) {
    return hex("SHA-256", content);
  }

  public static String sha512(byte[] content) {
    return hex("SHA-512", content);
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every Java platform", e);
    }
  }
}
