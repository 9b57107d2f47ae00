package org.scrmportal.stix;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A STIX identifier, {@code object-type--UUID} (STIX 2.1 section 2.9 Identifier).
 *
 * <p>The object type follows the naming rules of the {@code type} property (section 3.2, and
 * sections 11.1-11.2 for custom objects): 3 to 250 characters, lower-case ASCII letters, digits and
 * hyphens, starting with a letter; it may not end with a hyphen nor hold two in a row, since {@code
 * --} separates it from the UUID. The UUID must be RFC 4122-compliant (section 2.9): versions 1 to
 * 5 with the RFC 4122 variant ({@code 8}, {@code 9}, {@code a} or {@code b}), as the official
 * {@code identifier.json} schema also requires. The value is kept as written.
 */
public record StixId(String value) implements Comparable<StixId> {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final Pattern UUID_4122 =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

  /** Checks the value as {@link #problem(String)} does. */
  public StixId {
    Objects.requireNonNull(value, "value");
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  public static StixId of(String value) {
    return new StixId(value);
  }

  /**
   * What is wrong with {@code value} as a STIX identifier (section 2.9), or empty when nothing is.
   */
  public static Optional<String> problem(String value) {
    if (value == null) {
      return Optional.of("an identifier must be a string");
    }
    int separator = value.indexOf("--");
    if (separator < 0) {
      return Optional.of(
          "'"
              + abbreviate(value)
              + "' is not an identifier: expected object-type--UUID (STIX 2.1 section 2.9)");
    }
    String type = value.substring(0, separator);
    String uuid = value.substring(separator + 2);
    Optional<String> typeProblem = typeProblem(type);
    if (typeProblem.isPresent()) {
      return Optional.of("'" + abbreviate(value) + "' is not an identifier: " + typeProblem.get());
    }
    if (!UUID_4122.matcher(uuid).matches()) {
      return Optional.of(
          "'"
              + abbreviate(value)
              + "' is not an identifier: '"
              + abbreviate(uuid)
              + "' is not an RFC 4122 UUID (versions 1-5, variant 10xx) (STIX 2.1 section 2.9)");
    }
    return Optional.empty();
  }

  /**
   * What is wrong with {@code type} as the name of a STIX object type (sections 3.2 and 11.1-11.2),
   * or empty when nothing is.
   */
  public static Optional<String> typeProblem(String type) {
    if (type.length() < 3 || type.length() > 250) {
      return Optional.of("object type '" + abbreviate(type) + "' must be 3 to 250 characters long");
    }
    if (!TYPE.matcher(type).matches()) {
      return Optional.of(
          "object type '"
              + abbreviate(type)
              + "' must be lower-case letters, digits and single hyphens, starting with a letter");
    }
    return Optional.empty();
  }

  /** The object type part, e.g. {@code indicator}. */
  public String type() {
    return value.substring(0, value.indexOf("--"));
  }

  /** The UUID part. */
  public UUID uuid() {
    return UUID.fromString(value.substring(value.indexOf("--") + 2));
  }

  /** Whether this identifies an object of {@code type}. */
  public boolean isOfType(String type) {
    return type().equals(type);
  }

  @Override
  public int compareTo(StixId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
