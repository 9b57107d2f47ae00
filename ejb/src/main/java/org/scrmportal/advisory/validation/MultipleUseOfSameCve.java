package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSAF 2.0 6.1.23 Multiple Use of Same CVE: a CVE is not used in more than one vulnerability item.
 * Each item repeating an earlier item's {@code cve} is a finding.
 */
final class MultipleUseOfSameCve implements CsafTest {

  @Override
  public String number() {
    return "6.1.23";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    JsonNode vulnerabilities = ArrayOrEmpty.of(document.path("vulnerabilities"));
    for (int i = 0; i < vulnerabilities.size(); i++) {
      JsonNode cve = vulnerabilities.get(i).path("cve");
      if (!cve.isTextual()) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(cve.asText(), i);
      if (earlier != null) {
        findings.add(
            new Finding(
                number(),
                "/vulnerabilities/" + i + "/cve",
                cve.asText() + " is already used by vulnerability " + earlier + "."));
      }
    }
    return findings;
  }
}
