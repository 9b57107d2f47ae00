package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * CSAF 2.0 6.1.27.4 Product Tree: for {@code csaf_security_advisory} and {@code csaf_vex}, the
 * element {@code /product_tree} exists.
 */
final class ProfileProductTree implements CsafTest {

  @Override
  public String number() {
    return "6.1.27.4";
  }

  @Override
  public List<Finding> run(JsonNode document) {
    if (!ProfileCategories.is(document, ProfileCategories.SECURITY_ADVISORY, ProfileCategories.VEX)
        || document.has("product_tree")) {
      return List.of();
    }
    return List.of(
        new Finding(
            number(),
            "/product_tree",
            "A document of category " + ProfileCategories.of(document) + " needs a product tree."));
  }
}
