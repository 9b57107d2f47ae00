package org.scrmportal.taxii;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scrmportal.platform.DomainException;
import org.scrmportal.stix.BundleLimits;
import org.scrmportal.stix.BundleReader;
import org.scrmportal.stix.BundleResult;
import org.scrmportal.stix.StixError;

/**
 * Processes submissions in the background (TAXII 2.1 section 5.5: the server answers at once with a
 * status and works on): validation of the objects runs on the managed executor, several at a time;
 * storing runs one submission at a time, which keeps {@code date_added} increasing. At most {@code
 * scrm.taxii.max-queued} submissions wait; beyond that the caller is asked to retry.
 */
@ApplicationScoped
public class Submissions {

  private static final Logger LOG = Logger.getLogger(Submissions.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject Ingester ingester;

  @Inject
  @ConfigProperty(name = "scrm.taxii.max-queued", defaultValue = "4")
  int maxQueued;

  @Inject
  @ConfigProperty(name = "scrm.taxii.max-content-length", defaultValue = "20971520")
  long maxContentLength;

  private final ReentrantLock storing = new ReentrantLock(true);
  private Semaphore slots;
  private BundleReader reader;

  @PostConstruct
  void start() {
    slots = new Semaphore(maxQueued);
    reader =
        new BundleReader(
            BundleLimits.DEFAULTS.withMaxBytes(maxContentLength),
            ingester::isStoredMarkingDefinition);
  }

  /** The reader of submitted bodies, with the server's limits. */
  public BundleReader reader() {
    return reader;
  }

  /**
   * Queues a parsed submission; the future ends when its status is complete.
   *
   * @throws DomainException UNAVAILABLE when too many are waiting
   */
  Future<?> submit(Submission submission, BundleReader.Parsed parsed) {
    if (!slots.tryAcquire()) {
      throw new DomainException(
          DomainException.Kind.UNAVAILABLE,
          "Too many submissions are being processed; retry in a few seconds.");
    }
    try {
      return executor.submit(
          () -> {
            try {
              ingester.complete(submission.statusId(), process(submission, parsed));
            } finally {
              slots.release();
            }
          });
    } catch (RuntimeException e) {
      slots.release();
      throw e;
    }
  }

  private Outcome process(Submission submission, BundleReader.Parsed parsed) {
    try {
      long start = System.nanoTime();
      BundleResult result = reader.validate(parsed);
      long validated = System.nanoTime();
      if (result instanceof BundleResult.Invalid invalid) {
        return rejected(parsed, invalid);
      }
      storing.lock();
      try {
        long locked = System.nanoTime();
        Outcome outcome = ingester.store(submission, ((BundleResult.Valid) result).objects());
        LOG.info(
            () ->
                String.format(
                    "Submission %s: %d objects validated in %d ms, waited %d ms to store, stored"
                        + " in %d ms",
                    submission.statusId(),
                    parsed.objectCount(),
                    (validated - start) / 1_000_000,
                    (locked - validated) / 1_000_000,
                    (System.nanoTime() - locked) / 1_000_000));
        return outcome;
      } finally {
        storing.unlock();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Submission " + submission.statusId() + " failed", e);
      return Outcome.allFailed(
          parsed.objectCount(),
          "The portal could not store this submission; nothing of it was kept. Submit it again.");
    }
  }

  /**
   * Every element of a rejected body fails: those with errors for their reasons, the others because
   * the body is kept whole or not at all.
   */
  private static Outcome rejected(BundleReader.Parsed parsed, BundleResult.Invalid invalid) {
    Map<Integer, List<String>> reasons = new TreeMap<>();
    for (StixError error : invalid.errors()) {
      reasons
          .computeIfAbsent(error.objectIndex().orElse(-1), k -> new ArrayList<>())
          .add(error.toString());
    }
    List<Optional<String>> ids = parsed.elementIds();
    List<StatusDetail> failures = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      List<String> own = reasons.get(i);
      failures.add(
          new StatusDetail(
              ids.get(i).orElse("/objects/" + i),
              "",
              own != null
                  ? String.join("; ", own)
                  : "Valid, but not stored: "
                      + reasons.size()
                      + " objects of this submission are invalid, and a submission is kept whole"
                      + " or not at all."));
    }
    return new Outcome(0, ids.size(), List.of(), failures);
  }
}
