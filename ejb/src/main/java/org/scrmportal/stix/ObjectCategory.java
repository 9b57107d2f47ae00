package org.scrmportal.stix;

import java.util.Set;

/**
 * What kind of STIX object a type names: the SDOs of STIX 2.1 section 4, the SROs of section 5, the
 * SCOs of section 6, the meta objects of section 7 (language content, marking definitions,
 * extension definitions), or a custom object (section 11) of a type the specification does not
 * define.
 */
public enum ObjectCategory {
  /** STIX Domain Object (section 4). */
  SDO,
  /** STIX Relationship Object (section 5). */
  SRO,
  /**
   * STIX Cyber-observable Object (section 6); not versioned, no {@code created}/{@code modified}.
   */
  SCO,
  /** Language content (section 7.1). */
  LANGUAGE_CONTENT,
  /** Marking definition (section 7.2.1); never versioned. */
  MARKING_DEFINITION,
  /** Extension definition (section 7.3). */
  EXTENSION_DEFINITION,
  /**
   * A custom object (section 11): a type name that follows the naming rules but is not defined
   * above.
   */
  CUSTOM;

  static final Set<String> SDO_TYPES =
      Set.of(
          "attack-pattern",
          "campaign",
          "course-of-action",
          "grouping",
          "identity",
          "incident",
          "indicator",
          "infrastructure",
          "intrusion-set",
          "location",
          "malware",
          "malware-analysis",
          "note",
          "observed-data",
          "opinion",
          "report",
          "threat-actor",
          "tool",
          "vulnerability");
  static final Set<String> SRO_TYPES = Set.of("relationship", "sighting");
  static final Set<String> SCO_TYPES =
      Set.of(
          "artifact",
          "autonomous-system",
          "directory",
          "domain-name",
          "email-addr",
          "email-message",
          "file",
          "ipv4-addr",
          "ipv6-addr",
          "mac-addr",
          "mutex",
          "network-traffic",
          "process",
          "software",
          "url",
          "user-account",
          "windows-registry-key",
          "x509-certificate");

  /** The category of objects of {@code type}. */
  public static ObjectCategory of(String type) {
    if (SDO_TYPES.contains(type)) {
      return SDO;
    }
    if (SRO_TYPES.contains(type)) {
      return SRO;
    }
    if (SCO_TYPES.contains(type)) {
      return SCO;
    }
    return switch (type) {
      case "language-content" -> LANGUAGE_CONTENT;
      case "marking-definition" -> MARKING_DEFINITION;
      case "extension-definition" -> EXTENSION_DEFINITION;
      default -> CUSTOM;
    };
  }

  /** The types STIX 2.1 defines in this category (none for {@link #CUSTOM}). */
  public Set<String> types() {
    return switch (this) {
      case SDO -> SDO_TYPES;
      case SRO -> SRO_TYPES;
      case SCO -> SCO_TYPES;
      case LANGUAGE_CONTENT -> Set.of("language-content");
      case MARKING_DEFINITION -> Set.of("marking-definition");
      case EXTENSION_DEFINITION -> Set.of("extension-definition");
      case CUSTOM -> Set.of();
    };
  }

  /** Whether STIX 2.1 defines this type (anything but {@link #CUSTOM}). */
  public boolean isDefinedBySpecification() {
    return this != CUSTOM;
  }

  /**
   * Whether objects of this category are versioned by {@code modified} (STIX 2.1, Versioning):
   * SDOs, SROs, language content, extension definitions and custom objects; not SCOs nor marking
   * definitions.
   */
  public boolean isVersioned() {
    return this != SCO && this != MARKING_DEFINITION;
  }
}
