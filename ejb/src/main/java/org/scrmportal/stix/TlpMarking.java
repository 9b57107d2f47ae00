package org.scrmportal.stix;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.scrmportal.platform.TlpLevel;

/**
 * A TLP level as STIX 2.1 content marks it, least to most restrictive: the FIRST TLP 2.0 levels,
 * whose official marking definitions are those of {@link TlpLevel} (the single source of their
 * ids), and the STIX 2.1 TLP 1.0 marking definitions (section 7.2.1.4) mapped onto them: WHITE to
 * CLEAR, GREEN, AMBER and RED to themselves. TLP 1.0 has no AMBER+STRICT.
 */
public enum TlpMarking {
  CLEAR(TlpLevel.CLEAR, Stix.TLP1_WHITE),
  GREEN(TlpLevel.GREEN, Stix.TLP1_GREEN),
  AMBER(TlpLevel.AMBER, Stix.TLP1_AMBER),
  AMBER_STRICT(TlpLevel.AMBER_STRICT, null),
  RED(TlpLevel.RED, Stix.TLP1_RED);

  private final TlpLevel level;
  private final StixId tlp2;
  private final StixId tlp1;

  TlpMarking(TlpLevel level, StixId tlp1) {
    this.level = Objects.requireNonNull(level, "level");
    this.tlp2 = StixId.of(level.stixMarkingDefinition());
    this.tlp1 = tlp1;
  }

  /** The portal's access-policy level this marking means. */
  public TlpLevel level() {
    return level;
  }

  /** The id of the official TLP 2.0 marking definition of this level. */
  public StixId tlp2MarkingDefinition() {
    return tlp2;
  }

  /** The id of the STIX 2.1 TLP 1.0 marking definition that maps to this level, if there is one. */
  public Optional<StixId> tlp1MarkingDefinition() {
    return Optional.ofNullable(tlp1);
  }

  /** The level that {@code markingDefinition} marks, when it is a TLP 2.0 or a TLP 1.0 one. */
  public static Optional<TlpMarking> of(StixId markingDefinition) {
    return Arrays.stream(values())
        .filter(t -> t.tlp2.equals(markingDefinition) || markingDefinition.equals(t.tlp1))
        .findFirst();
  }

  /** The level of the portal's {@code level}. */
  public static TlpMarking of(TlpLevel level) {
    return valueOf(level.name());
  }

  /** The more restrictive of this and {@code other}. */
  public TlpMarking max(TlpMarking other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
