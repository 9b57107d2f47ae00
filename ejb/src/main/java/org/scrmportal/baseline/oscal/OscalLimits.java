package org.scrmportal.baseline.oscal;

/**
 * What {@link OscalDocuments#read} accepts at most: the size in bytes and the nesting depth of
 * objects/arrays (JSON, YAML) or elements (XML). NIST's SP 800-53 rev5 catalog is about 10 MB and
 * nests about 15 levels deep in JSON (parts in parts in controls in groups).
 */
public record OscalLimits(long maxBytes, int maxDepth) {

  /** 32 MiB and 200 levels. */
  public static final OscalLimits DEFAULTS = new OscalLimits(32L * 1024 * 1024, 200);

  public OscalLimits {
    if (maxBytes <= 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
