package org.scrmportal.advisory.validation;

import java.util.List;

/**
 * A spell checker for the informative test 6.3.8. The portal bundles no dictionary, so the default,
 * {@link #NONE}, supports no language; by the specification the test then fails ("It SHALL fail if
 * the given language is not supported") with one finding at {@code /document/lang}, and checks no
 * word. A deployment with dictionaries passes its own checker to {@link InformativeTests#all(
 * UrlResolver, CsafSpellChecker)}.
 */
public interface CsafSpellChecker {

  /** No dictionary: no language is supported. */
  CsafSpellChecker NONE =
      new CsafSpellChecker() {
        @Override
        public boolean supports(String language) {
          return false;
        }

        @Override
        public List<String> misspellings(String language, String text) {
          return List.of();
        }
      };

  /** Whether this checker has a dictionary for the BCP 47 language tag {@code language}. */
  boolean supports(String language);

  /** The misspelt words of {@code text} in {@code language} (one it supports); empty if none. */
  List<String> misspellings(String language, String text);
}
