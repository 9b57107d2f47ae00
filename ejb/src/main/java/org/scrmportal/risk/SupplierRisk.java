package org.scrmportal.risk;

import java.util.Objects;
import org.scrmportal.organization.OrganizationId;

/**
 * One supplier of a consumer with its score.
 *
 * @param supplier the supplier organization
 * @param name its name
 * @param declared whether the consumer declared it
 * @param advised whether open notices of its advisories are in the consumer's inbox
 * @param baselineId the baseline publication its coverage is measured against; null: none chosen
 * @param baseline that baseline as people read it; null: none chosen
 * @param baselineIsDefault whether it is the consumer's default rather than chosen for it
 * @param score the score with its parts and explanation
 */
public record SupplierRisk(
    OrganizationId supplier,
    String name,
    boolean declared,
    boolean advised,
    Long baselineId,
    String baseline,
    boolean baselineIsDefault,
    RiskScore score) {

  public SupplierRisk {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(score, "score");
  }
}
