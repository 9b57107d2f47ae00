package org.scrmportal.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scrmportal.platform.DomainException;

/**
 * What the store reads from a CSAF 2.0 document the validator accepted (CSAF 2.0 section 3.2.1):
 * publisher, tracking, title and TLP label.
 *
 * @param tlpLabel {@code /document/distribution/tlp/label} (TLP 1.0 words), empty when absent
 * @param revisionHistory {@code /document/tracking/revision_history}
 */
public record CsafDocument(
    String publisherNamespace,
    String publisherName,
    String trackingId,
    String version,
    String status,
    String title,
    Instant initialReleaseDate,
    Instant currentReleaseDate,
    Optional<String> tlpLabel,
    List<Revision> revisionHistory) {

  public static final String DRAFT = "draft";

  /** The longest tracking id and namespace the store keeps (CSAF sets no limit). */
  static final int MAX_TRACKING_ID = 1000;

  static final int MAX_NAMESPACE = 500;

  /**
   * One entry of the revision history (section 3.2.1.12.6).
   *
   * @param date the instant of its {@code date}
   */
  public record Revision(String number, Instant date, String summary) {

    /**
     * Whether {@code other} is the same entry: same number, same instant, same summary (a later
     * revision keeps every earlier entry, section 3.2.1.12.6).
     */
    boolean sameAs(Revision other) {
      return number.equals(other.number)
          && date.equals(other.date)
          && summary.equals(other.summary);
    }
  }

  /** Reads a document the CSAF schema accepted. */
  public static CsafDocument of(JsonNode document) {
    JsonNode doc = document.path("document");
    JsonNode tracking = doc.path("tracking");
    List<Revision> history = new ArrayList<>();
    for (JsonNode entry : tracking.path("revision_history")) {
      history.add(
          new Revision(
              entry.path("number").asText(),
              instant(entry.path("date"), "/document/tracking/revision_history/date"),
              entry.path("summary").asText()));
    }
    JsonNode label = doc.path("distribution").path("tlp").path("label");
    String trackingId = text(tracking.path("id"), "/document/tracking/id");
    if (trackingId.length() > MAX_TRACKING_ID) {
      throw invalid("/document/tracking/id is longer than " + MAX_TRACKING_ID + " characters");
    }
    String namespace =
        text(doc.path("publisher").path("namespace"), "/document/publisher/namespace");
    if (namespace.length() > MAX_NAMESPACE) {
      throw invalid(
          "/document/publisher/namespace is longer than " + MAX_NAMESPACE + " characters");
    }
    String version = text(tracking.path("version"), "/document/tracking/version");
    if (version.length() > 200) {
      throw invalid("/document/tracking/version is longer than 200 characters");
    }
    return new CsafDocument(
        namespace,
        text(doc.path("publisher").path("name"), "/document/publisher/name"),
        trackingId,
        version,
        text(tracking.path("status"), "/document/tracking/status"),
        text(doc.path("title"), "/document/title"),
        instant(tracking.path("initial_release_date"), "/document/tracking/initial_release_date"),
        instant(tracking.path("current_release_date"), "/document/tracking/current_release_date"),
        label.isTextual() ? Optional.of(label.asText()) : Optional.empty(),
        List.copyOf(history));
  }

  public boolean draft() {
    return DRAFT.equals(status);
  }

  /** The namespace compared with the organization's (see {@link Namespaces#normalize}). */
  public String normalizedNamespace() {
    return Namespaces.normalize(publisherNamespace);
  }

  /** The key of (publisher namespace, tracking id): tracking ids are unique per publisher. */
  public String trackingKey() {
    return Digests.sha256(normalizedNamespace() + "\n" + trackingId);
  }

  /** The file name of CSAF 2.0 section 5.1. */
  public String fileName() {
    return fileName(trackingId);
  }

  /** The year of the initial release, in UTC. */
  public int year() {
    return initialReleaseDate.atOffset(ZoneOffset.UTC).getYear();
  }

  /**
   * CSAF 2.0 section 5.1: the tracking id in lower case, every run of characters other than {@code
   * a-z 0-9 + -} replaced by one underscore, then {@code .json}.
   */
  public static String fileName(String trackingId) {
    return trackingId.toLowerCase(Locale.ROOT).replaceAll("[^+\\-a-z0-9]+", "_") + ".json";
  }

  private static String text(JsonNode node, String pointer) {
    if (!node.isTextual() || node.asText().isEmpty()) {
      throw invalid(pointer + " is missing");
    }
    return node.asText();
  }

  private static Instant instant(JsonNode node, String pointer) {
    try {
      return OffsetDateTime.parse(text(node, pointer)).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(pointer + " is not a date-time with an offset");
    }
  }

  private static DomainException invalid(String message) {
    return new DomainException(DomainException.Kind.INVALID, message);
  }
}
