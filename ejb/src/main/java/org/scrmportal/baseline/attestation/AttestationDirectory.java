package org.scrmportal.baseline.attestation;

import java.util.Optional;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;

/**
 * Attestations as other packages (supplier risk) read them: only what the viewer may see, through
 * the access policy.
 */
public interface AttestationDirectory {

  /**
   * The coverage of the newest attestation of {@code supplier} against the series of baseline
   * publication {@code baselineId} (same publisher and name, any version) that {@code viewer} may
   * see; the figures are computed against the version the attestation is pinned to. Empty when the
   * viewer may see no such attestation, or may not see the baseline.
   */
  Optional<Coverage> coverage(Viewer viewer, OrganizationId supplier, long baselineId);
}
