package org.scrmportal.advisory;

import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.Marking;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;

/**
 * The rules a submitted advisory follows beyond validity: its portal marking (from the CSAF TLP
 * label) and how a new revision relates to the stored one. Pure functions; the store applies them.
 */
public final class PublishingRules {

  private PublishingRules() {}

  /** What storing a document does to its tracking id. */
  public enum Step {
    /** The first revision of a tracking id. */
    FIRST,
    /** A revision after the stored latest one. */
    REVISION,
    /** The very same bytes as the stored latest revision: nothing to do. */
    ALREADY_STORED
  }

  /**
   * The portal's TLP level for a CSAF TLP 1.0 label (CSAF 2.0 section 3.2.1.5.2): WHITE is
   * TLP:CLEAR, GREEN, AMBER and RED keep their names.
   */
  public static TlpLevel levelOfLabel(String label) {
    return switch (label) {
      case "WHITE" -> TlpLevel.CLEAR;
      case "GREEN" -> TlpLevel.GREEN;
      case "AMBER" -> TlpLevel.AMBER;
      case "RED" -> TlpLevel.RED;
      default ->
          throw new DomainException(
              DomainException.Kind.INVALID, "Unknown CSAF TLP label " + Texts.cut(label, 40));
    };
  }

  /**
   * The portal marking of a document, authored by the submitting organization.
   *
   * <ul>
   *   <li>A {@code draft} is for its organization only: TLP:AMBER+STRICT naming no one, which only
   *       the author organization passes (access rule 3); any audience asked for is not applied.
   *   <li>Otherwise the level is the document's TLP label ({@link #levelOfLabel}). The submitter
   *       may ask for that level again, or TLP:AMBER+STRICT for a TLP:AMBER document (narrower);
   *       any other level contradicts the document and is refused.
   *   <li>A document without a TLP label (section 3.2.1.5 makes it optional; section 7.1.5 treats
   *       unlabeled documents as not access protected, but does not say they are for anyone) takes
   *       the level the submitter asks for, else the organization's default level for unmarked
   *       content: never TLP:CLEAR by accident.
   *   <li>The audience (organizations, communities, people, minimum tier) is the submitter's, as
   *       for any other object; TLP 2.0 decides which fit the level ({@link Marking#of}).
   * </ul>
   *
   * @param audience null for none; its people already resolved to subjects
   * @throws DomainException INVALID with the rule it breaks
   */
  public static Marking marking(
      CsafDocument document,
      OrganizationId author,
      MarkingRequest audience,
      TlpLevel organizationDefault) {
    if (document.draft()) {
      return Marking.of(TlpLevel.AMBER_STRICT, author, Set.of(), Set.of(), Set.of(), null);
    }
    MarkingRequest asked =
        audience == null ? new MarkingRequest(null, Set.of(), Set.of(), Set.of(), null) : audience;
    TlpLevel level = level(document.tlpLabel(), asked.level(), organizationDefault);
    return new MarkingRequest(
            level, asked.organizations(), asked.communities(), asked.people(), asked.minTier())
        .toMarking(author);
  }

  private static TlpLevel level(Optional<String> label, TlpLevel asked, TlpLevel fallback) {
    if (label.isEmpty()) {
      return asked != null ? asked : fallback;
    }
    TlpLevel labelled = levelOfLabel(label.get());
    if (asked == null || asked == labelled) {
      return labelled;
    }
    if (labelled == TlpLevel.AMBER && asked == TlpLevel.AMBER_STRICT) {
      return asked;
    }
    throw new DomainException(
        DomainException.Kind.INVALID,
        "The document is labelled TLP:"
            + label.get()
            + " (/document/distribution/tlp/label), which is "
            + labelled.label()
            + " here; it cannot be shared as "
            + asked.label()
            + ". Leave the level out, or change the document's label.");
  }

  /**
   * How {@code next} relates to the stored latest revision of its tracking id, {@code latest}
   * (empty for a new tracking id). CSAF 2.0 section 3.1.11 and 3.2.1.12.6: a new revision has a
   * greater {@code tracking.version} (equal is allowed only to replace a draft, as integer
   * versioning's rule 4 releases a draft under its own number) and a revision history holding every
   * entry of the stored one; a published advisory does not become a draft again. The same bytes
   * again are already stored.
   *
   * @param nextSha512 the SHA-512 of {@code next}'s bytes
   * @throws AdvisoryRefused CONFLICT naming the rule broken
   */
  public static Step step(Optional<Advisory> latest, CsafDocument next, String nextSha512) {
    if (latest.isEmpty()) {
      return Step.FIRST;
    }
    Advisory stored = latest.get();
    if (stored.sha512().equals(nextSha512)) {
      return Step.ALREADY_STORED;
    }
    CsafDocument before = CsafDocument.of(readTree(stored.content()));
    String what = "Tracking id " + Texts.cut(next.trackingId(), 200) + " of your namespace";
    int order;
    try {
      order = TrackingVersion.compare(next.version(), stored.version());
    } catch (IllegalArgumentException e) {
      throw conflict(
          what
              + " is stored at version "
              + stored.version()
              + "; version "
              + next.version()
              + " follows another versioning scheme (CSAF 2.0 section 3.1.11).");
    }
    if (order < 0 || order == 0 && !stored.draft()) {
      throw conflict(
          what
              + " is stored at version "
              + stored.version()
              + "; a new revision needs a greater /document/tracking/version than that, not "
              + next.version()
              + ".");
    }
    if (next.draft() && !stored.draft()) {
      throw conflict(
          what
              + " is published ("
              + stored.status()
              + "); a published advisory does not become a draft again.");
    }
    for (CsafDocument.Revision entry : before.revisionHistory()) {
      if (next.revisionHistory().stream().noneMatch(entry::sameAs)) {
        throw conflict(
            what
                + ": the new revision's /document/tracking/revision_history lacks the stored entry"
                + " number "
                + entry.number()
                + " of "
                + entry.date()
                + "; a revision extends the history, it does not rewrite it.");
      }
    }
    return Step.REVISION;
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(byte[] content) {
    try {
      return Json.MAPPER.readTree(content);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a stored advisory no longer parses", e);
    }
  }

  private static AdvisoryRefused conflict(String message) {
    return new AdvisoryRefused(DomainException.Kind.CONFLICT, message);
  }
}
