package org.scrmportal.advisory.batch;

import java.util.Objects;

/**
 * One document of a batch.
 *
 * @param name where it came from: its file name (with the archive's), or its URL
 * @param signature the {@code .asc} file beside it (same base name), or null
 */
public record BatchEntry(String name, byte[] content, byte[] signature) {

  public BatchEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }
}
