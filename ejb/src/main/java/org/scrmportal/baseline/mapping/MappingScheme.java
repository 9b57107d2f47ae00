package org.scrmportal.baseline.mapping;

import java.util.Locale;
import java.util.Optional;

/** The external identifiers a mapping document maps to controls (docs/MAPPINGS.md). */
public enum MappingScheme {
  /** MITRE ATT&CK technique or sub-technique: {@code T1195}, {@code T1195.002}. */
  ATTACK,
  /** MITRE CAPEC attack pattern: {@code CAPEC-437}. */
  CAPEC,
  /** MITRE CWE weakness: {@code CWE-79}. */
  CWE,
  /** One STIX object by its id: {@code attack-pattern--...}. */
  STIX;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MappingScheme> ofCode(String code) {
    for (MappingScheme s : values()) {
      if (s.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
