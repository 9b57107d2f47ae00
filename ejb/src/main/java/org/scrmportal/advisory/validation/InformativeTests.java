package org.scrmportal.advisory.validation;

import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.child;
import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.eachItem;
import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tests 6.3 of CSAF 2.0. A failure is information for the author: the document is accepted.
 *
 * <p>Three tests cannot be done as written without the network or a dictionary, and the portal does
 * neither on its own:
 *
 * <ul>
 *   <li>6.3.6 and 6.3.7 (URLs failing to resolve) ask a {@link UrlResolver}; the default, {@link
 *       UrlResolver#OFFLINE}, knows nothing, so they report nothing. The portal must never fetch
 *       the URLs of a submitted document itself (server-side request forgery).
 *   <li>6.3.8 (spell check) asks a {@link CsafSpellChecker}; the default, {@link
 *       CsafSpellChecker#NONE}, has no dictionary, so for a document with a language it reports, as
 *       the specification requires for an unsupported language, one finding at {@code
 *       /document/lang} and checks no word. It still does all that needs no dictionary: it is
 *       skipped without a document language, and with a checker it walks every path the
 *       specification lists (leaving out {@code /document/category} outside the profile "CSAF
 *       Base").
 * </ul>
 */
public final class InformativeTests {

  private static final Pattern V_VERSION = Pattern.compile("^[vV][0-9].*$", Pattern.DOTALL);

  private static final Set<String> OTHER_PROFILES =
      Set.of(
          "csaf_security_incident_response",
          "csaf_informational_advisory",
          "csaf_security_advisory",
          "csaf_vex");

  /** 6.3.6: the paths of URLs (those of references are checked unless their category is self). */
  private static final List<String> URL_PATHS =
      List.of(
          "/document/acknowledgments[]/urls[]",
          "/document/aggregate_severity/namespace",
          "/document/distribution/tlp/url",
          "/document/publisher/namespace",
          "/product_tree/branches[](/branches[])*/product/product_identification_helper/sbom_urls[]",
          "/product_tree/branches[](/branches[])*/product/product_identification_helper/x_generic_uris[]/namespace",
          "/product_tree/branches[](/branches[])*/product/product_identification_helper/x_generic_uris[]/uri",
          "/product_tree/full_product_names[]/product_identification_helper/sbom_urls[]",
          "/product_tree/full_product_names[]/product_identification_helper/x_generic_uris[]/namespace",
          "/product_tree/full_product_names[]/product_identification_helper/x_generic_uris[]/uri",
          "/product_tree/relationships[]/full_product_name/product_identification_helper/sbom_urls[]",
          "/product_tree/relationships[]/full_product_name/product_identification_helper/x_generic_uris[]/namespace",
          "/product_tree/relationships[]/full_product_name/product_identification_helper/x_generic_uris[]/uri",
          "/vulnerabilities[]/acknowledgments[]/urls[]",
          "/vulnerabilities[]/remediations[]/url");

  private static final List<String> REFERENCE_PATHS =
      List.of("/document/references[]", "/vulnerabilities[]/references[]");

  /** 6.3.8: the paths of text to spell check (without {@code /document/category}). */
  private static final List<String> TEXT_PATHS =
      List.of(
          "/document/acknowledgments[]/names[]",
          "/document/acknowledgments[]/organization",
          "/document/acknowledgments[]/summary",
          "/document/aggregate_severity/text",
          "/document/distribution/text",
          "/document/notes[]/audience",
          "/document/notes[]/text",
          "/document/notes[]/title",
          "/document/publisher/issuing_authority",
          "/document/publisher/name",
          "/document/references[]/summary",
          "/document/title",
          "/document/tracking/aliases[]",
          "/document/tracking/generator/engine/name",
          "/document/tracking/revision_history[]/summary",
          "/product_tree/branches[](/branches[])*/name",
          "/product_tree/branches[](/branches[])*/product/name",
          "/product_tree/full_product_names[]/name",
          "/product_tree/product_groups[]/summary",
          "/product_tree/relationships[]/full_product_name/name",
          "/vulnerabilities[]/acknowledgments[]/names[]",
          "/vulnerabilities[]/acknowledgments[]/organization",
          "/vulnerabilities[]/acknowledgments[]/summary",
          "/vulnerabilities[]/involvements[]/summary",
          "/vulnerabilities[]/notes[]/audience",
          "/vulnerabilities[]/notes[]/text",
          "/vulnerabilities[]/notes[]/title",
          "/vulnerabilities[]/references[]/summary",
          "/vulnerabilities[]/remediations[]/details",
          "/vulnerabilities[]/remediations[]/entitlements[]",
          "/vulnerabilities[]/remediations[]/restart_required/details",
          "/vulnerabilities[]/threats[]/details",
          "/vulnerabilities[]/title");

  /** The tests offline (declared after the paths they use). */
  private static final List<CsafTest> OFFLINE = all(UrlResolver.OFFLINE, CsafSpellChecker.NONE);

  private InformativeTests() {}

  /**
   * Every test of this group, in the order of the specification, offline: 6.3.6 and 6.3.7 report
   * nothing, 6.3.8 has no dictionary (see the class comment).
   */
  public static List<CsafTest> all() {
    return OFFLINE;
  }

  /** Every test of this group, 6.3.6 and 6.3.7 asking {@code urls}, 6.3.8 without dictionary. */
  public static List<CsafTest> all(UrlResolver urls) {
    return all(urls, CsafSpellChecker.NONE);
  }

  /**
   * Every test of this group, 6.3.6 and 6.3.7 asking {@code urls}, 6.3.8 asking {@code spelling}.
   */
  public static List<CsafTest> all(UrlResolver urls, CsafSpellChecker spelling) {
    Objects.requireNonNull(urls, "urls");
    Objects.requireNonNull(spelling, "spelling");
    return List.of(
        new FunctionCsafTest("6.3.1", InformativeTests::cvssV2Only),
        new FunctionCsafTest("6.3.2", InformativeTests::cvssV30),
        new FunctionCsafTest(
            "6.3.3", d -> missing(d, "6.3.3", "cve", "The CVE number is not given.")),
        new FunctionCsafTest("6.3.4", d -> missing(d, "6.3.4", "cwe", "The CWE is not given.")),
        new FunctionCsafTest("6.3.5", InformativeTests::shortHash),
        new FunctionCsafTest("6.3.6", d -> nonSelfUrls(d, urls)),
        new FunctionCsafTest("6.3.7", d -> selfUrls(d, urls)),
        new FunctionCsafTest("6.3.8", d -> spellCheck(d, spelling)),
        new FunctionCsafTest("6.3.9", InformativeTests::branchCategories),
        new FunctionCsafTest("6.3.10", InformativeTests::productVersionRange),
        new FunctionCsafTest("6.3.11", InformativeTests::vAsVersionIndicator));
  }

  /**
   * 6.3.1: a score item with {@code cvss_v2} has a second scoring object ({@code cvss_v3}) beside
   * it.
   */
  static List<Finding> cvssV2Only(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.vulnerabilities(
        document,
        (pointer, vulnerability) ->
            eachItem(
                vulnerability.path("scores"),
                child(pointer, "scores"),
                (scorePointer, score) -> {
                  if (score.has("cvss_v2") && !score.has("cvss_v3")) {
                    findings.add(
                        new Finding(
                            "6.3.1",
                            scorePointer,
                            "Only a CVSS v2 score is given for "
                                + AdvisoryJsonWalk.strings(score.get("products"))
                                + "; CVSS v3.1 is recommended (as well)."));
                  }
                }));
    return findings;
  }

  /** 6.3.2: no {@code cvss_v3} is of version 3.0 (its {@code version} or its vector). */
  static List<Finding> cvssV30(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.select(
        document,
        "/vulnerabilities[]/scores[]/cvss_v3",
        (pointer, cvss) -> {
          if ("3.0".equals(text(cvss.get("version")))) {
            findings.add(
                new Finding(
                    "6.3.2",
                    child(pointer, "version"),
                    "CVSS v3.0 is used; an upgrade to CVSS v3.1 is recommended."));
          }
          String vector = text(cvss.get("vectorString"));
          if (vector != null && vector.startsWith("CVSS:3.0/")) {
            findings.add(
                new Finding(
                    "6.3.2",
                    child(pointer, "vectorString"),
                    "The vector " + vector + " is CVSS v3.0; CVSS v3.1 is recommended."));
          }
        });
    return findings;
  }

  /** 6.3.3 and 6.3.4: each vulnerability has the property {@code key}. */
  static List<Finding> missing(JsonNode document, String test, String key, String message) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.vulnerabilities(
        document,
        (pointer, vulnerability) -> {
          if (!vulnerability.has(key)) {
            findings.add(new Finding(test, child(pointer, key), message));
          }
        });
    return findings;
  }

  /** 6.3.5: no hash value is shorter than 64 characters. */
  static List<Finding> shortHash(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.fileHashes(
        document,
        (pointer, fileHashes) ->
            eachItem(
                fileHashes,
                pointer,
                (hashPointer, hash) -> {
                  String value = text(hash.get("value"));
                  if (value != null && value.length() < 64) {
                    findings.add(
                        new Finding(
                            "6.3.5",
                            child(hashPointer, "value"),
                            "The hash value is only " + value.length() + " characters long."));
                  }
                }));
    return findings;
  }

  /**
   * 6.3.6: each URL outside references of category self resolves (as far as {@code urls} knows).
   */
  static List<Finding> nonSelfUrls(JsonNode document, UrlResolver urls) {
    List<Finding> findings = new ArrayList<>();
    for (String path : URL_PATHS) {
      AdvisoryJsonWalk.select(
          document, path, (pointer, url) -> checkUrl("6.3.6", pointer, url, urls, findings));
    }
    for (String path : REFERENCE_PATHS) {
      AdvisoryJsonWalk.select(
          document,
          path,
          (pointer, reference) -> {
            if (!"self".equals(text(reference.get("category")))) {
              checkUrl("6.3.6", child(pointer, "url"), reference.get("url"), urls, findings);
            }
          });
    }
    return findings;
  }

  /** 6.3.7: each URL of a reference of category self resolves (as far as {@code urls} knows). */
  static List<Finding> selfUrls(JsonNode document, UrlResolver urls) {
    List<Finding> findings = new ArrayList<>();
    for (String path : REFERENCE_PATHS) {
      AdvisoryJsonWalk.select(
          document,
          path,
          (pointer, reference) -> {
            if ("self".equals(text(reference.get("category")))) {
              checkUrl("6.3.7", child(pointer, "url"), reference.get("url"), urls, findings);
            }
          });
    }
    return findings;
  }

  private static void checkUrl(
      String test, String pointer, JsonNode node, UrlResolver urls, List<Finding> findings) {
    String url = text(node);
    if (url != null && urls.resolve(url) == UrlResolver.Resolution.FAILS) {
      findings.add(
          new Finding(
              test,
              pointer,
              "The URL " + url + " does not resolve with an HTTP status code of 2xx or 3xx."));
    }
  }

  /** 6.3.8: see the class comment for what is checked without a dictionary. */
  static List<Finding> spellCheck(JsonNode document, CsafSpellChecker spelling) {
    String lang = text(document.path("document").get("lang"));
    if (lang == null || lang.isEmpty()) {
      return List.of();
    }
    if (!spelling.supports(lang)) {
      return List.of(
          new Finding(
              "6.3.8",
              "/document/lang",
              "No spell check was done: the portal has no dictionary for the language "
                  + lang
                  + "."));
    }
    List<Finding> findings = new ArrayList<>();
    List<String> paths = new ArrayList<>(TEXT_PATHS);
    String category = text(document.path("document").get("category"));
    if (category != null && !OTHER_PROFILES.contains(category)) {
      paths.add("/document/category");
    }
    for (String path : paths) {
      AdvisoryJsonWalk.select(
          document,
          path,
          (pointer, node) -> {
            String value = text(node);
            if (value != null) {
              List<String> wrong = spelling.misspellings(lang, value);
              if (!wrong.isEmpty()) {
                findings.add(
                    new Finding(
                        "6.3.8", pointer, "Spelling mistakes: " + String.join(", ", wrong)));
              }
            }
          });
    }
    return findings;
  }

  /**
   * 6.3.9: each product in the branches has ancestors (the branch holding it included) with the
   * categories {@code vendor}, {@code product_name}, {@code product_version} in that order from the
   * root, other categories allowed before, between and after them.
   */
  static List<Finding> branchCategories(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    List<String> expected = List.of("vendor", "product_name", "product_version");
    AdvisoryJsonWalk.branches(
        document,
        (pointer, branch, path) -> {
          JsonNode product = branch.get("product");
          if (product == null || !product.isObject()) {
            return;
          }
          int found = 0;
          for (JsonNode ancestor : path) {
            if (found < expected.size()
                && expected.get(found).equals(text(ancestor.get("category")))) {
              found++;
            }
          }
          if (found < expected.size()) {
            findings.add(
                new Finding(
                    "6.3.9",
                    child(pointer, "product"),
                    "The product "
                        + text(product.get("product_id"))
                        + " has no ancestor branch of category "
                        + expected.get(found)
                        + (found == 0 ? "" : " after " + expected.get(found - 1))
                        + " (expected vendor, product_name, product_version in that order)."));
          }
        });
    return findings;
  }

  /** 6.3.10: no branch has the category {@code product_version_range}. */
  static List<Finding> productVersionRange(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.branches(
        document,
        (pointer, branch, path) -> {
          if ("product_version_range".equals(text(branch.get("category")))) {
            findings.add(
                new Finding(
                    "6.3.10",
                    child(pointer, "category"),
                    "The category product_version_range is used; enumerating versions is"
                        + " recommended."));
          }
        });
    return findings;
  }

  /** 6.3.11: the name of no branch of category {@code product_version} starts with v or V. */
  static List<Finding> vAsVersionIndicator(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.branches(
        document,
        (pointer, branch, path) -> {
          String name = text(branch.get("name"));
          if ("product_version".equals(text(branch.get("category")))
              && name != null
              && V_VERSION.matcher(name).matches()) {
            findings.add(
                new Finding(
                    "6.3.11",
                    child(pointer, "name"),
                    "The product version " + name + " starts with a v."));
          }
        });
    return findings;
  }
}
