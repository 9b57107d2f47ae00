package org.scrmportal.baseline.attestation;

import java.util.List;
import java.util.Objects;

/**
 * How far an attestation covers the controls its baseline publication requires.
 *
 * <p>The arithmetic: {@code required} is the number of controls of the baseline publication (its
 * resolved catalog for a profile); {@code notApplicable} of them are attested NOT_APPLICABLE and
 * leave the denominator; {@code implemented} are attested IMPLEMENTED and count 1, {@code partial}
 * are attested PARTIAL and count ½; everything else (PLANNED, ALTERNATIVE, or not named by the
 * attestation at all) counts 0. So {@code ratio = (implemented + partial / 2) / (required -
 * notApplicable)}, and 1.0 when every required control is not applicable (nothing is left to
 * implement). A statement about a control the baseline does not require counts nowhere.
 *
 * @param attestationId the attestation the figures come from
 * @param baselineId the baseline publication (the exact version) the attestation is pinned to
 * @param required the baseline's controls
 * @param implemented required controls attested IMPLEMENTED
 * @param partial required controls attested PARTIAL
 * @param notApplicable required controls attested NOT_APPLICABLE
 * @param ratio the coverage, 0.0 to 1.0
 * @param gaps ids of the required controls that are not IMPLEMENTED and not NOT_APPLICABLE
 *     (missing, planned, partial, alternative), in the baseline's order
 */
public record Coverage(
    long attestationId,
    long baselineId,
    int required,
    int implemented,
    int partial,
    int notApplicable,
    double ratio,
    List<String> gaps) {

  public Coverage {
    gaps = List.copyOf(Objects.requireNonNull(gaps, "gaps"));
  }
}
