package org.scrmportal.stix;

import java.util.Objects;
import java.util.Optional;

/**
 * Something in an object that the STIX 2.1 specification advises against but does not forbid with a
 * MUST, and that the OASIS validator (stix2-validator) does not refuse either: the object is valid
 * and kept, and the warning travels with it (e.g. into a TAXII status) so that the producer can
 * hear of it.
 *
 * <p>The portal refuses an object only for a rule that the OASIS validator enforces as a MUST, or
 * for a MUST of the specification that the code quotes (see {@link StixError.Kind}); everything
 * else it checks is one of these {@link Rule}s.
 *
 * @param rule which recommendation the object does not follow
 * @param objectIndex the 0-based index of the object in the bundle's (or envelope's) {@code
 *     objects}
 * @param objectId the object's {@code id} as written, when it has one
 * @param pointer where in the object, a JSON pointer (RFC 6901)
 * @param section the section of STIX 2.1 the recommendation comes from, e.g. {@code "11.1"}
 * @param message what is unusual, for a person; names the section
 */
public record StixWarning(
    Rule rule,
    int objectIndex,
    Optional<String> objectId,
    String pointer,
    String section,
    String message) {

  /**
   * The recommendations that give warnings, each one no MUST of STIX 2.1 nor of stix2-validator.
   */
  public enum Rule {
    /**
     * A property that neither the specification nor the object's official schema defines (a custom
     * property, section 11.1) is named {@code *_ref} or {@code *_refs} but does not hold
     * identifiers. Section 11.1 sets MUSTs on a custom property's name only (ASCII a-z, 0-9 and
     * {@code _}, 3 to 250 characters); the {@code identifier} type of section 2.9 binds the
     * properties whose definition gives them that type, which a custom property has not. The {@code
     * _ref}/{@code _refs} suffix is the specification's convention for references, so a value that
     * is no identifier deserves a word, not a refusal; stix2-validator does not check it at all
     * (its MUST checks in {@code v21/musts.py} test no custom property's value). Seen in MITRE
     * ATT&amp;CK: {@code "x_mitre_data_source_ref": ""} on data components.
     */
    CUSTOM_REFERENCE,
    /**
     * A reference whose target type the property's description names, but without a MUST that
     * stix2-validator enforces or the official schema expresses: {@code created_by_ref} to an
     * identity (section 3.2), {@code object_marking_refs} to marking definitions (section 7.2.2), a
     * malware's {@code sample_refs} (4.11) and a malware analysis' references (4.12). A reference
     * of the wrong type is kept; the portal does not follow it for access decisions (the TLP of an
     * object comes from the marking definitions it names, whatever else it names).
     */
    REFERENCE_TYPE
  }

  public StixWarning {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(message, "message");
    if (objectIndex < 0) {
      throw new IllegalArgumentException("objectIndex must not be negative: " + objectIndex);
    }
  }

  /** Where in the bundle, as a JSON pointer from the bundle's root. */
  public String bundlePointer() {
    return "/objects/" + objectIndex + pointer;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(bundlePointer());
    objectId.ifPresent(id -> text.append(" (").append(id).append(')'));
    return text.append(": warning: ").append(message).toString();
  }
}
