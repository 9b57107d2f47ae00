package org.scrmportal.stix;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a bundle gives, all or nothing (STIX 2.1 section 8): either every object is valid
 * and the result holds them all, or the result holds every error found and no object.
 */
public sealed interface BundleResult {

  /** Whether every object was valid. */
  boolean isValid();

  /**
   * Every object valid.
   *
   * @param bundleId the bundle's {@code id}; empty for a TAXII envelope, which has none
   * @param objects the objects in bundle order, identical duplicates collapsed into the first one
   */
  record Valid(Optional<StixId> bundleId, List<StixObject> objects) implements BundleResult {

    public Valid {
      Objects.requireNonNull(bundleId, "bundleId");
      objects = List.copyOf(objects);
    }

    @Override
    public boolean isValid() {
      return true;
    }
  }

  /**
   * Rejected as a whole.
   *
   * @param errors every error found, bundle-level ones first, then by object index
   */
  record Invalid(List<StixError> errors) implements BundleResult {

    public Invalid {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid bundle has at least one error");
      }
    }

    @Override
    public boolean isValid() {
      return false;
    }
  }
}
