package org.scrmportal.advisory.validation;

import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.child;
import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.eachItem;
import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.strings;
import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import us.springett.cvss.Cvss;
import us.springett.cvss.CvssV3_1;

/**
 * The environmental score of the CVSS objects of a CSAF score, for test 6.2.19 (CVSS for Fixed
 * Products). The score is the object's {@code environmentalScore} when it has one; otherwise it is
 * computed from the {@code vectorString} together with the metric properties of the object (a
 * property overrides the vector's value of the same metric, so that {@code
 * "modifiedConfidentialityImpact": "NONE"} counts even when the vector lacks {@code MC:N}).
 *
 * <p>CVSS v3.x is computed with {@code us.springett:cvss-calculator} (its v3.1 calculator; a 3.0
 * vector is computed as 3.1: the two versions differ only in rounding and in the weight of a
 * changed scope, which never turns a zero environmental score into a non-zero one or back). CVSS
 * v2, whose environmental equations that library lacks, is computed here from the CVSS v2 guide
 * (section 3.2.3).
 */
final class CvssEnvironmentalScore {

  private CvssEnvironmentalScore() {}

  /**
   * 6.2.19: each CVSS applying to a fixed product ({@code first_fixed}, {@code fixed}) scores 0.
   */
  static List<Finding> cvssForFixedProducts(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    AdvisoryJsonWalk.vulnerabilities(
        document,
        (pointer, vulnerability) -> {
          for (String status : List.of("first_fixed", "fixed")) {
            eachItem(
                vulnerability.path("product_status").path(status),
                child(child(pointer, "product_status"), status),
                (idPointer, id) -> {
                  if (!id.isTextual()) {
                    return;
                  }
                  eachItem(
                      vulnerability.path("scores"),
                      child(pointer, "scores"),
                      (scorePointer, score) -> {
                        if (!strings(score.get("products")).contains(id.asText())) {
                          return;
                        }
                        for (String cvss : List.of("cvss_v3", "cvss_v2")) {
                          JsonNode object = score.get(cvss);
                          if (object == null || !object.isObject()) {
                            continue;
                          }
                          OptionalDouble environmental = of(object, cvss.equals("cvss_v2"));
                          if (environmental.isPresent() && environmental.getAsDouble() != 0) {
                            findings.add(
                                new Finding(
                                    "6.2.19",
                                    idPointer,
                                    "The product "
                                        + id.asText()
                                        + " is listed in "
                                        + status
                                        + " but the CVSS at "
                                        + child(scorePointer, cvss)
                                        + " has the environmental score "
                                        + environmental.getAsDouble()
                                        + ", not 0."));
                          }
                        }
                      });
                });
          }
        });
    return findings;
  }

  /** The environmental score of a {@code cvss_v2} or {@code cvss_v3} object, if computable. */
  static OptionalDouble of(JsonNode cvss, boolean v2) {
    JsonNode given = cvss.get("environmentalScore");
    if (given != null && given.isNumber()) {
      return OptionalDouble.of(given.asDouble());
    }
    String vector = text(cvss.get("vectorString"));
    if (vector == null) {
      return OptionalDouble.empty();
    }
    try {
      return v2 ? v2(vector, cvss) : v3(vector, cvss);
    } catch (RuntimeException malformed) {
      return OptionalDouble.empty(); // a broken vector is a matter of the mandatory tests
    }
  }

  // --- CVSS v3.x

  private static final Map<String, String> V3_PROPERTIES =
      Map.ofEntries(
          Map.entry("attackVector", "AV"),
          Map.entry("attackComplexity", "AC"),
          Map.entry("privilegesRequired", "PR"),
          Map.entry("userInteraction", "UI"),
          Map.entry("scope", "S"),
          Map.entry("confidentialityImpact", "C"),
          Map.entry("integrityImpact", "I"),
          Map.entry("availabilityImpact", "A"),
          Map.entry("exploitCodeMaturity", "E"),
          Map.entry("remediationLevel", "RL"),
          Map.entry("reportConfidence", "RC"),
          Map.entry("confidentialityRequirement", "CR"),
          Map.entry("integrityRequirement", "IR"),
          Map.entry("availabilityRequirement", "AR"),
          Map.entry("modifiedAttackVector", "MAV"),
          Map.entry("modifiedAttackComplexity", "MAC"),
          Map.entry("modifiedPrivilegesRequired", "MPR"),
          Map.entry("modifiedUserInteraction", "MUI"),
          Map.entry("modifiedScope", "MS"),
          Map.entry("modifiedConfidentialityImpact", "MC"),
          Map.entry("modifiedIntegrityImpact", "MI"),
          Map.entry("modifiedAvailabilityImpact", "MA"));

  private static OptionalDouble v3(String vector, JsonNode cvss) {
    if (!vector.startsWith("CVSS:3.0/") && !vector.startsWith("CVSS:3.1/")) {
      return OptionalDouble.empty();
    }
    Map<String, String> metrics = metrics(vector.substring("CVSS:3.x/".length()));
    for (Map.Entry<String, String> property : V3_PROPERTIES.entrySet()) {
      String value = text(cvss.get(property.getKey()));
      if (value != null) {
        metrics.put(property.getValue(), value.equals("NOT_DEFINED") ? "X" : value.substring(0, 1));
      }
    }
    metrics.values().removeIf("X"::equals);
    StringBuilder merged = new StringBuilder("CVSS:3.1");
    metrics.forEach((metric, value) -> merged.append('/').append(metric).append(':').append(value));
    Cvss parsed = Cvss.fromVector(merged.toString());
    if (!(parsed instanceof CvssV3_1 v31)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(v31.calculateScore().getEnvironmentalScore());
  }

  private static Map<String, String> metrics(String vector) {
    Map<String, String> metrics = new LinkedHashMap<>();
    for (String part : vector.replace("(", "").replace(")", "").split("/")) {
      int colon = part.indexOf(':');
      if (colon > 0) {
        metrics.put(part.substring(0, colon), part.substring(colon + 1));
      }
    }
    return metrics;
  }

  // --- CVSS v2 (guide section 3.2: equations and weights)

  private static final Map<String, String> V2_PROPERTIES =
      Map.ofEntries(
          Map.entry("accessVector", "AV"),
          Map.entry("accessComplexity", "AC"),
          Map.entry("authentication", "Au"),
          Map.entry("confidentialityImpact", "C"),
          Map.entry("integrityImpact", "I"),
          Map.entry("availabilityImpact", "A"),
          Map.entry("exploitability", "E"),
          Map.entry("remediationLevel", "RL"),
          Map.entry("reportConfidence", "RC"),
          Map.entry("collateralDamagePotential", "CDP"),
          Map.entry("targetDistribution", "TD"),
          Map.entry("confidentialityRequirement", "CR"),
          Map.entry("integrityRequirement", "IR"),
          Map.entry("availabilityRequirement", "AR"));

  private static final Map<String, String> V2_VALUES =
      Map.of(
          "NOT_DEFINED", "ND",
          "PROOF_OF_CONCEPT", "POC",
          "OFFICIAL_FIX", "OF",
          "TEMPORARY_FIX", "TF",
          "UNCONFIRMED", "UC",
          "UNCORROBORATED", "UR",
          "LOW_MEDIUM", "LM",
          "MEDIUM_HIGH", "MH");

  private static final Map<String, Map<String, Double>> V2_WEIGHTS =
      Map.ofEntries(
          Map.entry("AV", Map.of("L", 0.395, "A", 0.646, "N", 1.0)),
          Map.entry("AC", Map.of("H", 0.35, "M", 0.61, "L", 0.71)),
          Map.entry("Au", Map.of("M", 0.45, "S", 0.56, "N", 0.704)),
          Map.entry("C", Map.of("N", 0.0, "P", 0.275, "C", 0.660)),
          Map.entry("I", Map.of("N", 0.0, "P", 0.275, "C", 0.660)),
          Map.entry("A", Map.of("N", 0.0, "P", 0.275, "C", 0.660)),
          Map.entry("E", Map.of("U", 0.85, "POC", 0.9, "F", 0.95, "H", 1.0, "ND", 1.0)),
          Map.entry("RL", Map.of("OF", 0.87, "TF", 0.90, "W", 0.95, "U", 1.0, "ND", 1.0)),
          Map.entry("RC", Map.of("UC", 0.90, "UR", 0.95, "C", 1.0, "ND", 1.0)),
          Map.entry("CDP", Map.of("N", 0.0, "L", 0.1, "LM", 0.3, "MH", 0.4, "H", 0.5, "ND", 0.0)),
          Map.entry("TD", Map.of("N", 0.0, "L", 0.25, "M", 0.75, "H", 1.0, "ND", 1.0)),
          Map.entry("CR", Map.of("L", 0.5, "M", 1.0, "H", 1.51, "ND", 1.0)),
          Map.entry("IR", Map.of("L", 0.5, "M", 1.0, "H", 1.51, "ND", 1.0)),
          Map.entry("AR", Map.of("L", 0.5, "M", 1.0, "H", 1.51, "ND", 1.0)));

  private static final Map<String, String> V2_DEFAULTS =
      Map.of(
          "E", "ND", "RL", "ND", "RC", "ND", "CDP", "ND", "TD", "ND", "CR", "ND", "IR", "ND", "AR",
          "ND");

  private static OptionalDouble v2(String vector, JsonNode cvss) {
    Map<String, String> metrics = new LinkedHashMap<>(V2_DEFAULTS);
    metrics.putAll(metrics(vector));
    for (Iterator<Map.Entry<String, JsonNode>> fields = cvss.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String metric = V2_PROPERTIES.get(field.getKey());
      if (metric != null && field.getValue().isTextual()) {
        String value = field.getValue().asText();
        metrics.put(metric, V2_VALUES.getOrDefault(value, value.substring(0, 1)));
      }
    }
    Map<String, Double> w = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Double>> weights : V2_WEIGHTS.entrySet()) {
      Double weight = weights.getValue().get(metrics.get(weights.getKey()));
      if (weight == null) {
        return OptionalDouble.empty(); // a base metric is missing or a value unknown
      }
      w.put(weights.getKey(), weight);
    }
    double adjustedImpact =
        Math.min(
            10,
            10.41
                * (1
                    - (1 - w.get("C") * w.get("CR"))
                        * (1 - w.get("I") * w.get("IR"))
                        * (1 - w.get("A") * w.get("AR"))));
    double exploitability = 20 * w.get("AV") * w.get("AC") * w.get("Au");
    double f = adjustedImpact == 0 ? 0 : 1.176;
    double adjustedBase = round1(((0.6 * adjustedImpact) + (0.4 * exploitability) - 1.5) * f);
    double adjustedTemporal = round1(adjustedBase * w.get("E") * w.get("RL") * w.get("RC"));
    return OptionalDouble.of(
        round1((adjustedTemporal + (10 - adjustedTemporal) * w.get("CDP")) * w.get("TD")));
  }

  private static double round1(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
