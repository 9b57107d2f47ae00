package org.scrmportal.stix;

/**
 * Hard limits on what {@link BundleReader} accepts, checked before and while parsing so that no
 * input can make it use unbounded memory or time.
 *
 * @param maxBytes the largest body, in bytes of UTF-8
 * @param maxObjects the most objects in one bundle
 * @param maxNestingDepth the deepest JSON nesting of objects and arrays, counting the bundle itself
 * @param maxStringLength the longest JSON string, in characters (an artifact's {@code payload_bin}
 *     is the usual long one)
 * @param maxNumberLength the longest JSON number, in characters
 * @param maxPatternDepth the deepest nesting of parentheses and brackets in a STIX pattern
 */
public record BundleLimits(
    long maxBytes,
    int maxObjects,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxPatternDepth) {

  /**
   * 20 MiB, 100,000 objects, depth 32, strings of 10 Mi characters, numbers of 100 characters,
   * patterns nested 64 levels deep.
   */
  public static final BundleLimits DEFAULTS =
      new BundleLimits(20L * 1024 * 1024, 100_000, 32, 10 * 1024 * 1024, 100, 64);

  public BundleLimits {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be between 1 and 2 GiB: " + maxBytes);
    }
    if (maxObjects < 1
        || maxNestingDepth < 3
        || maxStringLength < 1
        || maxNumberLength < 1
        || maxPatternDepth < 1) {
      throw new IllegalArgumentException(
          "limits must be positive, and the nesting depth at least 3 "
              + "(bundle, objects, object)");
    }
  }

  public BundleLimits withMaxBytes(long value) {
    return new BundleLimits(
        value, maxObjects, maxNestingDepth, maxStringLength, maxNumberLength, maxPatternDepth);
  }

  public BundleLimits withMaxObjects(int value) {
    return new BundleLimits(
        maxBytes, value, maxNestingDepth, maxStringLength, maxNumberLength, maxPatternDepth);
  }

  public BundleLimits withMaxNestingDepth(int value) {
    return new BundleLimits(
        maxBytes, maxObjects, value, maxStringLength, maxNumberLength, maxPatternDepth);
  }

  public BundleLimits withMaxStringLength(int value) {
    return new BundleLimits(
        maxBytes, maxObjects, maxNestingDepth, value, maxNumberLength, maxPatternDepth);
  }

  public BundleLimits withMaxNumberLength(int value) {
    return new BundleLimits(
        maxBytes, maxObjects, maxNestingDepth, maxStringLength, value, maxPatternDepth);
  }

  public BundleLimits withMaxPatternDepth(int value) {
    return new BundleLimits(
        maxBytes, maxObjects, maxNestingDepth, maxStringLength, maxNumberLength, value);
  }
}
