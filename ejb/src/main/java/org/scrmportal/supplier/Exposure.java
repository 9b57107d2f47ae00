package org.scrmportal.supplier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one advisory means for one component of an inventory, vulnerability by vulnerability. A
 * product the component matches with {@code known_not_affected} (CSAF VEX) suppresses, and with
 * {@code fixed} or {@code first_fixed} closes, whatever affected status another product gives it;
 * otherwise an affected status it matches raises a notice, certain where the version compares,
 * uncertain where it does not.
 */
public final class Exposure {

  /** The outcome for one vulnerability. */
  public enum Outcome {
    AFFECTED,
    POSSIBLY_AFFECTED,
    NOT_AFFECTED,
    FIXED,
    /** Closed by a reader of the inbox. */
    DISMISSED
  }

  /**
   * One vulnerability's outcome for the component.
   *
   * @param vulnerability {@link ProductTree.Vulnerability#key()}
   * @param cve the CVE, or null
   * @param outcome what it means
   * @param product the advisory's product that decided it
   */
  public record Finding(
      String vulnerability, String cve, Outcome outcome, AdvisoryProduct product) {}

  private Exposure() {}

  /** The vulnerabilities of the tree that concern the component; the others are left out. */
  public static List<Finding> assess(ProductTree tree, Component component) {
    List<Finding> findings = new ArrayList<>();
    for (ProductTree.Vulnerability v : tree.vulnerabilities()) {
      AdvisoryProduct notAffected = null;
      AdvisoryProduct fixed = null;
      AdvisoryProduct affected = null;
      AdvisoryProduct possibly = null;
      for (Map.Entry<String, Set<ProductStatus>> e : v.statuses().entrySet()) {
        AdvisoryProduct product = tree.product(e.getKey()).orElse(null);
        if (product == null) {
          continue;
        }
        for (ProductStatus status : e.getValue()) {
          Match m = ProductMatcher.matches(product, status, component);
          switch (status.effect()) {
            case NOT_AFFECTED -> notAffected = m == Match.YES ? product : notAffected;
            case FIXED -> fixed = m == Match.YES ? product : fixed;
            case AFFECTED -> {
              if (m == Match.YES) {
                affected = affected == null ? product : affected;
              } else if (m == Match.UNKNOWN) {
                possibly = possibly == null ? product : possibly;
              }
            }
            case NONE -> {}
          }
        }
      }
      if (notAffected != null) {
        findings.add(new Finding(v.key(), v.cve(), Outcome.NOT_AFFECTED, notAffected));
      } else if (fixed != null) {
        findings.add(new Finding(v.key(), v.cve(), Outcome.FIXED, fixed));
      } else if (affected != null) {
        findings.add(new Finding(v.key(), v.cve(), Outcome.AFFECTED, affected));
      } else if (possibly != null) {
        findings.add(new Finding(v.key(), v.cve(), Outcome.POSSIBLY_AFFECTED, possibly));
      }
    }
    return findings;
  }
}
