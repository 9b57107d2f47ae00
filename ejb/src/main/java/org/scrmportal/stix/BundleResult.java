package org.scrmportal.stix;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a bundle gives, object by object: the valid objects, the errors of the invalid ones,
 * and the warnings of all of them.
 *
 * <p>One bad object does not make the others invalid: an error names its object ({@link
 * StixError#objectIndex()}), and {@link #objects()} holds every object that has none, whichever of
 * the two results it is. Only an error about the body as a whole (its size, its JSON, its envelope;
 * {@link #rejectedAsAWhole()}) leaves no object at all. A caller that keeps a bundle whole or not
 * at all takes {@link Valid} only; a caller that keeps object by object stores {@link #objects()}
 * and reports {@link #errors()} per object.
 */
public sealed interface BundleResult {

  /** Whether every object was valid. */
  boolean isValid();

  /** The bundle's {@code id}; empty for a TAXII envelope, which has none, or a rejected body. */
  Optional<StixId> bundleId();

  /**
   * The valid objects in bundle order, identical duplicates collapsed into the first one: all of
   * them for {@link Valid}, those without an error for {@link Invalid} (none when the body is
   * rejected as a whole).
   */
  List<StixObject> objects();

  /** Every error, bundle-level ones first, then by object index; empty for {@link Valid}. */
  List<StixError> errors();

  /** Every warning, by object index, of valid and invalid objects alike. */
  List<StixWarning> warnings();

  /** Whether an error concerns the body as a whole, so that no object could be read. */
  default boolean rejectedAsAWhole() {
    return errors().stream().anyMatch(e -> e.objectIndex().isEmpty());
  }

  /**
   * Every object valid.
   *
   * @param bundleId the bundle's {@code id}; empty for a TAXII envelope, which has none
   * @param objects the objects in bundle order, identical duplicates collapsed into the first one
   * @param warnings the warnings of the objects, by object index
   */
  record Valid(Optional<StixId> bundleId, List<StixObject> objects, List<StixWarning> warnings)
      implements BundleResult {

    public Valid {
      Objects.requireNonNull(bundleId, "bundleId");
      objects = List.copyOf(objects);
      warnings = List.copyOf(warnings);
    }

    /** Every object valid, without warnings. */
    public Valid(Optional<StixId> bundleId, List<StixObject> objects) {
      this(bundleId, objects, List.of());
    }

    @Override
    public boolean isValid() {
      return true;
    }

    @Override
    public List<StixError> errors() {
      return List.of();
    }
  }

  /**
   * At least one error: either the body as a whole is rejected, or some objects are invalid and the
   * others are in {@link #objects()}.
   *
   * @param errors every error found, bundle-level ones first, then by object index
   * @param bundleId the bundle's {@code id} when the envelope was read
   * @param objects the objects without an error, in bundle order
   * @param warnings the warnings of the objects, by object index
   */
  record Invalid(
      List<StixError> errors,
      Optional<StixId> bundleId,
      List<StixObject> objects,
      List<StixWarning> warnings)
      implements BundleResult {

    public Invalid {
      errors = List.copyOf(errors);
      Objects.requireNonNull(bundleId, "bundleId");
      objects = List.copyOf(objects);
      warnings = List.copyOf(warnings);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid bundle has at least one error");
      }
    }

    /** Rejected as a whole: these errors, no object. */
    public Invalid(List<StixError> errors) {
      this(errors, Optional.empty(), List.of(), List.of());
    }

    @Override
    public boolean isValid() {
      return false;
    }
  }
}
