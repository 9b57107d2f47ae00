package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CSAF 2.0 6.1.31 Version Range in Product Version: the {@code name} of a branch of category {@code
 * product_version} contains no version range.
 *
 * <p>The specification deems it sufficient that the lower-cased name contains none of {@code <},
 * {@code <=}, {@code >}, {@code >=}, {@code after}, {@code all}, {@code before}, {@code earlier},
 * {@code later}, {@code prior} and {@code versions}. Taken as bare substrings the words would
 * reject the OASIS test document 6-1-31-12, a valid product version named {@code after-eight} (and
 * names like {@code tallinn} or {@code small}); so the operators are searched anywhere and the
 * words as whole words: separated by whitespace or punctuation other than {@code - . _ +}, which
 * join the parts of one version name.
 */
final class VersionRangeInProductVersion implements CsafTest {

  private static final Set<String> RANGE_WORDS =
      Set.of("after", "all", "before", "earlier", "later", "prior", "versions");

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}._+-]+");

  @Override
  public String number() {
    return "6.1.31";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    ProductTreeNodes.eachBranch(
        document,
        (path, branch) -> {
          if (!branch.path("category").asText().equals("product_version")) {
            return;
          }
          String name = branch.path("name").asText("");
          String range = rangeIndicator(name);
          if (range != null) {
            findings.add(
                new Finding(
                    number(),
                    path + "/name",
                    "The product version '"
                        + name
                        + "' looks like a version range ('"
                        + range
                        + "'); use the category product_version_range for ranges."));
          }
        });
    return findings;
  }

  /** What in {@code name} indicates a version range, or {@code null}. */
  static String rangeIndicator(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("<")) {
      return lower.contains("<=") ? "<=" : "<";
    }
    if (lower.contains(">")) {
      return lower.contains(">=") ? ">=" : ">";
    }
    for (String word : WORD_SEPARATORS.split(lower)) {
      if (RANGE_WORDS.contains(word)) {
        return word;
      }
    }
    return null;
  }
}
