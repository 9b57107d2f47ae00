package org.scrmportal.stix;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One reason a bundle, or one object of it, was rejected.
 *
 * <p>Each {@link Kind} is either a limit or a condition of reading at all (size, JSON, envelope,
 * conflicting versions, unknown markings: see each), or a MUST that the OASIS validator
 * (stix2-validator) enforces, or a MUST of STIX 2.1 quoted where it is checked ({@code
 * ObjectValidator}). Whatever the specification only recommends is a {@link StixWarning} instead.
 *
 * @param kind which rule was broken
 * @param objectIndex the 0-based index of the object in the bundle's {@code objects}, empty for the
 *     bundle as a whole (its size, its JSON, its envelope)
 * @param objectId the object's {@code id} as written, when it has one
 * @param pointer where: a JSON pointer (RFC 6901) into the object when {@code objectIndex} is
 *     present, into the bundle otherwise; {@code ""} for the whole
 * @param message what is wrong, for a person; names the specification section where one applies
 */
public record StixError(
    Kind kind, OptionalInt objectIndex, Optional<String> objectId, String pointer, String message) {

  /** Which rule an error breaks. */
  public enum Kind {
    /** The body is larger than the configured limit. */
    TOO_LARGE,
    /** JSON nested deeper than the configured limit. */
    TOO_DEEP,
    /** More objects in one bundle than the configured limit. */
    TOO_MANY_OBJECTS,
    /** A string, a number or a property name longer than the configured limit. */
    VALUE_TOO_LONG,
    /** Not UTF-8, not JSON, a property twice in one object, or content after the bundle. */
    MALFORMED_JSON,
    /** Not a bundle: the envelope of STIX 2.1 section 8 is wrong. */
    NOT_A_BUNDLE,
    /** An object breaks its official JSON schema (stix2-validator validates against the same). */
    SCHEMA,
    /**
     * An indicator's STIX pattern does not parse (section 9; the MUST {@code patterns} of
     * stix2-validator), or nests deeper or is longer than the checker's limits.
     */
    PATTERN,
    /**
     * An {@code id}, or a reference the specification defines, is no identifier, or the {@code id}
     * does not name the object's own type (section 2.9: "An identifier MUST follow the form
     * object-type--UUID").
     */
    IDENTIFIER,
    /**
     * A reference of an SCO names an object of a type the specification does not allow there (the
     * MUST {@code observable_object_references} of stix2-validator).
     */
    REFERENCE_TYPE,
    /**
     * A marking reference names a marking definition that is neither TLP nor in the bundle nor
     * known to the caller. Not a MUST of STIX but of the portal's access control: an object whose
     * marking the portal cannot read cannot be shared as its producer asked.
     */
    UNKNOWN_MARKING,
    /** A timestamp is not a real date and time (section 2.15; MUST {@code timestamp}). */
    TIMESTAMP,
    /**
     * Two timestamps of one object are in the wrong order, e.g. modified before created (section
     * 3.2; MUST {@code timestamp_compare}).
     */
    TIMESTAMP_ORDER,
    /** {@code spec_version} is not 2.1 (section 3.2: "MUST be 2.1"). */
    SPEC_VERSION,
    /**
     * Two objects with the same {@code (id, modified)} but different content: one version of an
     * object is one content, which a store keyed by id and version cannot hold twice.
     */
    CONFLICTING_DUPLICATE
  }

  public StixError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(objectIndex, "objectIndex");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** An error about the bundle as a whole. */
  static StixError ofBundle(Kind kind, String pointer, String message) {
    return new StixError(kind, OptionalInt.empty(), Optional.empty(), pointer, message);
  }

  /** An error about the object at {@code index}. */
  static StixError ofObject(
      Kind kind, int index, Optional<String> id, String pointer, String message) {
    return new StixError(kind, OptionalInt.of(index), id, pointer, message);
  }

  /** Where in the bundle, as a JSON pointer from the bundle's root. */
  public String bundlePointer() {
    return objectIndex.isPresent() ? "/objects/" + objectIndex.getAsInt() + pointer : pointer;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(bundlePointer().isEmpty() ? "bundle" : bundlePointer());
    objectId.ifPresent(id -> text.append(" (").append(id).append(')'));
    return text.append(": ").append(message).toString();
  }
}
