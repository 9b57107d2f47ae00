package org.scrmportal.platform;

import java.util.Arrays;

/**
 * The Traffic Light Protocol 2.0 levels (FIRST, TLP version 2.0, August 2022), least to most
 * restrictive, with the identifiers of their official STIX 2.1 marking definitions.
 */
public enum TlpLevel {
  CLEAR("TLP:CLEAR", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"),
  GREEN("TLP:GREEN", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
  AMBER("TLP:AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
  AMBER_STRICT("TLP:AMBER+STRICT", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"),
  RED("TLP:RED", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

  private final String label;
  private final String stixMarkingDefinition;

  TlpLevel(String label, String stixMarkingDefinition) {
    this.label = label;
    this.stixMarkingDefinition = stixMarkingDefinition;
  }

  /** As written in TLP 2.0, e.g. {@code TLP:AMBER+STRICT}. */
  public String label() {
    return label;
  }

  public String stixMarkingDefinition() {
    return stixMarkingDefinition;
  }

  /** The texts {@link #parse} accepts, as a regular expression (for Bean Validation). */
  public static final String PATTERN = "(?i)(TLP:)?(CLEAR|GREEN|AMBER|AMBER[+_]STRICT|RED)";

  /** Accepts {@code AMBER_STRICT}, {@code AMBER+STRICT} or {@code TLP:AMBER+STRICT}, any case. */
  public static TlpLevel parse(String text) {
    String normalized = text.trim().toUpperCase().replaceFirst("^TLP:", "").replace('+', '_');
    return Arrays.stream(values())
        .filter(l -> l.name().equals(normalized))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown TLP level " + text));
  }
}
