package org.scrmportal.bench;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CVSS v3.1 base score of a vector, written from FIRST's specification (section 7.1 and
 * Appendix A, "Roundup"), so that the generated advisories carry scores that match their vectors
 * without the benchmark depending on the validator's own library.
 */
final class Cvss31 {

  private Cvss31() {}

  /** A base score and its qualitative severity as CSAF writes it ({@code "HIGH"}, ...). */
  record Score(BigDecimal baseScore, String baseSeverity) {}

  /**
   * @param vector e.g. {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}
   */
  static Score score(String vector) {
    if (!vector.startsWith("CVSS:3.1/")) {
      throw new IllegalArgumentException("not a CVSS 3.1 vector: " + vector);
    }
    Map<String, String> metrics = new LinkedHashMap<>();
    for (String part : vector.substring("CVSS:3.1/".length()).split("/")) {
      String[] kv = part.split(":", 2);
      if (kv.length != 2 || metrics.put(kv[0], kv[1]) != null) {
        throw new IllegalArgumentException("bad metric " + part + " in " + vector);
      }
    }
    boolean changed = "C".equals(required(metrics, "S"));
    double av =
        switch (required(metrics, "AV")) {
          case "N" -> 0.85;
          case "A" -> 0.62;
          case "L" -> 0.55;
          case "P" -> 0.2;
          default -> throw new IllegalArgumentException(vector);
        };
    double ac =
        switch (required(metrics, "AC")) {
          case "L" -> 0.77;
          case "H" -> 0.44;
          default -> throw new IllegalArgumentException(vector);
        };
    double pr =
        switch (required(metrics, "PR")) {
          case "N" -> 0.85;
          case "L" -> changed ? 0.68 : 0.62;
          case "H" -> changed ? 0.5 : 0.27;
          default -> throw new IllegalArgumentException(vector);
        };
    double ui =
        switch (required(metrics, "UI")) {
          case "N" -> 0.85;
          case "R" -> 0.62;
          default -> throw new IllegalArgumentException(vector);
        };
    double c = cia(required(metrics, "C"), vector);
    double i = cia(required(metrics, "I"), vector);
    double a = cia(required(metrics, "A"), vector);
    double iss = 1 - (1 - c) * (1 - i) * (1 - a);
    double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    double exploitability = 8.22 * av * ac * pr * ui;
    double base;
    if (impact <= 0) {
      base = 0;
    } else if (changed) {
      base = roundUp(Math.min(1.08 * (impact + exploitability), 10));
    } else {
      base = roundUp(Math.min(impact + exploitability, 10));
    }
    BigDecimal score = BigDecimal.valueOf(base).setScale(1, java.math.RoundingMode.UNNECESSARY);
    return new Score(score, severity(base));
  }

  private static String required(Map<String, String> metrics, String name) {
    String value = metrics.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing base metric " + name);
    }
    return value;
  }

  private static double cia(String value, String vector) {
    return switch (value) {
      case "H" -> 0.56;
      case "L" -> 0.22;
      case "N" -> 0;
      default -> throw new IllegalArgumentException(vector);
    };
  }

  /** CVSS v3.1 Appendix A: the smallest number with one decimal equal to or above the input. */
  static double roundUp(double input) {
    long intInput = Math.round(input * 100000);
    if (intInput % 10000 == 0) {
      return intInput / 100000.0;
    }
    return (Math.floor(intInput / 10000.0) + 1) / 10.0;
  }

  static String severity(double base) {
    if (base == 0) {
      return "NONE";
    } else if (base < 4.0) {
      return "LOW";
    } else if (base < 7.0) {
      return "MEDIUM";
    } else if (base < 9.0) {
      return "HIGH";
    }
    return "CRITICAL";
  }
}
