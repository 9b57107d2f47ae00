package org.scrmportal.baseline.attestation;

import java.util.Optional;
import org.scrmportal.baseline.oscal.ImplementationStatus;

/**
 * A required control an attestation does not state as IMPLEMENTED (nor NOT_APPLICABLE).
 *
 * @param status what the attestation says of it: PARTIAL, PLANNED or ALTERNATIVE; null when it does
 *     not name the control at all
 */
public record Gap(
    String controlId,
    String label,
    String title,
    String family,
    String familyTitle,
    ImplementationStatus status) {

  /** What the attestation says, for people: "not stated" when it names the control nowhere. */
  public String statusLabel() {
    return Optional.ofNullable(status).map(CoverageReport::label).orElse("not stated");
  }
}
