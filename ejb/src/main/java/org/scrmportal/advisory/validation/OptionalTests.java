package org.scrmportal.advisory.validation;

import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.child;
import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.eachItem;
import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.strings;
import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tests 6.2 of CSAF 2.0. A failure is a warning: the document is still accepted. Each test does
 * what its section of the specification says; the Javadoc of each method notes any reading of the
 * text the specification leaves open.
 */
public final class OptionalTests {

  private static final List<CsafTest> ALL =
      List.of(
          new FunctionCsafTest("6.2.1", OptionalTests::unusedProductIds),
          new FunctionCsafTest("6.2.2", OptionalTests::missingRemediation),
          new FunctionCsafTest("6.2.3", OptionalTests::missingScore),
          new FunctionCsafTest("6.2.4", OptionalTests::buildMetadataInRevisionHistory),
          new FunctionCsafTest("6.2.5", OptionalTests::olderInitialReleaseDate),
          new FunctionCsafTest("6.2.6", OptionalTests::olderCurrentReleaseDate),
          new FunctionCsafTest("6.2.7", OptionalTests::missingDateInInvolvements),
          new FunctionCsafTest("6.2.8", d -> onlyHashAlgorithm(d, "6.2.8", "md5")),
          new FunctionCsafTest("6.2.9", d -> onlyHashAlgorithm(d, "6.2.9", "sha1")),
          new FunctionCsafTest("6.2.10", OptionalTests::missingTlpLabel),
          new FunctionCsafTest("6.2.11", OptionalTests::missingCanonicalUrl),
          new FunctionCsafTest("6.2.12", OptionalTests::missingDocumentLanguage),
          new FunctionCsafTest("6.2.13", OptionalTests::sorting),
          new FunctionCsafTest("6.2.14", OptionalTests::privateLanguage),
          new FunctionCsafTest("6.2.15", OptionalTests::defaultLanguage),
          new FunctionCsafTest("6.2.16", OptionalTests::missingProductIdentificationHelper),
          new FunctionCsafTest("6.2.17", OptionalTests::cveInIds),
          new FunctionCsafTest("6.2.18", OptionalTests::versionRangeWithoutVers),
          new FunctionCsafTest("6.2.19", CvssEnvironmentalScore::cvssForFixedProducts),
          new FunctionCsafTest("6.2.20", StrictSchemaCheck::additionalProperties));

  private static final List<String> AFFECTED =
      List.of("first_affected", "known_affected", "last_affected");

  private static final Pattern CVE = Pattern.compile("^CVE-[0-9]{4}-[0-9]{4,}$");
  private static final Pattern VERS = Pattern.compile("^vers:[a-z\\.\\-\\+][a-z0-9\\.\\-\\+]*/.+");
  private static final Pattern FILENAME_REPLACED = Pattern.compile("[^+\\-a-z0-9]+");
  private static final Set<String> TLP_LABELS = Set.of("WHITE", "GREEN", "AMBER", "RED");

  private OptionalTests() {}

  /** Every test of this group, in the order of the specification. */
  public static List<CsafTest> all() {
    return ALL;
  }

  /**
   * 6.2.1: every {@code product_id} of a Full Product Name is referenced somewhere else: in a
   * product group, a relationship, a product status, a remediation, a score, a threat or a flag
   * (every element of type {@code product_id_t} or {@code products_t} outside Full Product Names).
   * Skipped for the profile "Informational Advisory".
   */
  static List<Finding> unusedProductIds(JsonNode document) {
    if (AdvisoryJsonWalk.isInformationalAdvisory(document)) {
      return List.of();
    }
    Set<String> referenced = new HashSet<>();
    JsonNode tree = document.path("product_tree");
    for (JsonNode group : tree.path("product_groups")) {
      referenced.addAll(strings(group.get("product_ids")));
    }
    for (JsonNode relationship : tree.path("relationships")) {
      addText(referenced, relationship.get("product_reference"));
      addText(referenced, relationship.get("relates_to_product_reference"));
    }
    for (JsonNode vulnerability : document.path("vulnerabilities")) {
      JsonNode status = vulnerability.path("product_status");
      for (Iterator<String> names = status.fieldNames(); names.hasNext(); ) {
        referenced.addAll(strings(status.get(names.next())));
      }
      for (String list : List.of("remediations", "threats", "flags")) {
        for (JsonNode item : vulnerability.path(list)) {
          referenced.addAll(strings(item.get("product_ids")));
        }
      }
      for (JsonNode score : vulnerability.path("scores")) {
        referenced.addAll(strings(score.get("products")));
      }
    }
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.fullProductNames(
        document,
        (pointer, product) -> {
          String id = text(product.get("product_id"));
          if (id != null && !referenced.contains(id)) {
            findings.add(
                new Finding(
                    "6.2.1",
                    child(pointer, "product_id"),
                    "The product ID " + id + " is defined but never referenced in the document."));
          }
        });
    return findings;
  }

  private static void addText(Set<String> into, JsonNode node) {
    String value = text(node);
    if (value != null) {
      into.add(value);
    }
  }

  /**
   * 6.2.2: each Product ID in the groups Affected and Under investigation has a remediation in the
   * same vulnerability, naming it directly ({@code product_ids}) or through a product group ({@code
   * group_ids}).
   */
  static List<Finding> missingRemediation(JsonNode document) {
    Map<String, Set<String>> groups = AdvisoryJsonWalk.productGroups(document);
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.vulnerabilities(
        document,
        (pointer, vulnerability) -> {
          Set<String> remediated = new HashSet<>();
          for (JsonNode remediation : vulnerability.path("remediations")) {
            remediated.addAll(strings(remediation.get("product_ids")));
            for (String group : strings(remediation.get("group_ids"))) {
              remediated.addAll(groups.getOrDefault(group, Set.of()));
            }
          }
          List<String> statuses = new ArrayList<>(AFFECTED);
          statuses.add("under_investigation");
          for (String status : statuses) {
            eachItem(
                vulnerability.path("product_status").path(status),
                child(child(pointer, "product_status"), status),
                (idPointer, id) -> {
                  if (id.isTextual() && !remediated.contains(id.asText())) {
                    findings.add(
                        new Finding(
                            "6.2.2",
                            idPointer,
                            "The product "
                                + id.asText()
                                + " is listed in "
                                + status
                                + " but no remediation covers it."));
                  }
                });
          }
        });
    return findings;
  }

  /** 6.2.3: each Product ID in the groups Affected is covered by a score of the vulnerability. */
  static List<Finding> missingScore(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.vulnerabilities(
        document,
        (pointer, vulnerability) -> {
          Set<String> scored = new HashSet<>();
          for (JsonNode score : vulnerability.path("scores")) {
            scored.addAll(strings(score.get("products")));
          }
          for (String status : AFFECTED) {
            eachItem(
                vulnerability.path("product_status").path(status),
                child(child(pointer, "product_status"), status),
                (idPointer, id) -> {
                  if (id.isTextual() && !scored.contains(id.asText())) {
                    findings.add(
                        new Finding(
                            "6.2.3",
                            idPointer,
                            "The product "
                                + id.asText()
                                + " is listed in "
                                + status
                                + " but no score object covers it."));
                  }
                });
          }
        });
    return findings;
  }

  /**
   * 6.2.4: no revision number carries build metadata (a {@code +} suffix of semantic versioning).
   */
  static List<Finding> buildMetadataInRevisionHistory(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    eachItem(
        document.path("document").path("tracking").path("revision_history"),
        "/document/tracking/revision_history",
        (pointer, revision) -> {
          String number = text(revision.get("number"));
          if (number != null && number.contains("+")) {
            findings.add(
                new Finding(
                    "6.2.4",
                    child(pointer, "number"),
                    "The revision number "
                        + number
                        + " includes the build metadata "
                        + number.substring(number.indexOf('+'))
                        + "."));
          }
        });
    return findings;
  }

  /** 6.2.5: the initial release date is not older than the oldest revision's date. */
  static List<Finding> olderInitialReleaseDate(JsonNode document) {
    JsonNode tracking = document.path("document").path("tracking");
    OffsetDateTime initial = dateTime(tracking.get("initial_release_date"));
    OffsetDateTime oldest = null;
    for (JsonNode revision : tracking.path("revision_history")) {
      OffsetDateTime date = dateTime(revision.get("date"));
      if (date != null && (oldest == null || date.isBefore(oldest))) {
        oldest = date;
      }
    }
    if (initial == null || oldest == null || !initial.isBefore(oldest)) {
      return List.of();
    }
    return List.of(
        new Finding(
            "6.2.5",
            "/document/tracking/initial_release_date",
            "The initial release date "
                + tracking.get("initial_release_date").asText()
                + " is older than "
                + oldest
                + ", the date of the oldest item of the revision history."));
  }

  /** 6.2.6: the current release date is not older than the newest revision's date. */
  static List<Finding> olderCurrentReleaseDate(JsonNode document) {
    JsonNode tracking = document.path("document").path("tracking");
    OffsetDateTime current = dateTime(tracking.get("current_release_date"));
    OffsetDateTime newest = null;
    for (JsonNode revision : tracking.path("revision_history")) {
      OffsetDateTime date = dateTime(revision.get("date"));
      if (date != null && (newest == null || date.isAfter(newest))) {
        newest = date;
      }
    }
    if (current == null || newest == null || !current.isBefore(newest)) {
      return List.of();
    }
    return List.of(
        new Finding(
            "6.2.6",
            "/document/tracking/current_release_date",
            "The current release date "
                + tracking.get("current_release_date").asText()
                + " is older than "
                + newest
                + ", the date of the newest item of the revision history."));
  }

  /** An RFC 3339 date-time ({@code t}, {@code z} in either case), or null when it is not one. */
  static OffsetDateTime dateTime(JsonNode node) {
    String value = text(node);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** 6.2.7: every item of each vulnerability's involvements has a {@code date}. */
  static List<Finding> missingDateInInvolvements(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.vulnerabilities(
        document,
        (pointer, vulnerability) ->
            eachItem(
                vulnerability.path("involvements"),
                child(pointer, "involvements"),
                (itemPointer, involvement) -> {
                  if (!involvement.has("date")) {
                    findings.add(new Finding("6.2.7", itemPointer, "The involvement has no date."));
                  }
                }));
    return findings;
  }

  /**
   * 6.2.8 and 6.2.9: {@code algorithm} is not the only hash algorithm of a {@code file_hashes} list
   * (two values of the same weak algorithm are still one algorithm).
   */
  static List<Finding> onlyHashAlgorithm(JsonNode document, String test, String algorithm) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.fileHashes(
        document,
        (pointer, fileHashes) -> {
          Set<String> algorithms = new HashSet<>();
          for (JsonNode hash : fileHashes) {
            String name = text(hash.get("algorithm"));
            if (name != null) {
              algorithms.add(name.toLowerCase(Locale.ROOT));
            }
          }
          if (algorithms.equals(Set.of(algorithm))) {
            findings.add(
                new Finding(
                    test,
                    pointer,
                    "The hash algorithm "
                        + algorithm
                        + " is used without a second, stronger hash algorithm."));
          }
        });
    return findings;
  }

  /** 6.2.10: {@code /document/distribution/tlp/label} is present and one of the TLP labels. */
  static List<Finding> missingTlpLabel(JsonNode document) {
    JsonNode label = document.path("document").path("distribution").path("tlp").get("label");
    if (label == null) {
      return List.of(
          new Finding(
              "6.2.10", "/document/distribution/tlp/label", "The document has no TLP label."));
    }
    if (!label.isTextual() || !TLP_LABELS.contains(label.asText())) {
      return List.of(
          new Finding(
              "6.2.10",
              "/document/distribution/tlp/label",
              "The TLP label " + label + " is not a valid TLP label."));
    }
    return List.of();
  }

  /**
   * 6.2.11: one item of {@code /document/references} has the category {@code self}, a URL starting
   * with {@code https://} and ending with the file name section 5.1 gives the document (as the last
   * segment of its path: {@code /} followed by the file name).
   */
  static List<Finding> missingCanonicalUrl(JsonNode document) {
    String fileName = fileName(document);
    for (JsonNode reference : document.path("document").path("references")) {
      String url = text(reference.get("url"));
      if ("self".equals(text(reference.get("category")))
          && url != null
          && url.startsWith("https://")
          && fileName != null
          && url.endsWith("/" + fileName)) {
        return List.of();
      }
    }
    return List.of(
        new Finding(
            "6.2.11",
            "/document/references",
            "No reference of category self has a canonical URL (https:// ending with "
                + fileName
                + ")."));
  }

  /** The file name of the document by section 5.1, or null without a tracking id. */
  static String fileName(JsonNode document) {
    String id = text(document.path("document").path("tracking").get("id"));
    if (id == null) {
      return null;
    }
    return FILENAME_REPLACED.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("_") + ".json";
  }

  /** 6.2.12: {@code /document/lang} is present and not empty. */
  static List<Finding> missingDocumentLanguage(JsonNode document) {
    String lang = text(document.path("document").get("lang"));
    if (lang == null || lang.isBlank()) {
      return List.of(new Finding("6.2.12", "/document/lang", "The document language is not set."));
    }
    return List.of();
  }

  /**
   * 6.2.13: the keys of every object are sorted (by Unicode code points, the order of {@code jq -S}
   * and of the OASIS examples). Relies on the parsed tree keeping the keys in document order, as
   * Jackson's default {@code ObjectNode} does. A key that comes after a key sorting after it is out
   * of place; one finding, at the first such key, counts them all (an unsorted document would
   * otherwise bury the other warnings under one per object).
   */
  static List<Finding> sorting(JsonNode document) {
    List<String[]> misplaced = new ArrayList<>();
    sorting(document, "", misplaced);
    if (misplaced.isEmpty()) {
      return List.of();
    }
    String[] first = misplaced.get(0);
    return List.of(
        new Finding(
            "6.2.13",
            first[0],
            "The keys are not sorted: "
                + first[1]
                + " should come before "
                + first[2]
                + (misplaced.size() == 1
                    ? "."
                    : "; " + misplaced.size() + " keys of the document are out of place.")));
  }

  private static void sorting(JsonNode node, String pointer, List<String[]> misplaced) {
    if (node.isObject()) {
      String previous = null;
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = field.getKey();
        if (previous != null && previous.compareTo(key) > 0) {
          misplaced.add(new String[] {child(pointer, key), key, previous});
        } else {
          previous = key;
        }
        sorting(field.getValue(), child(pointer, key), misplaced);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        sorting(node.get(i), AdvisoryJsonWalk.item(pointer, i), misplaced);
      }
    }
  }

  /** 6.2.14: {@code /document/lang} and {@code /document/source_lang} use no private-use subtag. */
  static List<Finding> privateLanguage(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (String key : List.of("lang", "source_lang")) {
      String lang = text(document.path("document").get(key));
      if (lang != null) {
        PrivateUseLanguageTags.privateUseSubtag(lang)
            .ifPresent(
                subtag ->
                    findings.add(
                        new Finding(
                            "6.2.14",
                            "/document/" + key,
                            "The language tag "
                                + lang
                                + " contains the subtag "
                                + subtag
                                + ", reserved for private use.")));
      }
    }
    return findings;
  }

  /** 6.2.15: {@code /document/lang} and {@code /document/source_lang} are not {@code i-default}. */
  static List<Finding> defaultLanguage(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (String key : List.of("lang", "source_lang")) {
      String lang = text(document.path("document").get(key));
      if (lang != null && lang.equalsIgnoreCase("i-default")) {
        findings.add(
            new Finding("6.2.15", "/document/" + key, "The language code i-default is used."));
      }
    }
    return findings;
  }

  /** 6.2.16: each Full Product Name has a {@code product_identification_helper}. */
  static List<Finding> missingProductIdentificationHelper(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.fullProductNames(
        document,
        (pointer, product) -> {
          if (!product.has("product_identification_helper")) {
            findings.add(
                new Finding(
                    "6.2.16",
                    pointer,
                    "The product "
                        + text(product.get("product_id"))
                        + " provides no product identification helper."));
          }
        });
    return findings;
  }

  /** 6.2.17: no item of {@code /vulnerabilities[]/ids} has a CVE ID as its {@code text}. */
  static List<Finding> cveInIds(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.vulnerabilities(
        document,
        (pointer, vulnerability) ->
            eachItem(
                vulnerability.path("ids"),
                child(pointer, "ids"),
                (idPointer, id) -> {
                  String value = text(id.get("text"));
                  if (value != null && CVE.matcher(value).matches()) {
                    findings.add(
                        new Finding(
                            "6.2.17", idPointer, value + " is listed in ids instead of in cve."));
                  }
                }));
    return findings;
  }

  /** 6.2.18: the name of each branch of category {@code product_version_range} is a vers. */
  static List<Finding> versionRangeWithoutVers(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.branches(
        document,
        (pointer, branch, path) -> {
          String name = text(branch.get("name"));
          if ("product_version_range".equals(text(branch.get("category")))
              && name != null
              && !VERS.matcher(name).find()) {
            findings.add(
                new Finding(
                    "6.2.18",
                    child(pointer, "name"),
                    "The version range " + name + " does not follow the vers specification."));
          }
        });
    return findings;
  }
}
