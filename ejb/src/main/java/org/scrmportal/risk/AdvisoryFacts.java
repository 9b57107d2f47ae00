package org.scrmportal.risk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the risk formula reads of one vulnerability of a CSAF 2.0 advisory (CSAF 2.0 section 3.2.3):
 * its highest CVSS base score and whether the advisory states known exploitation.
 *
 * <ul>
 *   <li>The vulnerability is found as the notice names it (as {@code ProductTree} keys it): its
 *       {@code cve}, else its first {@code ids} entry as {@code system_name:text}, else {@code #n}
 *       (its position).
 *   <li>CVSS: the highest {@code baseScore} of {@code scores[].cvss_v3}, {@code cvss_v2} (and
 *       {@code cvss_v4} where a CSAF 2.1 document has one), over all of the vulnerability's scores.
 *   <li>Known exploitation (section 3.2.3.13, threats): a threat of category {@code exploit_status}
 *       whose {@code details} do not deny it (none of the words no, none, not, never, unknown,
 *       unproven); or a sentence of one of the vulnerability's {@code notes} saying "exploited in
 *       the wild", "actively exploited" or "known exploited" without one of those words.
 * </ul>
 *
 * @param cvss the highest base score, or null when the advisory gives none
 * @param cvssSource where it came from ({@code cvss_v3 3.1}), or null
 * @param exploitation the statement of known exploitation, or null
 */
public record AdvisoryFacts(Double cvss, String cvssSource, String exploitation) {

  private static final Pattern DENIAL =
      Pattern.compile("\\b(no|none|not|never|unknown|unproven)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern EXPLOITED =
      Pattern.compile(
          "exploited in the wild|actively exploited|known exploited", Pattern.CASE_INSENSITIVE);

  private static final String[] CVSS_VERSIONS = {"cvss_v4", "cvss_v3", "cvss_v2"};

  static final AdvisoryFacts NONE = new AdvisoryFacts(null, null, null);

  /** The facts of the vulnerability named {@code key} in {@code document}; none if not found. */
  public static AdvisoryFacts of(JsonNode document, String key) {
    JsonNode vulnerabilities = document.path("vulnerabilities");
    int index = 0;
    for (JsonNode v : vulnerabilities) {
      if (key.equals(keyOf(v, index))) {
        return of(v);
      }
      index++;
    }
    return NONE;
  }

  private static String keyOf(JsonNode v, int index) {
    JsonNode cve = v.get("cve");
    if (cve != null && cve.isTextual()) {
      return cve.asText();
    }
    JsonNode firstId = v.path("ids").path(0);
    return firstId.isObject()
        ? firstId.path("system_name").asText() + ":" + firstId.path("text").asText()
        : "#" + index;
  }

  static AdvisoryFacts of(JsonNode vulnerability) {
    Double best = null;
    String source = null;
    for (JsonNode score : vulnerability.path("scores")) {
      for (String version : CVSS_VERSIONS) {
        JsonNode cvss = score.path(version);
        JsonNode base = cvss.path("baseScore");
        if (base.isNumber()) {
          double value = base.asDouble();
          if (value >= 0 && value <= 10 && (best == null || value > best)) {
            best = value;
            String v = cvss.path("version").asText("");
            source = v.isEmpty() ? version : version + " " + v;
          }
        }
      }
    }
    return new AdvisoryFacts(best, source, exploitation(vulnerability));
  }

  private static String exploitation(JsonNode vulnerability) {
    for (JsonNode threat : vulnerability.path("threats")) {
      if ("exploit_status".equals(threat.path("category").asText())) {
        String details = threat.path("details").asText("").strip();
        if (!details.isEmpty() && !DENIAL.matcher(details).find()) {
          return "exploit_status: " + details;
        }
      }
    }
    for (JsonNode note : vulnerability.path("notes")) {
      for (String sentence : note.path("text").asText("").split("(?<=[.!?])\\s+")) {
        if (EXPLOITED.matcher(sentence).find() && !DENIAL.matcher(sentence).find()) {
          return "note: " + sentence.strip();
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "cvss=%s (%s), exploitation=%s", cvss, cvssSource, exploitation);
  }
}
