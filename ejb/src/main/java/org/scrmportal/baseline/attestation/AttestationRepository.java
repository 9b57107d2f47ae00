package org.scrmportal.baseline.attestation;

import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;

/** Where attestations are kept; every read goes through the access policy. */
public interface AttestationRepository {

  void store(Attestation attestation);

  /** The attestation, if the viewer may see it. */
  Optional<Attestation> find(Viewer viewer, long id);

  /** The attestations the viewer may see, newest first, at most {@code limit}. */
  List<Attestation> visible(Viewer viewer, int limit);

  /**
   * The newest attestation of {@code organization} against any version of the baseline series
   * ({@code publisher}, {@code name}) that the viewer may see.
   */
  Optional<Attestation> newest(
      Viewer viewer, OrganizationId organization, String publisher, String name);
}
