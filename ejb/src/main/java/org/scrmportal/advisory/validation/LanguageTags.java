package org.scrmportal.advisory.validation;

import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a language tag ({@code language_t}, BCP 47) is valid and its subtags exist, as far as the
 * JDK knows them: the tag must be well-formed ({@link Locale.Builder#setLanguageTag}); a two-letter
 * primary language subtag must be an ISO 639-1 code; a four-letter or longer one is reserved or
 * unregistered; a two-letter region subtag must be an ISO 3166-1 code (or one of the region subtags
 * that BCP 47 adds: EU, EZ, UN, and the private-use AA, QM-QZ, XA-XZ, ZZ). Three-letter language
 * subtags (ISO 639-2/3) and three-digit regions (UN M.49) are accepted once well-formed: the JDK
 * has no full list of them.
 */
final class LanguageTags {

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> REGIONS = regions();

  private LanguageTags() {}

  /** Why {@code tag} is not a valid language tag, or empty when it is. */
  static Optional<String> problem(String tag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      return Optional.of(
          "'" + tag + "' is not a well-formed language tag (BCP 47): " + e.getMessage());
    }
    String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    if (primary.equals("x") || primary.equals("i")) {
      return Optional.empty(); // private use, or a grandfathered tag the JDK accepted
    }
    if (primary.length() == 2 && !LANGUAGES.contains(primary)) {
      return Optional.of(
          "'"
              + primary
              + "' of '"
              + tag
              + "' is not a language (ISO 639-1)"
              + (REGIONS.contains(primary.toUpperCase(Locale.ROOT)) ? "; it is a region" : ""));
    }
    if (primary.length() >= 4) {
      return Optional.of("'" + primary + "' of '" + tag + "' is not a registered language subtag");
    }
    String region = locale.getCountry();
    if (region.length() == 2 && !REGIONS.contains(region)) {
      return Optional.of("'" + region + "' of '" + tag + "' is not a region (ISO 3166-1)");
    }
    return Optional.empty();
  }

  private static Set<String> regions() {
    Set<String> regions = new HashSet<>(Set.of(Locale.getISOCountries()));
    regions.addAll(Set.of("EU", "EZ", "UN", "AA", "ZZ"));
    for (char c = 'M'; c <= 'Z'; c++) {
      regions.add("Q" + c);
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      regions.add("X" + c);
    }
    return Set.copyOf(regions);
  }
}
