package org.scrmportal.baseline.oscal;

import java.util.Objects;

/** One control a component implements, how far, and the statement (markdown) saying how. */
public record ImplementedRequirement(
    String uuid, String controlId, ImplementationStatus status, String statement) {

  public ImplementedRequirement {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(controlId, "controlId");
    Objects.requireNonNull(status, "status");
    statement = statement == null ? "" : statement;
  }
}
