package org.scrmportal.baseline.attestation;

import java.util.List;
import org.scrmportal.baseline.oscal.ImplementationStatus;

/**
 * An attestation filled in control by control, which the portal turns into an OSCAL component
 * definition.
 *
 * @param baselineId the baseline publication (exact version) attested against
 * @param product the product, or null for the organization as a whole
 * @param controls what is said of each control; controls left out are not stated (gaps)
 */
public record AttestationForm(long baselineId, String product, List<Entry> controls) {

  public AttestationForm {
    controls = controls == null ? List.of() : List.copyOf(controls);
  }

  /** One control: its id (OSCAL id or label), status and statement. */
  public record Entry(String control, ImplementationStatus status, String statement) {}
}
