package org.scrmportal.advisory.validation;

/**
 * Bounds on what {@link CsafValidator#check(byte[])} parses: a document past one of them is refused
 * before (size) or while (depth, string length) it is parsed, with a {@code "schema"} finding.
 *
 * @param maxBytes the largest document, in bytes of UTF-8
 * @param maxNestingDepth the deepest nesting of JSON objects and arrays
 * @param maxStringLength the longest string value or property name, in characters
 */
public record CsafLimits(long maxBytes, int maxNestingDepth, int maxStringLength) {

  /** 20 MiB, 64 levels, strings of 1 Mi characters. */
  public static final CsafLimits DEFAULTS = new CsafLimits(20L * 1024 * 1024, 64, 1024 * 1024);

  public CsafLimits {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    if (maxNestingDepth < 1) {
      throw new IllegalArgumentException("maxNestingDepth must be positive: " + maxNestingDepth);
    }
    if (maxStringLength < 1) {
      throw new IllegalArgumentException("maxStringLength must be positive: " + maxStringLength);
    }
  }
}
