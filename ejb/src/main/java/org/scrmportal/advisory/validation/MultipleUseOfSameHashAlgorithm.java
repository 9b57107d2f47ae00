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
    ProductTreeNodes.eachFullProductName(
        document,
        (path, product) -> {
          JsonNode hashes =
              ArrayOrEmpty.of(product.path("product_identification_helper").path("hashes"));
          for (int k = 0; k < hashes.size(); k++) {
            JsonNode fileHashes = ArrayOrEmpty.of(hashes.get(k).path("file_hashes"));
            Map<String, Integer> seen = new HashMap<>();
            for (int m = 0; m < fileHashes.size(); m++) {
              String algorithm = fileHashes.get(m).path("algorithm").asText("");
              Integer earlier = seen.putIfAbsent(algorithm.toLowerCase(Locale.ROOT), m);
              if (earlier != null) {
                findings.add(
                    new Finding(
                        number(),
                        path
                            + "/product_identification_helper/hashes/"
                            + k
                            + "/file_hashes/"
                            + m
                            + "/algorithm",
                        "The hash algorithm '"
                            + algorithm
                            + "' is already used by file hash "
                            + earlier
                            + " of the same item of hashes."));
              }
            }
          }
        });
    return findings;
  }
}
