package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CSAF 2.0 6.1.26 Prohibited Document Category Name: for the profile "CSAF Base", the document
 * category equals neither the name (without {@code csaf_}) nor the value of another profile, case
 * insensitive and with dashes, whitespace and underscores removed on both sides, and does not start
 * with the reserved prefix {@code csaf_} (case insensitive) unless it is {@code csaf_base}. Skipped
 * for the five values of section 4.
 */
final class ProhibitedDocumentCategoryName implements CsafTest {

  /** Dashes, whitespace and underscores (Unicode dashes and spaces too). */
  private static final Pattern SEPARATORS = Pattern.compile("[_\\p{Pd}\\s\\p{Z}]");

  /** Normalised name or value of each profile other than CSAF Base, to the profile's name. */
  private static final Map<String, String> PROHIBITED =
      Map.of(
          normalise("Security incident response"), "Security incident response",
          normalise(ProfileCategories.SECURITY_INCIDENT_RESPONSE), "Security incident response",
          normalise("Informational Advisory"), "Informational Advisory",
          normalise(ProfileCategories.INFORMATIONAL_ADVISORY), "Informational Advisory",
          normalise("Security Advisory"), "Security Advisory",
          normalise(ProfileCategories.SECURITY_ADVISORY), "Security Advisory",
          normalise("VEX"), "VEX",
          normalise(ProfileCategories.VEX), "VEX");

  @Override
  public String number() {
    return "6.1.26";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    String category = ProfileCategories.of(document);
    if (ProfileCategories.ALL.contains(category)) {
      return List.of();
    }
    String profile = PROHIBITED.get(normalise(category));
    if (profile != null) {
      return List.of(
          new Finding(
              number(),
              "/document/category",
              "The document category '"
                  + category
                  + "' is the name or value of the profile '"
                  + profile
                  + "'; use its value or a category of your own for CSAF Base."));
    }
    if (category.toLowerCase(Locale.ROOT).startsWith("csaf_")) {
      return List.of(
          new Finding(
              number(),
              "/document/category",
              "The document category '"
                  + category
                  + "' starts with the prefix 'csaf_' reserved for the profiles of the standard."));
    }
    return List.of();
  }

  /** Lower case, without dashes, whitespace and underscores. */
  private static String normalise(String value) {
    return SEPARATORS.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
