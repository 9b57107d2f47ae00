package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The tests 6.1.1 to 6.1.16 of CSAF 2.0, each as the specification words it. Every finding points
 * (RFC 6901) at the value that fails the test.
 */
public final class MandatoryTests {

  private MandatoryTests() {}

  private static final List<CsafTest> ALL =
      List.of(
          test("6.1.1", MandatoryTests::missingProductIdDefinition),
          test("6.1.2", MandatoryTests::multipleProductIdDefinition),
          test("6.1.3", MandatoryTests::circularProductIdDefinition),
          test("6.1.4", MandatoryTests::missingProductGroupIdDefinition),
          test("6.1.5", MandatoryTests::multipleProductGroupIdDefinition),
          test("6.1.6", MandatoryTests::contradictingProductStatus),
          test("6.1.7", MandatoryTests::multipleScoresWithSameVersion),
          test("6.1.8", MandatoryTests::invalidCvss),
          test("6.1.9", MandatoryTests::invalidCvssComputation),
          test("6.1.10", MandatoryTests::inconsistentCvss),
          test("6.1.11", MandatoryTests::cwe),
          test("6.1.12", MandatoryTests::language),
          test("6.1.13", MandatoryTests::purl),
          test("6.1.14", MandatoryTests::sortedRevisionHistory),
          test("6.1.15", MandatoryTests::translator),
          test("6.1.16", MandatoryTests::latestDocumentVersion));

  /** Every test of this group, in the order of the specification. */
  public static List<CsafTest> all() {
    return ALL;
  }

  private record Named(String number, Function<JsonNode, List<Finding>> body) implements CsafTest {
    @Override
    public List<Finding> run(JsonNode document) {
      return body.apply(document);
    }
  }

  private static CsafTest test(String number, Function<JsonNode, List<Finding>> body) {
    return new Named(number, body);
  }

  // 6.1.1 Missing Definition of Product ID

  static List<Finding> missingProductIdDefinition(JsonNode document) {
    Set<String> defined = new HashSet<>();
    ProductIds.definitions(document).forEach(id -> defined.add(id.text()));
    List<Finding> findings = new ArrayList<>();
    for (Located ref : ProductIds.references(document)) {
      if (!defined.contains(ref.text())) {
        findings.add(
            new Finding(
                "6.1.1",
                ref.pointer(),
                "product id '" + ref.text() + "' is not defined in the product tree"));
      }
    }
    return findings;
  }

  // 6.1.2 Multiple Definition of Product ID

  static List<Finding> multipleProductIdDefinition(JsonNode document) {
    return duplicates(
        ProductIds.definitions(document), "6.1.2", "product id '%s' was already defined at %s");
  }

  private static List<Finding> duplicates(List<Located> ids, String test, String message) {
    Map<String, String> first = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Located id : ids) {
      String earlier = first.putIfAbsent(id.text(), id.pointer());
      if (earlier != null) {
        findings.add(new Finding(test, id.pointer(), String.format(message, id.text(), earlier)));
      }
    }
    return findings;
  }

  // 6.1.3 Circular Definition of Product ID

  static List<Finding> circularProductIdDefinition(JsonNode document) {
    // the products each relationship-defined product id is built from
    Map<String, Set<String>> builtFrom = new LinkedHashMap<>();
    Map<String, String> definedAt = new LinkedHashMap<>();
    for (Located relationship :
        Located.root(document).get("product_tree").elements("relationships")) {
      Located id = relationship.get("full_product_name").get("product_id");
      if (!id.node().isTextual()) {
        continue;
      }
      Set<String> parts = builtFrom.computeIfAbsent(id.text(), k -> new HashSet<>());
      for (String ref : List.of("product_reference", "relates_to_product_reference")) {
        String part = relationship.node().path(ref).textValue();
        if (part != null) {
          parts.add(part);
        }
      }
      definedAt.putIfAbsent(id.text(), id.pointer());
    }
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, String> entry : definedAt.entrySet()) {
      String start = entry.getKey();
      if (reaches(builtFrom, start)) {
        findings.add(
            new Finding(
                "6.1.3",
                entry.getValue(),
                "product id '"
                    + start
                    + "' is defined in terms of itself (a circular definition)"));
      }
    }
    return findings;
  }

  /** Whether following the relationships from {@code start} leads back to it. */
  private static boolean reaches(Map<String, Set<String>> builtFrom, String start) {
    Deque<String> todo = new ArrayDeque<>(builtFrom.getOrDefault(start, Set.of()));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (id.equals(start)) {
        return true;
      }
      if (seen.add(id)) {
        todo.addAll(builtFrom.getOrDefault(id, Set.of()));
      }
    }
    return false;
  }

  // 6.1.4 Missing Definition of Product Group ID

  static List<Finding> missingProductGroupIdDefinition(JsonNode document) {
    Set<String> defined = new HashSet<>();
    ProductIds.groupDefinitions(document).forEach(id -> defined.add(id.text()));
    List<Finding> findings = new ArrayList<>();
    for (Located ref : ProductIds.groupReferences(document)) {
      if (!defined.contains(ref.text())) {
        findings.add(
            new Finding(
                "6.1.4",
                ref.pointer(),
                "product group id '" + ref.text() + "' is not defined in the product tree"));
      }
    }
    return findings;
  }

  // 6.1.5 Multiple Definition of Product Group ID

  static List<Finding> multipleProductGroupIdDefinition(JsonNode document) {
    return duplicates(
        ProductIds.groupDefinitions(document),
        "6.1.5",
        "product group id '%s' was already defined at %s");
  }

  // 6.1.6 Contradicting Product Status

  private static final Map<String, String> CONTRADICTION_GROUP =
      Map.of(
          "first_affected", "Affected",
          "known_affected", "Affected",
          "last_affected", "Affected",
          "known_not_affected", "Not affected",
          "first_fixed", "Fixed",
          "fixed", "Fixed",
          "under_investigation", "Under investigation");

  static List<Finding> contradictingProductStatus(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      Located status = vulnerability.get("product_status");
      Map<String, String> groupOf = new HashMap<>();
      for (String list : ProductIds.ProductStatus.LISTS) {
        String group = CONTRADICTION_GROUP.get(list);
        if (group == null) {
          continue; // recommended: from any group
        }
        for (Located id : status.elements(list)) {
          if (!id.node().isTextual()) {
            continue;
          }
          String earlier = groupOf.putIfAbsent(id.text(), group);
          if (earlier != null && !earlier.equals(group)) {
            findings.add(
                new Finding(
                    "6.1.6",
                    id.pointer(),
                    "product id '"
                        + id.text()
                        + "' is in the contradicting product status groups '"
                        + earlier
                        + "' and '"
                        + group
                        + "'"));
          }
        }
      }
    }
    return findings;
  }

  // 6.1.7 Multiple Scores with same Version per Product

  static List<Finding> multipleScoresWithSameVersion(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      Map<String, String> seen = new HashMap<>();
      for (Located score : vulnerability.elements("scores")) {
        List<String> versions = new ArrayList<>(2);
        if (score.get("cvss_v2").exists()) {
          versions.add("CVSS v" + versionOf(score.get("cvss_v2"), "2.0"));
        }
        if (score.get("cvss_v3").exists()) {
          versions.add("CVSS v" + versionOf(score.get("cvss_v3"), "3.x"));
        }
        for (Located product : score.elements("products")) {
          if (!product.node().isTextual()) {
            continue;
          }
          for (String version : versions) {
            String earlier = seen.putIfAbsent(product.text() + "\n" + version, product.pointer());
            if (earlier != null) {
              findings.add(
                  new Finding(
                      "6.1.7",
                      product.pointer(),
                      "product id '"
                          + product.text()
                          + "' already has a "
                          + version
                          + " score, at "
                          + earlier));
            }
          }
        }
      }
    }
    return findings;
  }

  private static String versionOf(Located cvss, String otherwise) {
    String version = cvss.node().path("version").textValue();
    return version != null ? version : otherwise;
  }

  // 6.1.8 Invalid CVSS

  static List<Finding> invalidCvss(JsonNode document) {
    CsafSchemas schemas = CsafSchemas.bundled();
    List<Finding> findings = new ArrayList<>();
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      for (Located score : vulnerability.elements("scores")) {
        Located v2 = score.get("cvss_v2");
        if (v2.exists()) {
          findings.addAll(schemas.validateCvss("2.0", v2.node(), v2.pointer(), "6.1.8"));
        }
        Located v3 = score.get("cvss_v3");
        if (v3.exists()) {
          String version = v3.node().path("version").textValue();
          if (version == null) {
            String vector = v3.node().path("vectorString").textValue();
            version =
                vector != null && vector.startsWith("CVSS:3.0/")
                    ? "3.0"
                    : vector != null && vector.startsWith("CVSS:3.1/") ? "3.1" : null;
          }
          List<Finding> found =
              version == null || !version.startsWith("3.")
                  ? null
                  : schemas.validateCvss(version, v3.node(), v3.pointer(), "6.1.8");
          if (found == null) {
            findings.add(
                new Finding(
                    "6.1.8",
                    v3.pointer(),
                    "cvss_v3 is neither a CVSS v3.0 nor a CVSS v3.1 object (version "
                        + version
                        + ")"));
          } else {
            findings.addAll(found);
          }
        }
      }
    }
    return findings;
  }

  // 6.1.9 Invalid CVSS computation

  static List<Finding> invalidCvssComputation(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      for (Located score : vulnerability.elements("scores")) {
        checkComputation(score.get("cvss_v2"), false, findings);
        checkComputation(score.get("cvss_v3"), true, findings);
      }
    }
    return findings;
  }

  private static void checkComputation(Located cvss, boolean v3, List<Finding> findings) {
    if (!cvss.exists()) {
      return;
    }
    String vector = cvss.node().path("vectorString").textValue();
    if (vector == null) {
      return; // 6.1.8
    }
    CvssScores.Scores computed = CvssScores.compute(vector);
    if (computed == null) {
      return; // a malformed vector fails 6.1.8 (the schema's pattern)
    }
    checkScore(cvss, "baseScore", computed.base(), findings);
    checkScore(cvss, "temporalScore", computed.temporal(), findings);
    checkScore(cvss, "environmentalScore", computed.environmental(), findings);
    if (v3) {
      checkSeverity(cvss, "baseSeverity", computed.base(), findings);
      checkSeverity(cvss, "temporalSeverity", computed.temporal(), findings);
      checkSeverity(cvss, "environmentalSeverity", computed.environmental(), findings);
    }
  }

  private static void checkScore(
      Located cvss, String property, double computed, List<Finding> findings) {
    Located given = cvss.get(property);
    if (given.node().isNumber() && Math.abs(given.node().doubleValue() - computed) > 1e-6) {
      findings.add(
          new Finding(
              "6.1.9",
              given.pointer(),
              property
                  + " is "
                  + given.node().asText()
                  + " but the vector "
                  + cvss.node().path("vectorString").textValue()
                  + " gives "
                  + computed));
    }
  }

  private static void checkSeverity(
      Located cvss, String property, double score, List<Finding> findings) {
    Located given = cvss.get(property);
    String expected = CvssScores.severity(score);
    if (given.node().isTextual() && !given.text().equals(expected)) {
      findings.add(
          new Finding(
              "6.1.9",
              given.pointer(),
              property
                  + " is "
                  + given.text()
                  + " but the vector "
                  + cvss.node().path("vectorString").textValue()
                  + " gives a score of "
                  + score
                  + ", "
                  + expected));
    }
  }

  // 6.1.10 Inconsistent CVSS

  private record Metric(String property, String metric, Map<String, String> values) {}

  private static final List<Metric> V2_METRICS = v2Metrics();
  private static final List<Metric> V3_METRICS = v3Metrics();

  private static List<Metric> v2Metrics() {
    Map<String, String> cia = Map.of("NONE", "N", "PARTIAL", "P", "COMPLETE", "C");
    Map<String, String> req = Map.of("LOW", "L", "MEDIUM", "M", "HIGH", "H", "NOT_DEFINED", "ND");
    return List.of(
        new Metric(
            "accessVector", "AV", Map.of("NETWORK", "N", "ADJACENT_NETWORK", "A", "LOCAL", "L")),
        new Metric("accessComplexity", "AC", Map.of("HIGH", "H", "MEDIUM", "M", "LOW", "L")),
        new Metric("authentication", "Au", Map.of("MULTIPLE", "M", "SINGLE", "S", "NONE", "N")),
        new Metric("confidentialityImpact", "C", cia),
        new Metric("integrityImpact", "I", cia),
        new Metric("availabilityImpact", "A", cia),
        new Metric(
            "exploitability",
            "E",
            Map.of(
                "UNPROVEN",
                "U",
                "PROOF_OF_CONCEPT",
                "POC",
                "FUNCTIONAL",
                "F",
                "HIGH",
                "H",
                "NOT_DEFINED",
                "ND")),
        new Metric(
            "remediationLevel",
            "RL",
            Map.of(
                "OFFICIAL_FIX",
                "OF",
                "TEMPORARY_FIX",
                "TF",
                "WORKAROUND",
                "W",
                "UNAVAILABLE",
                "U",
                "NOT_DEFINED",
                "ND")),
        new Metric(
            "reportConfidence",
            "RC",
            Map.of(
                "UNCONFIRMED",
                "UC",
                "UNCORROBORATED",
                "UR",
                "CONFIRMED",
                "C",
                "NOT_DEFINED",
                "ND")),
        new Metric(
            "collateralDamagePotential",
            "CDP",
            Map.of(
                "NONE",
                "N",
                "LOW",
                "L",
                "LOW_MEDIUM",
                "LM",
                "MEDIUM_HIGH",
                "MH",
                "HIGH",
                "H",
                "NOT_DEFINED",
                "ND")),
        new Metric(
            "targetDistribution",
            "TD",
            Map.of("NONE", "N", "LOW", "L", "MEDIUM", "M", "HIGH", "H", "NOT_DEFINED", "ND")),
        new Metric("confidentialityRequirement", "CR", req),
        new Metric("integrityRequirement", "IR", req),
        new Metric("availabilityRequirement", "AR", req));
  }

  private static List<Metric> v3Metrics() {
    Map<String, String> av =
        Map.of("NETWORK", "N", "ADJACENT_NETWORK", "A", "LOCAL", "L", "PHYSICAL", "P");
    Map<String, String> ac = Map.of("LOW", "L", "HIGH", "H");
    Map<String, String> pr = Map.of("HIGH", "H", "LOW", "L", "NONE", "N");
    Map<String, String> ui = Map.of("NONE", "N", "REQUIRED", "R");
    Map<String, String> s = Map.of("UNCHANGED", "U", "CHANGED", "C");
    Map<String, String> cia = Map.of("NONE", "N", "LOW", "L", "HIGH", "H");
    Map<String, String> req = Map.of("LOW", "L", "MEDIUM", "M", "HIGH", "H", "NOT_DEFINED", "X");
    return List.of(
        new Metric("attackVector", "AV", av),
        new Metric("attackComplexity", "AC", ac),
        new Metric("privilegesRequired", "PR", pr),
        new Metric("userInteraction", "UI", ui),
        new Metric("scope", "S", s),
        new Metric("confidentialityImpact", "C", cia),
        new Metric("integrityImpact", "I", cia),
        new Metric("availabilityImpact", "A", cia),
        new Metric(
            "exploitCodeMaturity",
            "E",
            Map.of(
                "UNPROVEN",
                "U",
                "PROOF_OF_CONCEPT",
                "P",
                "FUNCTIONAL",
                "F",
                "HIGH",
                "H",
                "NOT_DEFINED",
                "X")),
        new Metric(
            "remediationLevel",
            "RL",
            Map.of(
                "OFFICIAL_FIX",
                "O",
                "TEMPORARY_FIX",
                "T",
                "WORKAROUND",
                "W",
                "UNAVAILABLE",
                "U",
                "NOT_DEFINED",
                "X")),
        new Metric(
            "reportConfidence",
            "RC",
            Map.of("UNKNOWN", "U", "REASONABLE", "R", "CONFIRMED", "C", "NOT_DEFINED", "X")),
        new Metric("confidentialityRequirement", "CR", req),
        new Metric("integrityRequirement", "IR", req),
        new Metric("availabilityRequirement", "AR", req),
        new Metric("modifiedAttackVector", "MAV", notDefined(av)),
        new Metric("modifiedAttackComplexity", "MAC", notDefined(ac)),
        new Metric("modifiedPrivilegesRequired", "MPR", notDefined(pr)),
        new Metric("modifiedUserInteraction", "MUI", notDefined(ui)),
        new Metric("modifiedScope", "MS", notDefined(s)),
        new Metric("modifiedConfidentialityImpact", "MC", notDefined(cia)),
        new Metric("modifiedIntegrityImpact", "MI", notDefined(cia)),
        new Metric("modifiedAvailabilityImpact", "MA", notDefined(cia)));
  }

  private static Map<String, String> notDefined(Map<String, String> values) {
    Map<String, String> with = new HashMap<>(values);
    with.put("NOT_DEFINED", "X");
    return Map.copyOf(with);
  }

  static List<Finding> inconsistentCvss(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      for (Located score : vulnerability.elements("scores")) {
        checkConsistency(score.get("cvss_v2"), V2_METRICS, "ND", findings);
        Located v3 = score.get("cvss_v3");
        checkConsistency(v3, V3_METRICS, "X", findings);
        String version = v3.node().path("version").textValue();
        String vector = v3.node().path("vectorString").textValue();
        if (version != null && vector != null && !vector.startsWith("CVSS:" + version + "/")) {
          findings.add(
              new Finding(
                  "6.1.10",
                  v3.get("version").pointer(),
                  "version is " + version + " but the vector is " + vector));
        }
      }
    }
    return findings;
  }

  private static void checkConsistency(
      Located cvss, List<Metric> metrics, String notDefined, List<Finding> findings) {
    if (!cvss.exists()) {
      return;
    }
    String vector = cvss.node().path("vectorString").textValue();
    Map<String, String> inVector = vector == null ? null : CvssScores.metrics(vector);
    if (inVector == null) {
      return; // 6.1.8
    }
    for (Metric metric : metrics) {
      Located property = cvss.get(metric.property());
      if (!property.node().isTextual()) {
        continue;
      }
      String expected = metric.values().get(property.text());
      if (expected == null) {
        continue; // not a value of the CVSS schema: 6.1.8
      }
      String actual = inVector.getOrDefault(metric.metric(), notDefined);
      if (!Objects.equals(expected, actual)) {
        findings.add(
            new Finding(
                "6.1.10",
                property.pointer(),
                metric.property()
                    + " is "
                    + property.text()
                    + " but the vector "
                    + vector
                    + " has "
                    + metric.metric()
                    + ":"
                    + actual));
      }
    }
  }

  // 6.1.11 CWE

  static List<Finding> cwe(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      Located cwe = vulnerability.get("cwe");
      String id = cwe.node().path("id").textValue();
      String name = cwe.node().path("name").textValue();
      if (id == null) {
        continue;
      }
      Optional<String> official = CweCatalogue.name(id);
      if (official.isEmpty()) {
        findings.add(
            new Finding("6.1.11", cwe.get("id").pointer(), id + " is not in the CWE list"));
      } else if (name != null && !official.get().equals(name)) {
        findings.add(
            new Finding(
                "6.1.11",
                cwe.get("name").pointer(),
                "the name of " + id + " is '" + official.get() + "', not '" + name + "'"));
      }
    }
    return findings;
  }

  // 6.1.12 Language

  static List<Finding> language(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    Located meta = Located.root(document).get("document");
    for (String property : List.of("lang", "source_lang")) {
      Located tag = meta.get(property);
      if (tag.node().isTextual()) {
        LanguageTags.problem(tag.text())
            .ifPresent(problem -> findings.add(new Finding("6.1.12", tag.pointer(), problem)));
      }
    }
    return findings;
  }

  // 6.1.13 PURL

  static List<Finding> purl(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (Located name : ProductIds.fullProductNames(document)) {
      Located purl = name.get("product_identification_helper").get("purl");
      if (!purl.node().isTextual()) {
        continue;
      }
      try {
        new PackageURL(purl.text());
      } catch (MalformedPackageURLException | RuntimeException e) {
        findings.add(
            new Finding(
                "6.1.13",
                purl.pointer(),
                "'" + purl.text() + "' is not a valid package URL: " + e.getMessage()));
      }
    }
    return findings;
  }

  // 6.1.14 Sorted Revision History

  static List<Finding> sortedRevisionHistory(JsonNode document) {
    List<DocumentVersions.Revision> sorted = DocumentVersions.sortedHistory(document);
    if (sorted == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      DocumentVersions.Revision earlier = sorted.get(i - 1);
      DocumentVersions.Revision later = sorted.get(i);
      if (DocumentVersions.PRECEDENCE.compare(earlier.number(), later.number()) > 0) {
        findings.add(
            new Finding(
                "6.1.14",
                "/document/tracking/revision_history/" + later.index() + "/number",
                "revision "
                    + later.number().text()
                    + " of "
                    + later.date()
                    + " comes after revision "
                    + earlier.number().text()
                    + " of "
                    + earlier.date()
                    + ", though its number is lower"));
      }
    }
    return findings;
  }

  // 6.1.15 Translator

  static List<Finding> translator(JsonNode document) {
    JsonNode meta = document.path("document");
    if ("translator".equals(meta.path("publisher").path("category").textValue())
        && !meta.path("source_lang").isTextual()) {
      return List.of(
          new Finding(
              "6.1.15",
              "/document/source_lang",
              "the publisher is a translator, so source_lang must give the source language"));
    }
    return List.of();
  }

  // 6.1.16 Latest Document Version

  static List<Finding> latestDocumentVersion(JsonNode document) {
    JsonNode tracking = document.path("document").path("tracking");
    DocumentVersions.Version version = DocumentVersions.parse(tracking.path("version").textValue());
    List<DocumentVersions.Revision> sorted = DocumentVersions.sortedHistory(document);
    if (version == null || sorted == null || sorted.isEmpty()) {
      return List.of();
    }
    DocumentVersions.Version latest = sorted.get(sorted.size() - 1).number();
    boolean draft = "draft".equals(tracking.path("status").textValue());
    String mine = draft ? version.withoutBuildAndPreRelease() : version.withoutBuild();
    String theirs = draft ? latest.withoutBuildAndPreRelease() : latest.withoutBuild();
    if (!mine.equals(theirs)) {
      return List.of(
          new Finding(
              "6.1.16",
              "/document/tracking/version",
              "the version is "
                  + version.text()
                  + " but the latest revision (by date) is "
                  + latest.text()));
    }
    return List.of();
  }
}
