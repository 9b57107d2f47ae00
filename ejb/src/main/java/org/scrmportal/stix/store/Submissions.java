package org.scrmportal.stix.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;
import org.scrmportal.stix.BundleLimits;
import org.scrmportal.stix.BundleReader;
import org.scrmportal.stix.StixError;
import org.scrmportal.stix.StixObject;

/**
 * Processes submissions in the background (TAXII 2.1 section 5.5: the server answers at once with a
 * status and works on): validation of the objects runs on the managed executor, several at a time;
 * storing runs one submission at a time, first come first served, which keeps {@code date_added}
 * increasing.
 *
 * <p>A submission takes a {@link Slot} before its body is read: at most {@code
 * scrm.taxii.max-queued} submissions are admitted at once, and at most {@code
 * scrm.taxii.max-queued-per-organization} of one organization, so that one organization cannot fill
 * the queue for everyone; beyond that the caller is asked to retry.
 */
@ApplicationScoped
public class Submissions {

  private static final Logger LOG = Logger.getLogger(Submissions.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject Ingester ingester;

  @Inject
  @ConfigProperty(name = "scrm.taxii.max-queued", defaultValue = "8")
  int maxQueued;

  @Inject
  @ConfigProperty(name = "scrm.taxii.max-queued-per-organization", defaultValue = "2")
  int maxQueuedPerOrganization;

  @Inject
  @ConfigProperty(name = "scrm.taxii.max-content-length", defaultValue = "20971520")
  long maxContentLength;

  private final ReentrantLock storing = new ReentrantLock(true);
  private final Map<OrganizationId, Integer> admitted = new HashMap<>();
  private int admittedTotal;
  private BundleReader reader;

  @PostConstruct
  void start() {
    reader = new BundleReader(BundleLimits.DEFAULTS.withMaxBytes(maxContentLength));
  }

  /** The reader of submitted bodies, with the server's limits. */
  public BundleReader reader() {
    return reader;
  }

  /**
   * A place in the queue, taken before the body is read and parsed. Closing it gives it back unless
   * it was handed to the submission's processing, which gives it back when it ends.
   */
  public final class Slot implements AutoCloseable {
    private final OrganizationId organization;
    private final AtomicBoolean held = new AtomicBoolean(true);
    private final AtomicBoolean handedOver = new AtomicBoolean(false);

    private Slot(OrganizationId organization) {
      this.organization = organization;
    }

    @Override
    public void close() {
      if (!handedOver.get()) {
        giveBack();
      }
    }

    private void handOver() {
      handedOver.set(true);
    }

    private void giveBack() {
      if (held.compareAndSet(true, false)) {
        release(organization);
      }
    }
  }

  /**
   * Admits one more submission of {@code organization}.
   *
   * @throws DomainException UNAVAILABLE when the queue, or the organization's part of it, is full
   */
  public synchronized Slot admit(OrganizationId organization) {
    int own = admitted.getOrDefault(organization, 0);
    if (admittedTotal >= maxQueued || own >= maxQueuedPerOrganization) {
      throw new DomainException(
          DomainException.Kind.UNAVAILABLE,
          own >= maxQueuedPerOrganization
              ? "Your organization has "
                  + own
                  + " submissions being processed, the most at once; retry when one is complete."
              : "Too many submissions are being processed; retry in a few seconds.");
    }
    admitted.put(organization, own + 1);
    admittedTotal++;
    return new Slot(organization);
  }

  private synchronized void release(OrganizationId organization) {
    admitted.computeIfPresent(organization, (k, n) -> n > 1 ? n - 1 : null);
    admittedTotal--;
  }

  /** Queues a parsed submission in its slot; the future ends when its status is complete. */
  public Future<?> submit(Slot slot, Submission submission, BundleReader.Parsed parsed) {
    Future<?> done =
        executor.submit(
            () -> {
              try {
                ingester.complete(submission.statusId(), process(submission, parsed));
              } finally {
                slot.giveBack();
              }
            });
    slot.handOver();
    return done;
  }

  private Outcome process(Submission submission, BundleReader.Parsed parsed) {
    try {
      long start = System.nanoTime();
      // marking definitions stored earlier count where the submitter may see them, in the same
      // collection: nothing about another organization's definitions shapes the answer
      List<BundleReader.Checked> checked =
          reader.validateEach(
              parsed,
              id ->
                  ingester.isVisible(
                      submission.submitter(), submission.collection().id(), id.value()));
      List<StixObject> valid = new ArrayList<>(checked.size());
      List<StatusDetail> invalid = new ArrayList<>();
      Map<String, List<String>> warnings = new HashMap<>();
      for (BundleReader.Checked element : checked) {
        if (element.valid()) {
          valid.add(element.object());
          element
              .warnings()
              .forEach(
                  w ->
                      warnings
                          .computeIfAbsent(element.object().id().value(), k -> new ArrayList<>())
                          .add(w.toString()));
        } else {
          invalid.add(failure(element));
        }
      }
      long validated = System.nanoTime();
      storing.lock();
      try {
        long locked = System.nanoTime();
        Outcome outcome = ingester.store(submission, valid, invalid).withWarnings(warnings);
        LOG.info(
            () ->
                String.format(
                    "Submission %s: %d objects validated in %d ms, waited %d ms to store, stored"
                        + " in %d ms (%d failed)",
                    submission.statusId(),
                    parsed.objectCount(),
                    (validated - start) / 1_000_000,
                    (locked - validated) / 1_000_000,
                    (System.nanoTime() - locked) / 1_000_000,
                    outcome.failureCount()));
        return outcome;
      } finally {
        storing.unlock();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Submission " + submission.statusId() + " failed", e);
      return Outcome.allFailed(
          parsed.elementIds(),
          "The portal could not store this submission; nothing of it was kept. Submit it again.");
    }
  }

  private static StatusDetail failure(BundleReader.Checked element) {
    return new StatusDetail(
        element.id().orElse("/objects/" + element.index()),
        "",
        String.join("; ", element.errors().stream().map(StixError::toString).toList()));
  }
}
