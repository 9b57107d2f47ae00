package org.scrmportal.advisory.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds subtags reserved for private use in a BCP 47 language tag (RFC 5646), for test 6.2.14: the
 * private-use section ({@code x-...}), primary languages {@code qaa}–{@code qtz}, scripts {@code
 * Qaaa}–{@code Qabx}, and regions {@code AA}, {@code QM}–{@code QZ}, {@code XA}–{@code XZ} and
 * {@code ZZ} (as the IANA Language Subtag Registry marks them "Private use").
 */
final class PrivateUseLanguageTags {

  private PrivateUseLanguageTags() {}

  /** The first subtag of {@code tag} reserved for private use, if any. */
  static Optional<String> privateUseSubtag(String tag) {
    String[] subtags = tag.split("-");
    if (subtags.length == 0 || subtags[0].isEmpty()) {
      return Optional.empty();
    }
    String primary = subtags[0].toLowerCase(Locale.ROOT);
    if (primary.equals("x")) {
      return Optional.of(subtags[0]);
    }
    if (primary.equals("i")) {
      return Optional.empty(); // grandfathered irregular tag such as i-default
    }
    if (primary.length() == 3 && primary.compareTo("qaa") >= 0 && primary.compareTo("qtz") <= 0) {
      return Optional.of(subtags[0]);
    }
    // after the language: extlang (3 letters, up to 3), script (4 letters), region (2 letters or 3
    // digits), variants; a singleton starts an extension (its subtags are not checked) or, for x,
    // the private-use section
    boolean scriptAllowed = true;
    boolean regionAllowed = true;
    for (int i = 1; i < subtags.length; i++) {
      String subtag = subtags[i];
      String lower = subtag.toLowerCase(Locale.ROOT);
      if (lower.length() == 1) {
        return lower.equals("x") ? Optional.of(subtag) : privateSection(subtags, i + 1);
      }
      if (scriptAllowed && lower.length() == 4 && lower.chars().allMatch(Character::isLetter)) {
        scriptAllowed = false;
        if (lower.compareTo("qaaa") >= 0 && lower.compareTo("qabx") <= 0) {
          return Optional.of(subtag);
        }
      } else if (regionAllowed
          && lower.length() == 2
          && lower.chars().allMatch(Character::isLetter)) {
        scriptAllowed = false;
        regionAllowed = false;
        if (lower.equals("aa")
            || lower.equals("zz")
            || (lower.charAt(0) == 'q' && lower.charAt(1) >= 'm')
            || lower.charAt(0) == 'x') {
          return Optional.of(subtag);
        }
      } else if (lower.length() != 3 || !lower.chars().allMatch(Character::isLetter)) {
        // a 3-digit region or a variant: nothing after it is a script or a region
        scriptAllowed = false;
        regionAllowed = false;
      }
    }
    return Optional.empty();
  }

  /** Skips the subtags of an extension up to a private-use section ({@code x-...}), if any. */
  private static Optional<String> privateSection(String[] subtags, int from) {
    for (int i = from; i < subtags.length; i++) {
      if (subtags[i].equalsIgnoreCase("x")) {
        return Optional.of(subtags[i]);
      }
    }
    return Optional.empty();
  }
}
