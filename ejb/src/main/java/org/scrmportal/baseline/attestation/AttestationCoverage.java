package org.scrmportal.baseline.attestation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.BaselineDirectory;
import org.scrmportal.organization.OrganizationId;

/**
 * {@link AttestationDirectory} for other packages (supplier risk): every read through the access
 * policy, for the viewer given (a consumer organization's viewer, say), not the caller.
 */
@Stateless
@PermitAll
public class AttestationCoverage implements AttestationDirectory {

  @Inject AttestationRepository attestations;

  @Inject BaselineDirectory baselines;

  @Override
  public Optional<Coverage> coverage(Viewer viewer, OrganizationId supplier, long baselineId) {
    return baselines
        .publication(viewer, baselineId)
        .flatMap(p -> attestations.newest(viewer, supplier, p.publisher(), p.name()))
        .flatMap(
            a ->
                baselines
                    .publication(viewer, a.baselineId())
                    .map(
                        pinned ->
                            CoverageReport.of(
                                    a.id(),
                                    a.baselineId(),
                                    baselines.controls(viewer, a.baselineId()),
                                    a.statements())
                                .coverage()));
  }
}
