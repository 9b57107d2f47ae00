package org.scrmportal.baseline.attestation;

import java.time.Instant;
import java.util.List;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;

/**
 * An attestation as the service hands it out, read inside its transaction.
 *
 * @param product null for the organization as a whole
 * @param baselineId the baseline publication (exact version) it is pinned to
 * @param coverage its coverage of that publication; null where the viewer may not see the
 *     publication
 * @param statements what it says, control by control, in the document's order
 */
public record AttestationView(
    long id,
    OrganizationId organization,
    String product,
    String title,
    long baselineId,
    String baselinePublisher,
    String baselineName,
    int baselineVersion,
    Instant createdAt,
    String createdBy,
    Marking marking,
    Coverage coverage,
    List<Statement> statements) {

  public AttestationView {
    statements = List.copyOf(statements);
  }

  static AttestationView of(Attestation a, Coverage coverage, List<Statement> statements) {
    return new AttestationView(
        a.id(),
        a.organization(),
        a.product().orElse(null),
        a.title(),
        a.baselineId(),
        a.baselinePublisher(),
        a.baselineName(),
        a.baselineVersion(),
        a.createdAt(),
        a.createdBy(),
        a.marking(),
        coverage,
        statements);
  }
}
