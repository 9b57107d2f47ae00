package org.scrmportal.advisory.validation;

import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.strings;
import static org.scrmportal.advisory.validation.AdvisoryJsonWalk.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The environmental score of the CVSS objects of a CSAF score, for test 6.2.19 (CVSS for Fixed
 * Products). The score is the object's {@code environmentalScore} when it has one; otherwise it is
 * computed from the {@code vectorString} together with the metric properties of the object (a
 * property overrides the vector's value of the same metric, so that {@code
 * "modifiedConfidentialityImpact": "NONE"} counts even when the vector lacks {@code MC:N}).
 *
 * <p>The score is computed by {@link CvssScores}: CVSS v3.x as v3.1 (a 3.0 vector is computed as
 * 3.1: the two versions differ only in rounding and in the weight of a changed scope, which never
 * turns a zero environmental score into a non-zero one or back), CVSS v2 by its environmental
 * equation.
 */
final class CvssEnvironmentalScore {

  private CvssEnvironmentalScore() {}

  /**
   * 6.2.19: each CVSS applying to a fixed product ({@code first_fixed}, {@code fixed}) scores 0.
   */
  static List<Finding> cvssForFixedProducts(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (Located vulnerability : Located.root(document).elements("vulnerabilities")) {
      for (String status : List.of("first_fixed", "fixed")) {
        for (Located id : vulnerability.get("product_status").elements(status)) {
          if (!id.node().isTextual()) {
            continue;
          }
          for (Located score : vulnerability.elements("scores")) {
            if (!strings(score.node().get("products")).contains(id.text())) {
              continue;
            }
            for (String cvss : List.of("cvss_v3", "cvss_v2")) {
              Located object = score.get(cvss);
              if (!object.node().isObject()) {
                continue;
              }
              OptionalDouble environmental = of(object.node(), cvss.equals("cvss_v2"));
              if (environmental.isPresent() && environmental.getAsDouble() != 0) {
                findings.add(
                    new Finding(
                        "6.2.19",
                        id.pointer(),
                        "The product "
                            + id.text()
                            + " is listed in "
                            + status
                            + " but the CVSS at "
                            + object.pointer()
                            + " has the environmental score "
                            + environmental.getAsDouble()
                            + ", not 0."));
              }
            }
          }
        }
      }
    }
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

  private static OptionalDouble v3(String vector, JsonNode cvss) {
    if (!vector.startsWith("CVSS:3.0/") && !vector.startsWith("CVSS:3.1/")) {
      return OptionalDouble.empty();
    }
    Map<String, String> metrics = metrics(vector.substring("CVSS:3.x/".length()));
    for (CvssScores.Metric metric : CvssScores.V3_METRICS) {
      String value = text(cvss.get(metric.property()));
      if (value != null) {
        metrics.put(metric.metric(), value.equals("NOT_DEFINED") ? "X" : value.substring(0, 1));
      }
    }
    metrics.values().removeIf("X"::equals);
    StringBuilder merged = new StringBuilder("CVSS:3.1");
    metrics.forEach((metric, value) -> merged.append('/').append(metric).append(':').append(value));
    CvssScores.Scores scores = CvssScores.compute(merged.toString());
    return scores == null ? OptionalDouble.empty() : OptionalDouble.of(scores.environmental());
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

  private static OptionalDouble v2(String vector, JsonNode cvss) {
    Map<String, String> metrics = metrics(vector);
    for (CvssScores.Metric metric : CvssScores.V2_METRICS) {
      String value = text(cvss.get(metric.property()));
      if (value != null) {
        metrics.put(metric.metric(), V2_VALUES.getOrDefault(value, value.substring(0, 1)));
      }
    }
    double environmental = CvssScores.environmentalV2(metrics);
    return Double.isNaN(environmental) // a base metric is missing or a value unknown
        ? OptionalDouble.empty()
        : OptionalDouble.of(environmental);
  }
}
