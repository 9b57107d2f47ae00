package org.scrmportal.taxii;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.Marking;
import org.scrmportal.platform.DomainException;
import org.scrmportal.stix.StixId;
import org.scrmportal.stix.StixObject;
import org.scrmportal.stix.StixTimestamp;

/**
 * Stores the valid objects of a submission, all or nothing, each transaction of its own: compares
 * every object with the versions already stored (STIX 2.1 section 3.6, Versioning), marks it, and
 * writes the new versions in one batch.
 *
 * <ul>
 *   <li>a version already stored with the same content is a success and is not stored twice;
 *   <li>the same {@code (id, modified)} with other content fails: a change needs a later {@code
 *       modified};
 *   <li>a later {@code modified} adds a version, which becomes the latest; an earlier one is kept
 *       as an older version;
 *   <li>only the organization that first shared an object in a collection adds versions of it (the
 *       object's creator versions it: section 3.6);
 *   <li>objects without versions (SCOs, marking definitions) are stored again only when their
 *       content changed.
 * </ul>
 */
@Stateless
@PermitAll
public class Ingester {

  @Inject ObjectRepository objects;

  @Inject StatusRepository statuses;

  @Inject DateAddedClock dateAdded;

  @Inject Clock clock;

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

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean isStoredMarkingDefinition(StixId id) {
    return objects.isStoredMarkingDefinition(id);
  }

  /** One object and what storing it means. */
  private record Plan(StixObject object, Instant version, String versionText, String message) {}

  /** Stores the valid objects of {@code submission}; all of them, or none when one fails. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome store(Submission submission, List<StixObject> valid) {
    String collection = submission.collection().id();
    String author = submission.author().value();
    List<String> ids = valid.stream().map(o -> o.id().value()).distinct().toList();
    Map<String, List<StoredVersion>> stored = objects.storedVersions(collection, ids);
    Map<String, Instant> newest = new HashMap<>();
    stored.forEach(
        (id, versions) -> versions.forEach(v -> newest.merge(id, v.version(), Ingester::later)));

    List<StatusDetail> failures = new ArrayList<>();
    List<StatusDetail> successes = new ArrayList<>();
    List<Plan> toStore = new ArrayList<>();
    Map<String, Marking> markings = new LinkedHashMap<>();
    List<Marking> markingOfPlan = new ArrayList<>();
    for (StixObject object : valid) {
      String id = object.id().value();
      Optional<StixTimestamp> own = object.modified().or(object::created);
      String versionText = own.map(StixTimestamp::text).orElse("");
      if (object.json().length() > StoredObject.MAX_JSON) {
        failures.add(
            new StatusDetail(
                id,
                versionText,
                "The object's JSON has "
                    + object.json().length()
                    + " characters; the portal keeps objects of at most "
                    + StoredObject.MAX_JSON
                    + "."));
        continue;
      }
      List<StoredVersion> versions = stored.getOrDefault(id, List.of());
      boolean versioned = object.category().isVersioned() && object.modified().isPresent();
      Optional<StoredVersion> same =
          versioned
              ? versions.stream()
                  .filter(
                      v -> v.version().equals(own.get().instant().truncatedTo(ChronoUnit.MICROS)))
                  .findFirst()
              : versions.stream().findFirst();
      if (same.isPresent()) {
        boolean identical = object.sameContentAs(StixObject.fromStored(same.get().json()));
        if (identical) {
          successes.add(new StatusDetail(id, versionText, "Already stored: kept once."));
        } else {
          failures.add(
              new StatusDetail(
                  id,
                  versionText,
                  versioned
                      ? "A different object with this id and modified is stored: a change needs a"
                          + " later modified (STIX 2.1 section 3.6)."
                      : "A different object with this id is stored, and objects of this kind have"
                          + " no versions (STIX 2.1 section 3.6): a changed one needs a new id."));
        }
        continue;
      }
      if (versions.stream().anyMatch(v -> !v.authorOrganization().equals(author))) {
        failures.add(
            new StatusDetail(
                id,
                versionText,
                "Another organization shared this object in this collection first; only its"
                    + " creator adds versions (STIX 2.1 section 3.6). Share a new object that"
                    + " refers to it instead."));
        continue;
      }
      Marking marking;
      try {
        marking = submission.markingOf(object);
      } catch (IllegalArgumentException | DomainException e) {
        failures.add(new StatusDetail(id, versionText, e.getMessage()));
        continue;
      }
      Marking shared = markings.computeIfAbsent(marking.toString(), k -> marking);
      // versions are kept to the microsecond, as both databases store timestamps
      Instant version =
          own.map(StixTimestamp::instant).map(t -> t.truncatedTo(ChronoUnit.MICROS)).orElse(null);
      toStore.add(
          new Plan(
              object,
              version,
              versionText,
              versions.isEmpty() ? "Stored." : "Stored as a new version."));
      markingOfPlan.add(shared);
      if (version != null) {
        newest.merge(id, version, Ingester::later);
      }
    }
    if (!failures.isEmpty()) {
      Set<String> failed = new HashSet<>();
      failures.forEach(f -> failed.add(f.id()));
      for (StixObject object : valid) {
        if (!failed.contains(object.id().value())) {
          failures.add(
              new StatusDetail(
                  object.id().value(),
                  object.modified().or(object::created).map(StixTimestamp::text).orElse(""),
                  "Valid, but not stored: "
                      + failed.size()
                      + " objects of this submission failed, and a submission is kept whole or"
                      + " not at all."));
        }
      }
      return new Outcome(0, valid.size(), List.of(), failures);
    }

    Map<String, Integer> planned = new HashMap<>();
    toStore.forEach(p -> planned.merge(p.object().id().value(), 1, Integer::sum));
    Instant first = dateAdded.reserve(toStore.size());
    List<NewVersion> rows = new ArrayList<>(toStore.size());
    for (int i = 0; i < toStore.size(); i++) {
      Plan plan = toStore.get(i);
      Instant added = first.plus(i, ChronoUnit.MICROS);
      String id = plan.object().id().value();
      // without modified or created, the version is the time it was added (TAXII 2.1 3.4.2)
      Instant version = plan.version() != null ? plan.version() : added;
      boolean latest = plan.version() == null || plan.version().equals(newest.get(id));
      rows.add(
          new NewVersion(
              collection,
              plan.object(),
              version,
              plan.version() != null ? plan.versionText() : added.toString(),
              added,
              latest,
              latest && (stored.containsKey(id) || planned.get(id) > 1),
              author,
              submission.username(),
              markingOfPlan.get(i)));
      successes.add(new StatusDetail(id, rows.get(i).versionText(), plan.message()));
    }
    objects.store(markings.values(), rows);
    return new Outcome(valid.size(), 0, successes, List.of());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
