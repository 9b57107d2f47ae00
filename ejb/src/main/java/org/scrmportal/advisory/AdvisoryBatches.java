package org.scrmportal.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.batch.BatchEntry;
import org.scrmportal.advisory.batch.BatchLimits;
import org.scrmportal.advisory.batch.BatchReader;
import org.scrmportal.advisory.batch.CsafFetcher;
import org.scrmportal.advisory.batch.DocumentResult;
import org.scrmportal.advisory.batch.ImportRefused;
import org.scrmportal.advisory.batch.ProviderDirectory;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;

/**
 * Batches of advisories, judged document by document in the background (on the managed executor),
 * each document in its own transaction: every valid one is stored, every other one reported with
 * why. Uploads (files, zip archives, signatures beside) and imports from another CSAF provider's
 * directory or ROLIE feed obey the same {@link BatchLimits}. Progress is kept in memory for the
 * last batches ({@code scrm.csaf.batch.kept}); only the submitting organization reads it.
 */
@ApplicationScoped
public class AdvisoryBatches {

  private static final Logger LOG = Logger.getLogger(AdvisoryBatches.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject AdvisoryTransactions transactions;

  @Inject AccessPolicy policy;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "scrm.csaf.batch.max-documents", defaultValue = "10000")
  int maxDocuments;

  @Inject
  @ConfigProperty(name = "scrm.csaf.batch.max-document-bytes", defaultValue = "20971520")
  long maxDocumentBytes;

  @Inject
  @ConfigProperty(name = "scrm.csaf.batch.max-total-bytes", defaultValue = "268435456")
  long maxTotalBytes;

  @Inject
  @ConfigProperty(name = "scrm.csaf.batch.max-ratio", defaultValue = "100")
  int maxRatio;

  @Inject
  @ConfigProperty(name = "scrm.csaf.batch.max-nesting", defaultValue = "2")
  int maxNesting;

  @Inject
  @ConfigProperty(name = "scrm.csaf.batch.max-running-per-organization", defaultValue = "2")
  int maxRunningPerOrganization;

  @Inject
  @ConfigProperty(name = "scrm.csaf.batch.kept", defaultValue = "200")
  int kept;

  /** Hosts the importer reads although they are loopback or private (comma-separated). */
  @Inject
  @ConfigProperty(name = "scrm.csaf.import.allowed-hosts", defaultValue = " ")
  String allowedHosts;

  @Inject
  @ConfigProperty(name = "scrm.csaf.import.timeout-seconds", defaultValue = "30")
  int timeoutSeconds;

  private BatchLimits limits;
  private CsafFetcher fetcher;
  private final Map<String, Progress> batches = new LinkedHashMap<>();
  private final Map<OrganizationId, Integer> running = new HashMap<>();

  @PostConstruct
  void start() {
    limits =
        new BatchLimits(maxDocuments, maxDocumentBytes, maxTotalBytes, maxRatio, maxNesting, 255);
    fetcher =
        new CsafFetcher(
            Arrays.stream(allowedHosts.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()),
            Duration.ofSeconds(timeoutSeconds));
  }

  public BatchLimits limits() {
    return limits;
  }

  /** Starts a batch of uploaded files. */
  BatchStatus upload(StoreRequest template, List<BatchReader.File> files) {
    BatchReader.Expanded expanded = new BatchReader(limits).expand(files);
    Progress progress = admit(template.submitter(), "upload");
    progress.found(expanded.documents().size() + expanded.skipped().size());
    expanded.skipped().forEach(progress::record);
    run(progress, () -> storeAll(progress, template, expanded.documents()));
    return progress.snapshot();
  }

  /**
   * Starts an import from another provider: {@code url} is a directory (its {@code index.txt} is
   * read), an {@code index.txt}, a {@code changes.csv}, a ROLIE feed or a provider-metadata.json.
   *
   * @throws DomainException INVALID when the address is refused outright
   */
  BatchStatus importFrom(StoreRequest template, URI url) {
    try {
      fetcher.check(url);
    } catch (ImportRefused e) {
      throw new DomainException(DomainException.Kind.INVALID, e.getMessage());
    }
    Progress progress = admit(template.submitter(), url.toString());
    run(progress, () -> importAll(progress, template, url));
    return progress.snapshot();
  }

  /** The batch, for its submitter and the members of the organization that started it. */
  Optional<BatchStatus> status(Viewer viewer, String id) {
    synchronized (batches) {
      Progress progress = batches.get(id);
      if (progress == null
          || !policy.permitsSubmissionStatus(
              viewer, progress.submitter, progress.organization.value())) {
        return Optional.empty();
      }
      return Optional.of(progress.snapshot());
    }
  }

  private Progress admit(Viewer submitter, String source) {
    synchronized (batches) {
      int own = running.getOrDefault(submitter.organization(), 0);
      if (own >= maxRunningPerOrganization) {
        throw new DomainException(
            DomainException.Kind.UNAVAILABLE,
            "Your organization has "
                + own
                + " batches running, the most at once; retry when one is complete.");
      }
      running.put(submitter.organization(), own + 1);
      Progress progress =
          new Progress(
              UUID.randomUUID().toString(),
              submitter.subject(),
              submitter.organization(),
              source,
              clock.instant());
      batches.put(progress.id, progress);
      while (batches.size() > kept) {
        String oldest =
            batches.values().stream()
                .filter(p -> p.completed != null)
                .map(p -> p.id)
                .findFirst()
                .orElse(null);
        if (oldest == null) {
          break;
        }
        batches.remove(oldest);
      }
      return progress;
    }
  }

  private void run(Progress progress, Runnable work) {
    try {
      Future<?> ignored =
          executor.submit(
              () -> {
                try {
                  work.run();
                } catch (RuntimeException e) {
                  LOG.log(Level.SEVERE, "Batch " + progress.id + " failed", e);
                  progress.stop("The portal could not complete this batch.");
                } finally {
                  finish(progress);
                }
              });
    } catch (RuntimeException e) {
      finish(progress);
      throw e;
    }
  }

  private void finish(Progress progress) {
    synchronized (batches) {
      progress.complete(clock.instant());
      running.computeIfPresent(progress.organization, (k, n) -> n > 1 ? n - 1 : null);
    }
  }

  private void storeAll(Progress progress, StoreRequest template, List<BatchEntry> entries) {
    List<BatchEntry> left = new ArrayList<>(entries);
    for (int i = 0; i < left.size(); i++) {
      BatchEntry entry = left.get(i);
      left.set(i, null); // its bytes go once judged
      progress.record(judge(template, entry));
    }
  }

  /** Stores one document and says what became of it. */
  DocumentResult judge(StoreRequest template, BatchEntry entry) {
    try {
      Submitted submitted =
          transactions.storeAlone(template.withDocument(entry.content(), entry.signature()));
      Advisory a = submitted.advisory();
      return new DocumentResult(
          entry.name(),
          submitted.alreadyStored() ? DocumentResult.ALREADY_STORED : DocumentResult.STORED,
          a.id(),
          a.trackingId(),
          a.version(),
          null,
          List.of(),
          submitted.verdict().warnings());
    } catch (AdvisoryInvalid e) {
      return new DocumentResult(
          entry.name(),
          DocumentResult.INVALID,
          null,
          null,
          null,
          e.getMessage(),
          e.verdict().errors(),
          e.verdict().warnings());
    } catch (DomainException e) {
      return DocumentResult.refused(entry.name(), e.getMessage());
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Could not store " + entry.name(), e);
      return DocumentResult.refused(
          entry.name(), "The portal could not store this document; submit it again.");
    }
  }

  private void importAll(Progress progress, StoreRequest template, URI url) {
    List<ProviderDirectory.Listed> listed;
    try {
      listed = listing(url);
    } catch (ImportRefused e) {
      progress.stop(e.getMessage());
      return;
    }
    if (listed.size() > limits.maxDocuments()) {
      progress.record(
          DocumentResult.skipped(
              url.toString(),
              "The listing names "
                  + listed.size()
                  + " documents; a batch holds at most "
                  + limits.maxDocuments()
                  + ": the first ones are read."));
      listed = listed.subList(0, limits.maxDocuments());
    }
    progress.found(listed.size());
    long total = 0;
    for (ProviderDirectory.Listed document : listed) {
      String name = document.document().toString();
      byte[] content;
      byte[] signature = null;
      try {
        Optional<byte[]> body = fetcher.fetch(document.document(), limits.maxDocumentBytes());
        if (body.isEmpty()) {
          progress.record(DocumentResult.skipped(name, "Not found (404) at its address."));
          continue;
        }
        content = body.get();
        if (document.signature() != null) {
          signature = fetcher.fetch(document.signature(), AdvisoryStore.MAX_SIGNATURE).orElse(null);
        }
      } catch (ImportRefused e) {
        progress.record(DocumentResult.skipped(name, e.getMessage()));
        continue;
      }
      total += content.length + (signature == null ? 0 : signature.length);
      if (total > limits.maxTotalBytes()) {
        progress.record(
            DocumentResult.skipped(
                name,
                "The batch holds at most "
                    + limits.maxTotalBytes()
                    + " bytes; the rest was not read."));
        progress.stop("Stopped at the batch's limit of " + limits.maxTotalBytes() + " bytes.");
        return;
      }
      progress.record(judge(template, new BatchEntry(name, content, signature)));
    }
  }

  /** The documents {@code url} lists (see {@link #importFrom}). */
  private List<ProviderDirectory.Listed> listing(URI url) throws ImportRefused {
    String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
    if (path.endsWith("/index.txt")) {
      return ProviderDirectory.ofIndex(url, text(url));
    }
    if (path.endsWith("/changes.csv")) {
      return ProviderDirectory.ofChanges(url, text(url));
    }
    if (path.endsWith(".json")) {
      JsonNode json = json(url);
      if (json.has("feed")) {
        return ProviderDirectory.ofRolie(url, json);
      }
      if (json.has("distributions")) {
        List<ProviderDirectory.Listed> all = new ArrayList<>();
        for (URI listing : ProviderDirectory.listingsOfProviderMetadata(url, json)) {
          if (listing.getPath() != null && listing.getPath().endsWith(".json")) {
            all.addAll(ProviderDirectory.ofRolie(listing, json(listing)));
          } else {
            all.addAll(ProviderDirectory.ofIndex(listing, text(listing)));
          }
        }
        return all.stream().distinct().toList();
      }
      throw new ImportRefused(
          "The address holds neither a ROLIE feed nor a provider-metadata.json; to import one"
              + " document, upload it.");
    }
    URI index = URI.create(url.toString().endsWith("/") ? url + "index.txt" : url + "/index.txt");
    return ProviderDirectory.ofIndex(index, text(index));
  }

  private String text(URI url) throws ImportRefused {
    return new String(
        fetcher
            .fetch(url, limits.maxDocumentBytes())
            .orElseThrow(() -> new ImportRefused("Not found (404): " + url)),
        StandardCharsets.UTF_8);
  }

  private JsonNode json(URI url) throws ImportRefused {
    try {
      return Json.MAPPER.readTree(
          fetcher
              .fetch(url, limits.maxDocumentBytes())
              .orElseThrow(() -> new ImportRefused("Not found (404): " + url)));
    } catch (IOException e) {
      throw new ImportRefused("Not JSON: " + url);
    }
  }

  /** A batch under way: counts and results, updated by its worker, read by status requests. */
  private static final class Progress {
    final String id;
    final String submitter;
    final OrganizationId organization;
    final String source;
    final Instant started;
    final List<DocumentResult> results = new ArrayList<>();
    int total;
    String message;
    Instant completed;

    Progress(
        String id, String submitter, OrganizationId organization, String source, Instant started) {
      this.id = id;
      this.submitter = submitter;
      this.organization = organization;
      this.source = source;
      this.started = started;
    }

    synchronized void found(int documents) {
      total += documents;
    }

    synchronized void record(DocumentResult result) {
      results.add(result);
      total = Math.max(total, results.size());
    }

    synchronized void stop(String why) {
      message = why;
    }

    synchronized void complete(Instant at) {
      completed = at;
    }

    synchronized BatchStatus snapshot() {
      int stored = count(DocumentResult.STORED);
      int alreadyStored = count(DocumentResult.ALREADY_STORED);
      return new BatchStatus(
          id,
          completed == null ? BatchStatus.RUNNING : BatchStatus.COMPLETE,
          source,
          total,
          results.size(),
          stored,
          alreadyStored,
          results.size() - stored - alreadyStored,
          List.copyOf(results),
          message,
          started,
          completed);
    }

    private int count(String outcome) {
      return (int) results.stream().filter(r -> r.outcome().equals(outcome)).count();
    }
  }
}
