package org.scrmportal.stix.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The status of one submission to a collection (TAXII 2.1 section 4.3): pending while it is being
 * processed, then complete with exact counts and the per-object report, whole: a client checks that
 * the lists match the counts, and envelopes hold tens of thousands of objects (kept as
 * gzip-compressed JSON).
 */
@Entity
@Table(name = "taxii_status")
public class SubmissionStatus {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "collection_id", nullable = false, length = 36)
  private String collectionId;

  /** The submitter's user name as it was then, for display. */
  @Column(name = "requested_by", nullable = false, length = 256)
  private String requestedBy;

  /**
   * The submitter's subject (a person's or a machine client's), which decides who reads the status;
   * null only for statuses recorded before subjects were (migration V10).
   */
  @Column(name = "requested_by_sub", length = 256)
  private String requestedBySubject;

  @Column(name = "org_id", length = 63)
  private String organization;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "request_timestamp", nullable = false)
  private Instant requested;

  @Column(name = "completed")
  private Instant completed;

  @Column(name = "total_count", nullable = false)
  private int total;

  @Column(name = "success_count", nullable = false)
  private int successes;

  @Column(name = "failure_count", nullable = false)
  private int failures;

  @Column(name = "pending_count", nullable = false)
  private int pendings;

  @Column(name = "details")
  private byte[] details;

  protected SubmissionStatus() {}

  public SubmissionStatus(
      String id,
      String collectionId,
      String requestedBy,
      String requestedBySubject,
      String organization,
      Instant requested,
      int total) {
    this.id = Objects.requireNonNull(id, "id");
    this.collectionId = Objects.requireNonNull(collectionId, "collectionId");
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.requestedBySubject = Objects.requireNonNull(requestedBySubject, "requestedBySubject");
    this.organization = organization;
    this.requested = Objects.requireNonNull(requested, "requested");
    this.status = "pending";
    this.total = total;
    this.pendings = total;
  }

  /** Completes it with the outcome of processing. */
  void complete(Outcome outcome, Instant at) {
    this.status = "complete";
    this.completed = at;
    this.successes = outcome.successCount();
    this.failures = outcome.failureCount();
    this.pendings = 0;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      JSON.writeValue(
          out, Map.of("successes", outcome.successes(), "failures", outcome.failures()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.details = bytes.toByteArray();
  }

  public String id() {
    return id;
  }

  public String collectionId() {
    return collectionId;
  }

  public String requestedBy() {
    return requestedBy;
  }

  /** The submitter's subject; empty for statuses from before V10. */
  public Optional<String> requestedBySubject() {
    return Optional.ofNullable(requestedBySubject);
  }

  public String organization() {
    return organization;
  }

  public boolean isComplete() {
    return "complete".equals(status);
  }

  /** {@code pending} or {@code complete}, as TAXII words it. */
  public String status() {
    return status;
  }

  public Instant requested() {
    return requested;
  }

  public int total() {
    return total;
  }

  public int successCount() {
    return successes;
  }

  public int failureCount() {
    return failures;
  }

  public int pendingCount() {
    return pendings;
  }

  public List<StatusDetail> successes() {
    return details("successes");
  }

  public List<StatusDetail> failures() {
    return details("failures");
  }

  private List<StatusDetail> details(String kind) {
    if (details == null) {
      return List.of();
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(details))) {
      Map<String, List<StatusDetail>> all =
          JSON.readValue(in, new TypeReference<Map<String, List<StatusDetail>>>() {});
      return all.getOrDefault(kind, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("stored status details are not readable", e);
    }
  }
}
