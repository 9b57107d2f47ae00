package org.scrmportal.risk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link RiskFormula} reads about one supplier as one consumer may see it: plain values,
 * gathered through the access policy by {@link RiskCalculator}.
 *
 * @param supplier the supplier organization's id, for the explanation
 * @param findings one per open notice of the supplier's advisories in the consumer's inbox
 * @param sightings the sightings of related indicators in the window
 * @param coverage what the chosen baseline's coverage is known to be
 */
public record RiskInputs(
    String supplier, List<Finding> findings, List<Sighting> sightings, Coverage coverage) {

  public RiskInputs {
    Objects.requireNonNull(supplier, "supplier");
    findings = List.copyOf(findings);
    sightings = List.copyOf(sightings);
    Objects.requireNonNull(coverage, "coverage");
  }

  /** How a notice says the consumer's product is affected. */
  public enum Outcome {
    AFFECTED,
    POSSIBLY_AFFECTED
  }

  /**
   * One open notice: a vulnerability of one of the supplier's advisories affects a product the
   * consumer runs.
   *
   * @param trackingId the advisory's tracking id
   * @param title the advisory's title
   * @param vulnerability the vulnerability as the notice names it (its CVE, or its key)
   * @param outcome affected or possibly affected
   * @param product the consumer's component it matched
   * @param cvss the highest CVSS base score the advisory gives the vulnerability; null: none
   * @param cvssSource where that score came from ({@code cvss_v3 3.1}), null without one
   * @param exploitation the advisory's statement of known exploitation; null: none stated
   */
  public record Finding(
      String trackingId,
      String title,
      String vulnerability,
      Outcome outcome,
      String product,
      Double cvss,
      String cvssSource,
      String exploitation) {

    public Finding {
      Objects.requireNonNull(trackingId, "trackingId");
      Objects.requireNonNull(vulnerability, "vulnerability");
      Objects.requireNonNull(outcome, "outcome");
      if (cvss != null && (cvss.isNaN() || cvss < 0 || cvss > 10)) {
        throw new IllegalArgumentException("a CVSS base score is 0.0 to 10.0: " + cvss);
      }
    }
  }

  /**
   * A sighting of an indicator related to the supplier.
   *
   * @param sightingId the sighting's STIX id
   * @param indicatorId the indicator sighted
   * @param indicatorName the indicator's name, or its id
   * @param seen when it was last seen (else first seen, else created)
   * @param because why the indicator is related (the CVE it names)
   */
  public record Sighting(
      String sightingId, String indicatorId, String indicatorName, Instant seen, String because) {

    public Sighting {
      Objects.requireNonNull(sightingId, "sightingId");
      Objects.requireNonNull(indicatorId, "indicatorId");
    }
  }

  /** What is known about the coverage of the consumer's chosen baseline by the supplier. */
  public sealed interface Coverage {}

  /** The consumer chose no baseline (for this supplier, nor a default). */
  public record NoBaseline() implements Coverage {}

  /**
   * A baseline is chosen, but the consumer may see no attestation of the supplier against it.
   *
   * @param baseline the baseline as people read it
   */
  public record NoAttestation(String baseline) implements Coverage {}

  /**
   * The supplier's newest attestation the consumer may see against the chosen baseline.
   *
   * @param baseline the baseline as people read it
   * @param attestationId the attestation
   * @param required required controls
   * @param implemented of them, implemented
   * @param partial of them, partially implemented
   * @param notApplicable of them, not applicable
   * @param ratio the coverage, 0.0 to 1.0
   * @param gaps control ids not implemented
   */
  public record Attested(
      String baseline,
      long attestationId,
      int required,
      int implemented,
      int partial,
      int notApplicable,
      double ratio,
      List<String> gaps)
      implements Coverage {

    public Attested {
      if (Double.isNaN(ratio) || ratio < 0 || ratio > 1) {
        throw new IllegalArgumentException("a coverage ratio is 0.0 to 1.0: " + ratio);
      }
      gaps = List.copyOf(gaps);
    }
  }
}
