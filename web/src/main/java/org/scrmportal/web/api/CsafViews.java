package org.scrmportal.web.api;

import java.time.Instant;
import java.util.List;
import org.scrmportal.advisory.Advisory;
import org.scrmportal.advisory.BatchStatus;
import org.scrmportal.advisory.Submitted;
import org.scrmportal.advisory.batch.DocumentResult;
import org.scrmportal.advisory.validation.Finding;
import org.scrmportal.advisory.validation.Verdict;
import org.scrmportal.identity.People;

/** CSAF advisories on the wire (never the entities themselves). */
public final class CsafViews {

  private CsafViews() {}

  /** One failed test: its number (CSAF 2.0 section 6, or "schema"), JSON Pointer and message. */
  public record FindingView(String test, String path, String message) {
    public static List<FindingView> of(List<Finding> findings) {
      return findings.stream().map(f -> new FindingView(f.test(), f.path(), f.message())).toList();
    }
  }

  /** A verdict: {@code valid} when no schema or mandatory (6.1) test failed. */
  public record VerdictView(
      boolean valid,
      List<FindingView> errors,
      List<FindingView> warnings,
      List<FindingView> information) {
    public static VerdictView of(Verdict v) {
      return new VerdictView(
          v.valid(),
          FindingView.of(v.errors()),
          FindingView.of(v.warnings()),
          FindingView.of(v.information()));
    }
  }

  /** RFC 9457 problem details of a document the validator rejects, with its verdict. */
  public record InvalidProblem(
      String type,
      String title,
      int status,
      String detail,
      List<FindingView> errors,
      List<FindingView> warnings,
      List<FindingView> information) {}

  /** What {@code POST /api/csaf/advisories} answers. */
  public record SubmittedView(
      long id,
      String trackingId,
      String version,
      String fileName,
      String sha256,
      String sha512,
      boolean alreadyStored,
      VerdictView verdict) {
    public static SubmittedView of(Submitted s) {
      Advisory a = s.advisory();
      return new SubmittedView(
          a.id(),
          a.trackingId(),
          a.version(),
          a.fileName(),
          a.sha256(),
          a.sha512(),
          s.alreadyStored(),
          VerdictView.of(s.verdict()));
    }
  }

  /** An advisory revision's metadata; its bytes are at {@code /api/csaf/advisories/{id}}. */
  public record AdvisoryView(
      long id,
      String trackingId,
      String version,
      String status,
      String title,
      String publisher,
      String publisherName,
      String publisherNamespace,
      String tlp,
      MarkingView marking,
      String fileName,
      int year,
      Instant initialReleaseDate,
      Instant currentReleaseDate,
      Instant addedAt,
      boolean latest,
      String sha256,
      String sha512,
      boolean supplierSignature) {
    public static AdvisoryView of(Advisory a, People people) {
      return new AdvisoryView(
          a.id(),
          a.trackingId(),
          a.version(),
          a.status(),
          a.title(),
          a.organization().value(),
          a.publisherName(),
          a.publisherNamespace(),
          a.tlp().label().replaceFirst("^TLP:", ""),
          MarkingView.of(a.marking(), people),
          a.fileName(),
          a.year(),
          a.initialReleaseDate(),
          a.currentReleaseDate(),
          a.addedAt(),
          a.latest(),
          a.sha256(),
          a.sha512(),
          a.supplierSignature() != null);
    }
  }

  /**
   * A page of advisories, newest first.
   *
   * @param next the {@code before} of the next page, when more may follow
   */
  public record AdvisoryPage(List<AdvisoryView> advisories, Long next) {}

  /** A batch's progress and per-document results. */
  public record BatchView(
      String id,
      String state,
      String source,
      int total,
      int done,
      int stored,
      int alreadyStored,
      int failed,
      String message,
      Instant started,
      Instant completed,
      List<DocumentView> results) {
    public static BatchView of(BatchStatus b) {
      return new BatchView(
          b.id(),
          b.state(),
          b.source(),
          b.total(),
          b.done(),
          b.stored(),
          b.alreadyStored(),
          b.failed(),
          b.message(),
          b.started(),
          b.completed(),
          b.results().stream().map(DocumentView::of).toList());
    }
  }

  /** What became of one document of a batch. */
  public record DocumentView(
      String name,
      String outcome,
      Long id,
      String trackingId,
      String version,
      String message,
      List<FindingView> errors,
      List<FindingView> warnings) {
    public static DocumentView of(DocumentResult r) {
      return new DocumentView(
          r.name(),
          r.outcome(),
          r.advisoryId(),
          r.trackingId(),
          r.version(),
          r.message(),
          FindingView.of(r.errors()),
          FindingView.of(r.warnings()));
    }
  }

  /** A publisher namespace granted to an organization. */
  public record NamespaceView(
      String namespace, String organization, String grantedBy, Instant grantedAt) {}
}
