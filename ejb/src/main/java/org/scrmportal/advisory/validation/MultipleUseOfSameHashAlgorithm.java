package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSAF 2.0 6.1.25 Multiple Use of Same Hash Algorithm: within one item of {@code hashes} of a Full
 * Product Name's product identification helper, no hash algorithm occurs twice in {@code
 * file_hashes}. Algorithm names are compared ignoring case ({@code sha256} = {@code SHA256}).
 */
final class MultipleUseOfSameHashAlgorithm implements CsafTest {

  @Override
  public String number() {
    return "6.1.25";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    for (Located fileHashes : ProductIds.fileHashes(document)) {
      Map<String, Integer> seen = new HashMap<>();
      List<Located> hashes = fileHashes.elements();
      for (int m = 0; m < hashes.size(); m++) {
        Located algorithm = hashes.get(m).get("algorithm");
        String name = algorithm.node().asText("");
        Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), m);
        if (earlier != null) {
          findings.add(
              new Finding(
                  number(),
                  algorithm.pointer(),
                  "The hash algorithm '"
                      + name
                      + "' is already used by file hash "
                      + earlier
                      + " of the same item of hashes."));
        }
      }
    }
    return findings;
  }
}
