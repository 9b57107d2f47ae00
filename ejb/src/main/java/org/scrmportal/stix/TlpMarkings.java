package org.scrmportal.stix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the TLP level of STIX content, for the access policy: the most restrictive TLP level among
 * an object's {@code object_marking_refs} (STIX 2.1 section 7.2.2) and the {@code marking_ref}s of
 * its {@code granular_markings} (section 7.2.3), counting the official TLP 2.0 marking definitions
 * and the STIX 2.1 TLP 1.0 ones (section 7.2.1.4, mapped as {@link TlpMarking} says); other marking
 * definitions (statements, custom ones) carry no TLP level. Empty when nothing marks the object
 * with a TLP level.
 */
public final class TlpMarkings {

  private TlpMarkings() {}

  /** The most restrictive TLP level marking {@code object}, as a whole or in part. */
  public static Optional<TlpMarking> mostRestrictive(StixObject object) {
    return mostRestrictive(object.objectMarkingRefs(), object.granularMarkings());
  }

  /** The most restrictive TLP level among these object markings and granular markings. */
  public static Optional<TlpMarking> mostRestrictive(
      Collection<StixId> objectMarkingRefs, Collection<GranularMarking> granularMarkings) {
    Objects.requireNonNull(objectMarkingRefs, "objectMarkingRefs");
    Objects.requireNonNull(granularMarkings, "granularMarkings");
    return Stream.concat(
            objectMarkingRefs.stream(),
            granularMarkings.stream().flatMap(g -> g.markingRef().stream()))
        .map(TlpMarking::of)
        .flatMap(Optional::stream)
        .max(Enum::compareTo);
  }

  /**
   * Every marking-definition id that means a TLP level: the five TLP 2.0 ones and the four TLP 1.0
   * ones.
   */
  public static Set<StixId> tlpMarkingDefinitions() {
    return Stream.of(TlpMarking.values())
        .flatMap(
            t ->
                Stream.concat(
                    Stream.of(t.tlp2MarkingDefinition()), t.tlp1MarkingDefinition().stream()))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The five TLP 2.0 marking definitions as FIRST publishes them (STIX 2.1 objects with the TLP 2.0
   * extension), read from the bundled copy and validated like any bundle, for serving them to
   * consumers that do not know them.
   */
  public static List<StixObject> tlp2Definitions() {
    try (InputStream in =
        TlpMarkings.class.getClassLoader().getResourceAsStream(Stix.TLP2_DEFINITIONS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + Stix.TLP2_DEFINITIONS_RESOURCE);
      }
      BundleResult result = new BundleReader().read(in);
      if (result instanceof BundleResult.Invalid invalid) {
        throw new IllegalStateException(
            "the bundled TLP 2.0 marking definitions are invalid: " + invalid.errors());
      }
      return ((BundleResult.Valid) result).objects();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
