package org.scrmportal.baseline.oscal;

import java.util.Objects;

/**
 * One finding that makes a document unacceptable. {@code path} is a JSON Pointer (RFC 6901, {@code
 * /catalog/groups/3/controls/0/id}) for JSON and YAML, an XPath-like path ({@code
 * /catalog[1]/group[4]/control[1]/@id}) or a line and column for XML, and {@code ""} when none
 * applies.
 */
public record OscalProblem(String path, String message) {

  public OscalProblem {
    path = path == null ? "" : path;
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
