package org.scrmportal.stix;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A granular marking (STIX 2.1 section 7.2.3): a marking definition, or a language, applied to the
 * parts of an object its selectors name.
 *
 * @param markingRef the marking definition applied, if this marking carries one
 * @param lang the language applied, if this marking carries one
 * @param selectors the selectors, as written
 */
public record GranularMarking(
    Optional<StixId> markingRef, Optional<String> lang, List<String> selectors) {

  public GranularMarking {
    Objects.requireNonNull(markingRef, "markingRef");
    Objects.requireNonNull(lang, "lang");
    selectors = List.copyOf(selectors);
  }
}
