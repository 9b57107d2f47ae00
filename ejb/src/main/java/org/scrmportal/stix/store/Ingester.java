package org.scrmportal.stix.store;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.StixId;
import org.scrmportal.stix.StixObject;
import org.scrmportal.stix.StixTimestamp;

/**
 * Stores the valid objects of a submission in a transaction of its own: compares every object with
 * the versions already stored (STIX 2.1 section 3.6, Versioning), marks it, and writes the new
 * versions and the organization's shares in one batch.
 *
 * <ul>
 *   <li>a version already stored with the same content gets the organization's share (if it has
 *       none yet), not a second row: the same object shared by several organizations is stored once
 *       and seen by the audience of every share;
 *   <li>a later {@code modified} adds a version; an earlier one is kept as an older version;
 *   <li>only an object's creator adds versions (section 3.6), told by {@code created_by_ref};
 *       objects without versions (observables, marking definitions) are shared, never owned: one
 *       with other content under the same id is kept beside the first;
 *   <li>what the submitter is told depends only on the versions it may see: "Stored." reads the
 *       same whether the object was new or not, and a conflict with a version it may not see is no
 *       conflict (its own version is stored beside, under its own share).
 * </ul>
 *
 * <p>With {@link Submission#keepValid()} every object that can be stored is, and the others fail
 * alone (TAXII 2.1 section 5.5); otherwise one failure keeps the whole submission out.
 */
@Stateless
@PermitAll
public class Ingester {

  /** What every stored object is told, new or not. */
  static final String STORED = "Stored.";

  @Inject ObjectWriter writer;

  @Inject ObjectRepository objects;

  @Inject StatusRepository statuses;

  @Inject DateAddedClock dateAdded;

  @Inject Clock clock;

  /** Told of new versions that carry external references (null in tests that build by hand). */
  @Inject Event<ObjectsStored> referencing;

  /** Opens the status of a submission, pending, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(SubmissionStatus status) {
    statuses.store(status);
  }

  /** Completes the status of a submission, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void complete(String statusId, Outcome outcome) {
    statuses
        .find(statusId)
        .orElseThrow(() -> new IllegalStateException("no status " + statusId))
        .complete(outcome, clock.instant());
  }

  /** Completes statuses left pending by a stopped server. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int completeInterrupted() {
    return statuses.completePending(clock.instant());
  }

  /** Whether the viewer may see a version of this object in this collection. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean isVisible(Viewer viewer, String collectionId, String objectId) {
    return objects.anyVisible(viewer, collectionId, objectId);
  }

  /**
   * One object and what storing it takes: a new row (its version, or null to take the time it is
   * added) or a share of a stored row.
   */
  private record Plan(
      StixObject object, Instant version, String versionText, StoredVersion existing, int twin) {}

  /**
   * Stores what can be stored of {@code valid}; {@code invalid} are the objects that failed
   * validation, each with its reason.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome store(Submission submission, List<StixObject> valid, List<StatusDetail> invalid) {
    if (!invalid.isEmpty() && !submission.keepValid()) {
      return Outcome.wholeOrNothing(invalid, valid);
    }
    String collection = submission.collection().id();
    Map<String, List<StoredVersion>> stored =
        writer.storedVersions(
            collection,
            valid.stream().map(o -> o.id().value()).distinct().toList(),
            submission.author());
    Set<Long> visible =
        stored.isEmpty()
            ? Set.of()
            : objects.visible(
                submission.submitter(),
                stored.values().stream().flatMap(List::stream).map(StoredVersion::seq).toList());
    Map<String, Instant> newest = new HashMap<>();
    stored.forEach(
        (id, versions) -> versions.forEach(v -> newest.merge(id, v.version(), Ingester::later)));

    List<StatusDetail> failures = new ArrayList<>(invalid);
    List<Plan> plans = new ArrayList<>();
    List<Marking> markingOfPlan = new ArrayList<>();
    Map<TlpLevel, Object> markings = new EnumMap<>(TlpLevel.class);
    Map<String, List<Plan>> planned = new HashMap<>();
    for (StixObject object : valid) {
      String id = object.id().value();
      Optional<StixTimestamp> own = object.modified().or(object::created);
      String versionText = own.map(StixTimestamp::text).orElse("");
      Optional<String> problem =
          object.json().length() > StoredObject.MAX_JSON
              ? Optional.of(
                  "The object's JSON has "
                      + object.json().length()
                      + " characters; the portal keeps objects of at most "
                      + StoredObject.MAX_JSON
                      + ".")
              : Optional.empty();
      boolean versioned = object.category().isVersioned() && object.modified().isPresent();
      // versions are kept to the microsecond, as both databases store timestamps
      Instant version = versioned ? own.get().instant().truncatedTo(ChronoUnit.MICROS) : null;
      List<StoredVersion> versions = stored.getOrDefault(id, List.of());
      List<Plan> earlier = planned.getOrDefault(id, List.of());
      Optional<Plan> twin =
          earlier.stream()
              .filter(p -> Objects.equals(p.version(), version))
              .filter(p -> p.object().sameContentAs(object))
              .findFirst();
      if (twin.isPresent()) {
        // the same object twice in one body: one detail each, stored once
        plans.add(
            new Plan(
                object, version, versionText, twin.get().existing(), plans.indexOf(twin.get())));
        markingOfPlan.add(null);
        continue;
      }
      StoredVersion existing =
          versions.stream()
              .filter(v -> !versioned || v.version().equals(version))
              .filter(v -> object.sameContentAs(StixObject.fromStored(v.json())))
              .findFirst()
              .orElse(null);
      if (problem.isEmpty() && existing == null && versioned) {
        problem = versionProblem(object, version, versions, visible, earlier);
      }
      Marking marking = null;
      if (problem.isEmpty()) {
        // one marking per level: every object of a level gets the same (or the same refusal)
        Object markingOrRefusal =
            markings.computeIfAbsent(
                submission.levelOf(object), level -> markingAt(submission, level));
        if (markingOrRefusal instanceof Marking m) {
          marking = m;
        } else {
          problem = Optional.of((String) markingOrRefusal);
        }
      }
      if (problem.isPresent()) {
        failures.add(new StatusDetail(id, versionText, problem.get()));
        continue;
      }
      Plan plan = new Plan(object, version, versionText, existing, -1);
      plans.add(plan);
      markingOfPlan.add(marking);
      planned.computeIfAbsent(id, k -> new ArrayList<>()).add(plan);
      if (version != null && existing == null) {
        newest.merge(id, version, Ingester::later);
      }
    }
    if (!failures.isEmpty() && !submission.keepValid()) {
      return Outcome.wholeOrNothing(failures, plans.stream().map(Plan::object).toList());
    }
    return write(submission, stored, newest, plans, markingOfPlan, failures);
  }

  /**
   * Why a new version of a versioned object cannot be stored, judged only on the versions the
   * submitter may see and on its own submission (STIX 2.1 section 3.6): the same {@code modified}
   * with other content, or a creator other than the one of the versions before it.
   */
  private static Optional<String> versionProblem(
      StixObject object,
      Instant version,
      List<StoredVersion> versions,
      Set<Long> visible,
      List<Plan> earlier) {
    boolean clash =
        versions.stream().anyMatch(v -> visible.contains(v.seq()) && v.version().equals(version))
            || earlier.stream().anyMatch(p -> version.equals(p.version()));
    if (clash) {
      return Optional.of(
          "A different object with this id and modified is stored: a change needs a later"
              + " modified (STIX 2.1 section 3.6).");
    }
    String creator = object.createdByRef().map(StixId::value).orElse(null);
    Optional<String> otherCreator =
        versions.stream()
            .filter(v -> visible.contains(v.seq()))
            .map(StoredVersion::createdByRef)
            .filter(c -> !Objects.equals(c, creator))
            .findFirst()
            .or(
                () ->
                    earlier.stream()
                        .map(p -> p.object().createdByRef().map(StixId::value).orElse(null))
                        .filter(c -> !Objects.equals(c, creator))
                        .findFirst());
    return otherCreator.map(
        c ->
            "Only the creator of an object adds versions (STIX 2.1 section 3.6): its versions are"
                + " created by "
                + (c == null ? "no one named" : c)
                + ", this one by "
                + (creator == null ? "no one named" : creator)
                + ". Share a new object that refers to it instead.");
  }

  private Outcome write(
      Submission submission,
      Map<String, List<StoredVersion>> stored,
      Map<String, Instant> newest,
      List<Plan> plans,
      List<Marking> markingOfPlan,
      List<StatusDetail> failures) {
    Map<String, Integer> newRowsOfId = new HashMap<>();
    plans.stream()
        .filter(p -> p.existing() == null && p.twin() < 0)
        .forEach(p -> newRowsOfId.merge(p.object().id().value(), 1, Integer::sum));
    Instant first = dateAdded.reserve(plans.size());
    List<NewVersion> rows = new ArrayList<>();
    List<NewShare> shares = new ArrayList<>();
    List<StatusDetail> successes = new ArrayList<>(plans.size());
    List<ObjectsStored.Version> referencingVersions = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Instant added = first.plus(i, ChronoUnit.MICROS);
      String id = plan.object().id().value();
      Marking marking = markingOfPlan.get(i);
      if (plan.twin() >= 0) {
        successes.add(new StatusDetail(id, successes.get(plan.twin()).version(), STORED));
        continue;
      }
      if (plan.existing() != null) {
        if (!plan.existing().sharedByUs()) {
          shares.add(
              NewShare.ofStored(
                  plan.existing().seq(),
                  submission.author(),
                  marking,
                  submission.username(),
                  added));
        }
      } else {
        // without modified, the version is the time it was added (TAXII 2.1 section 3.4.2)
        Instant version = plan.version() != null ? plan.version() : added;
        boolean latest = plan.version() == null || plan.version().equals(newest.get(id));
        shares.add(
            NewShare.ofNew(
                rows.size(), submission.author(), marking, submission.username(), added));
        rows.add(
            new NewVersion(
                submission.collection().id(),
                plan.object(),
                version,
                plan.version() != null ? plan.versionText() : added.toString(),
                added,
                latest,
                latest && (stored.containsKey(id) || newRowsOfId.get(id) > 1)));
        if (plan.object().hasExternalReferences()) {
          referencingVersions.add(
              new ObjectsStored.Version(
                  submission.collection().id(), plan.object(), version, marking));
        }
      }
      successes.add(
          new StatusDetail(
              id, plan.version() != null ? plan.versionText() : added.toString(), STORED));
    }
    if (!shares.isEmpty()) {
      writer.store(shares.stream().map(NewShare::marking).distinct().toList(), rows, shares);
    }
    if (!referencingVersions.isEmpty() && referencing != null) {
      referencing.fire(new ObjectsStored(submission.submitter(), referencingVersions));
    }
    return new Outcome(successes.size(), failures.size(), successes, failures);
  }

  /** The submission's marking at {@code level}, or why there can be none. */
  private static Object markingAt(Submission submission, TlpLevel level) {
    try {
      return submission.markingAt(level);
    } catch (IllegalArgumentException | DomainException e) {
      return e.getMessage();
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
