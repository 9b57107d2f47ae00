package org.scrmportal.advisory.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import us.springett.cvss.Cvss;
import us.springett.cvss.CvssV2;
import us.springett.cvss.CvssV3;
import us.springett.cvss.CvssV3_1;
import us.springett.cvss.MalformedVectorException;
import us.springett.cvss.Score;

/**
 * CVSS v2.0, v3.0 and v3.1 vectors of CSAF {@code cvss_v2}/{@code cvss_v3} objects: their metrics,
 * and the scores they define. Base and temporal scores (and v3.1 environmental scores) are computed
 * by the cvss-calculator library; that library leaves out the environmental metrics of v2.0 and
 * v3.0, whose environmental equations (CVSS v2 guide section 3.2.3, CVSS v3.0 specification section
 * 8.3) are computed here.
 */
final class CvssScores {

  private CvssScores() {}

  /** The scores of a vector. */
  record Scores(double base, double temporal, double environmental) {}

  /**
   * The metrics of a vector in its order, without the {@code CVSS:3.x/} prefix (e.g. {@code
   * AV->N}); null when a part is not {@code METRIC:VALUE} or a metric repeats.
   */
  static Map<String, String> metrics(String vector) {
    String body = vector;
    if (body.startsWith("CVSS:")) {
      int slash = body.indexOf('/');
      if (slash < 0) {
        return null;
      }
      body = body.substring(slash + 1);
    }
    Map<String, String> metrics = new LinkedHashMap<>();
    for (String part : body.split("/", -1)) {
      int colon = part.indexOf(':');
      if (colon <= 0 || colon == part.length() - 1) {
        return null;
      }
      if (metrics.put(part.substring(0, colon), part.substring(colon + 1)) != null) {
        return null;
      }
    }
    return metrics;
  }

  /**
   * The scores that a v2.0 vector, or a v3.0 or v3.1 vector ({@code CVSS:3.x/...}), defines; null
   * when the vector is malformed.
   */
  static Scores compute(String vector) {
    Map<String, String> metrics = metrics(vector);
    if (metrics == null) {
      return null;
    }
    Cvss cvss;
    try {
      cvss = Cvss.fromVector(vector);
    } catch (MalformedVectorException | IllegalArgumentException e) {
      return null;
    }
    if (cvss == null) {
      return null;
    }
    Score score = cvss.calculateScore();
    double environmental;
    if (cvss instanceof CvssV3_1) {
      environmental = score.getEnvironmentalScore();
    } else if (cvss instanceof CvssV3) {
      environmental = environmentalV30(metrics);
    } else if (cvss instanceof CvssV2) {
      environmental = environmentalV2(metrics);
    } else {
      return null;
    }
    if (Double.isNaN(environmental)) {
      return null;
    }
    return new Scores(score.getBaseScore(), score.getTemporalScore(), environmental);
  }

  /** The qualitative severity of a v3 score (CVSS v3.x specification section 5). */
  static String severity(double score) {
    if (score == 0) {
      return "NONE";
    }
    if (score < 4.0) {
      return "LOW";
    }
    if (score < 7.0) {
      return "MEDIUM";
    }
    if (score < 9.0) {
      return "HIGH";
    }
    return "CRITICAL";
  }

  // CVSS v2 environmental equation (CVSS v2 complete documentation, section 3.2.3)

  private static double environmentalV2(Map<String, String> m) {
    double av = w(m, "AV", Map.of("L", 0.395, "A", 0.646, "N", 1.0));
    double ac = w(m, "AC", Map.of("H", 0.35, "M", 0.61, "L", 0.71));
    double au = w(m, "Au", Map.of("M", 0.45, "S", 0.56, "N", 0.704));
    Map<String, Double> cia = Map.of("N", 0.0, "P", 0.275, "C", 0.660);
    double c = w(m, "C", cia);
    double i = w(m, "I", cia);
    double a = w(m, "A", cia);
    double e = wOr(m, "E", Map.of("U", 0.85, "POC", 0.9, "F", 0.95, "H", 1.0, "ND", 1.0), 1.0);
    double rl = wOr(m, "RL", Map.of("OF", 0.87, "TF", 0.90, "W", 0.95, "U", 1.0, "ND", 1.0), 1.0);
    double rc = wOr(m, "RC", Map.of("UC", 0.90, "UR", 0.95, "C", 1.0, "ND", 1.0), 1.0);
    double cdp =
        wOr(m, "CDP", Map.of("N", 0.0, "L", 0.1, "LM", 0.3, "MH", 0.4, "H", 0.5, "ND", 0.0), 0.0);
    double td = wOr(m, "TD", Map.of("N", 0.0, "L", 0.25, "M", 0.75, "H", 1.0, "ND", 1.0), 1.0);
    Map<String, Double> req = Map.of("L", 0.5, "M", 1.0, "H", 1.51, "ND", 1.0);
    double cr = wOr(m, "CR", req, 1.0);
    double ir = wOr(m, "IR", req, 1.0);
    double ar = wOr(m, "AR", req, 1.0);
    if (Double.isNaN(av + ac + au + c + i + a + e + rl + rc + cdp + td + cr + ir + ar)) {
      return Double.NaN;
    }
    double adjustedImpact = Math.min(10, 10.41 * (1 - (1 - c * cr) * (1 - i * ir) * (1 - a * ar)));
    double exploitability = 20 * av * ac * au;
    double f = adjustedImpact == 0 ? 0 : 1.176;
    double adjustedBase = round1(((0.6 * adjustedImpact) + (0.4 * exploitability) - 1.5) * f);
    double adjustedTemporal = round1(adjustedBase * e * rl * rc);
    return round1((adjustedTemporal + (10 - adjustedTemporal) * cdp) * td);
  }

  // CVSS v3.0 environmental equation (CVSS v3.0 specification, section 8.3)

  private static double environmentalV30(Map<String, String> m) {
    boolean changed = "C".equals(modified(m, "MS", "S"));
    Map<String, Double> avs = Map.of("N", 0.85, "A", 0.62, "L", 0.55, "P", 0.2);
    double mav = weight(modified(m, "MAV", "AV"), avs);
    double mac = weight(modified(m, "MAC", "AC"), Map.of("L", 0.77, "H", 0.44));
    double mpr =
        weight(
            modified(m, "MPR", "PR"),
            changed
                ? Map.of("N", 0.85, "L", 0.68, "H", 0.5)
                : Map.of("N", 0.85, "L", 0.62, "H", 0.27));
    double mui = weight(modified(m, "MUI", "UI"), Map.of("N", 0.85, "R", 0.62));
    Map<String, Double> cia = Map.of("H", 0.56, "L", 0.22, "N", 0.0);
    double mc = weight(modified(m, "MC", "C"), cia);
    double mi = weight(modified(m, "MI", "I"), cia);
    double ma = weight(modified(m, "MA", "A"), cia);
    Map<String, Double> req = Map.of("X", 1.0, "H", 1.5, "M", 1.0, "L", 0.5);
    double cr = wOr(m, "CR", req, 1.0);
    double ir = wOr(m, "IR", req, 1.0);
    double ar = wOr(m, "AR", req, 1.0);
    double e = wOr(m, "E", Map.of("X", 1.0, "H", 1.0, "F", 0.97, "P", 0.94, "U", 0.91), 1.0);
    double rl = wOr(m, "RL", Map.of("X", 1.0, "U", 1.0, "W", 0.97, "T", 0.96, "O", 0.95), 1.0);
    double rc = wOr(m, "RC", Map.of("X", 1.0, "C", 1.0, "R", 0.96, "U", 0.92), 1.0);
    if (Double.isNaN(mav + mac + mpr + mui + mc + mi + ma + cr + ir + ar + e + rl + rc)) {
      return Double.NaN;
    }
    double isc = Math.min(1 - (1 - mc * cr) * (1 - mi * ir) * (1 - ma * ar), 0.915);
    double impact = changed ? 7.52 * (isc - 0.029) - 3.25 * Math.pow(isc - 0.02, 15) : 6.42 * isc;
    double exploitability = 8.22 * mav * mac * mpr * mui;
    if (impact <= 0) {
      return 0;
    }
    double sum = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
    return roundUp(roundUp(Math.min(sum, 10)) * e * rl * rc);
  }

  /** The value of modified metric {@code modified}, or of its base metric when not defined. */
  private static String modified(Map<String, String> m, String modified, String base) {
    String value = m.get(modified);
    return value == null || value.equals("X") ? m.get(base) : value;
  }

  private static double weight(String value, Map<String, Double> weights) {
    Double weight = value == null ? null : weights.get(value);
    return weight == null ? Double.NaN : weight;
  }

  private static double w(Map<String, String> m, String metric, Map<String, Double> weights) {
    return weight(m.get(metric), weights);
  }

  private static double wOr(
      Map<String, String> m, String metric, Map<String, Double> weights, double absent) {
    String value = m.get(metric);
    return value == null ? absent : weight(value, weights);
  }

  /** Rounded to one decimal, halves up (CVSS v2 "round_to_1_decimal"). */
  private static double round1(double value) {
    return Math.round(value * 10 + 1e-9) / 10.0;
  }

  /** The smallest one-decimal number not below {@code value} (CVSS v3 "Roundup"). */
  private static double roundUp(double value) {
    long scaled = Math.round(value * 100_000);
    if (scaled % 10_000 == 0) {
      return scaled / 100_000.0;
    }
    return (Math.floor(scaled / 10_000.0) + 1) / 10.0;
  }
}
