package org.scrmportal.stix.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.BundleReader;
import org.scrmportal.stix.Container;
import org.scrmportal.stix.StixObject;
import org.scrmportal.testing.TestDatabases;

/**
 * The object store and the storing of submissions against real databases (H2 and PostgreSQL):
 * versions, duplicates, all or nothing, markings per object, and keyset pages.
 */
class ObjectStoreTest {

  private static final String AMBER_STRICT =
      "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
  private static final String CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

  private static final OrganizationId ACME = new OrganizationId("acme");
  private static final OrganizationId GRID = new OrganizationId("grid");
  private static final Viewer ACME_MEMBER =
      new Viewer("sub-alice", ACME, Tier.T2, false, Set.of(), false);
  private static final Viewer GRID_MEMBER =
      new Viewer("sub-bob", GRID, Tier.T3, false, Set.of(), false);

  private static final Viewer ACME_SUBMITTER =
      new Viewer("sub-acme-user", ACME, Tier.T2, false, Set.of(), false);
  private static final Viewer GRID_SUBMITTER =
      new Viewer("sub-grid-user", GRID, Tier.T3, false, Set.of(), false);

  private EntityManager em;
  private Ingester ingester;
  private JpaObjectRepository repository;
  private JdbcObjectWriter writer;
  private final String collection = UUID.randomUUID().toString();

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    repository = new JpaObjectRepository();
    repository.em = em;
    repository.policy = new AccessPolicy();
    writer = new JdbcObjectWriter();
    writer.em = em;
    DateAddedClock dates = new DateAddedClock();
    dates.clock = Clock.systemUTC();
    dates.writer = writer;
    ingester = new Ingester();
    ingester.objects = repository;
    ingester.writer = writer;
    ingester.dateAdded = dates;
    ingester.clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  }

  @AfterEach
  void close() {
    if (em != null) {
      em.close();
    }
  }

  private <T> T inTransaction(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
    }
  }

  private Outcome submit(OrganizationId author, String... objects) {
    return submit(new Feed(collection, null, null), author, objects);
  }

  private Outcome submit(Feed feed, OrganizationId author, String... objects) {
    return submit(feed, author, TlpLevel.AMBER, false, objects);
  }

  private Outcome submit(
      Feed feed, OrganizationId author, TlpLevel level, boolean keepValid, String... objects) {
    Feed target = new Feed(collection, feed.minTier(), feed.community());
    Viewer submitter = author.equals(ACME) ? ACME_SUBMITTER : GRID_SUBMITTER;
    BundleReader reader = new BundleReader();
    // as Submissions validates: marking definitions stored earlier count where the submitter may
    // see them
    List<BundleReader.Checked> checked =
        inTransaction(
            () ->
                reader.validateEach(
                    reader.parse(
                        ("{\"type\":\"bundle\",\"id\":\"bundle--"
                                + UUID.randomUUID()
                                + "\",\"objects\":["
                                + String.join(",", objects)
                                + "]}")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Container.BUNDLE),
                    id -> ingester.isVisible(submitter, collection, id.value())));
    List<StixObject> valid =
        checked.stream()
            .filter(BundleReader.Checked::valid)
            .map(BundleReader.Checked::object)
            .toList();
    List<StatusDetail> invalid =
        checked.stream()
            .filter(c -> !c.valid())
            .map(c -> new StatusDetail(c.id().orElse(""), "", c.errors().toString()))
            .toList();
    Submission submission =
        new Submission(
            UUID.randomUUID().toString(),
            target,
            author.value() + "-user",
            new MarkingRequest(level, Set.of(), Set.of(), Set.of(), null),
            submitter,
            keepValid);
    return inTransaction(() -> ingester.store(submission, valid, invalid));
  }

  private List<ObjectRow> all(Viewer viewer, VersionMatch versions) {
    ObjectQuery query = ObjectQuery.all(1000).withVersions(versions);
    return inTransaction(() -> repository.page(viewer, collection, query, true));
  }

  private static String indicator(String id, String modified, String marking) {
    return """
        {"type":"indicator","spec_version":"2.1","id":"%s",
         "created":"2024-01-02T03:04:05.000Z","modified":"%s",
         "pattern":"[ipv4-addr:value = '10.0.0.1']","pattern_type":"stix",
         "valid_from":"2024-01-02T03:04:05Z"%s}"""
        .formatted(
            id, modified, marking == null ? "" : ",\"object_marking_refs\":[\"" + marking + "\"]");
  }

  private static String newId() {
    return "indicator--" + UUID.randomUUID();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anIdenticalResubmissionIsASuccessAndIsStoredOnce(TestDatabases db) {
    open(db);
    String id = newId();
    String object = indicator(id, "2024-01-02T03:04:05.000Z", CLEAR);
    assertEquals(1, submit(ACME, object).successCount());
    Outcome again = submit(ACME, object.replace("\n", " "));
    assertEquals(1, again.successCount());
    assertEquals(0, again.failureCount());
    assertEquals(
        Ingester.STORED,
        outcomeOfNew(again),
        "a resubmission reads exactly like a new object's submission");
    assertEquals(1, all(ACME_MEMBER, VersionMatch.ALL).size());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aLaterModifiedAddsAVersionThatListingsReturnByDefault(TestDatabases db) {
    open(db);
    String id = newId();
    submit(ACME, indicator(id, "2024-01-02T03:04:05.000Z", CLEAR));
    submit(ACME, indicator(id, "2024-03-01T00:00:00.000Z", CLEAR));
    // an older version arriving late is kept, but does not become the latest
    submit(ACME, indicator(id, "2024-02-01T00:00:00.000Z", CLEAR));

    assertEquals(
        List.of("2024-03-01T00:00:00.000Z"),
        all(GRID_MEMBER, VersionMatch.LAST).stream().map(ObjectRow::version).toList());
    assertEquals(3, all(GRID_MEMBER, VersionMatch.ALL).size());
    assertEquals(
        List.of("2024-01-02T03:04:05.000Z"),
        all(GRID_MEMBER, new VersionMatch(false, true, false, Set.of())).stream()
            .map(ObjectRow::version)
            .toList());
    assertEquals(
        List.of("2024-02-01T00:00:00.000Z"),
        all(
                GRID_MEMBER,
                new VersionMatch(
                    false, false, false, Set.of(Instant.parse("2024-02-01T00:00:00Z"))))
            .stream()
            .map(ObjectRow::version)
            .toList());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void twoVersionsInOneSubmissionLeaveTheLaterOneLatest(TestDatabases db) {
    open(db);
    String id = newId();
    submit(
        ACME,
        indicator(id, "2024-03-01T00:00:00.000Z", CLEAR),
        indicator(id, "2024-01-02T03:04:05.000Z", CLEAR));
    assertEquals(
        List.of("2024-03-01T00:00:00.000Z"),
        all(GRID_MEMBER, VersionMatch.LAST).stream().map(ObjectRow::version).toList());
    assertEquals(2, all(GRID_MEMBER, VersionMatch.ALL).size());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aStoredMarkingDefinitionIsKnownWhereTheSubmitterMaySeeIt(TestDatabases db) {
    open(db);
    String id = "marking-definition--" + UUID.randomUUID();
    String statement =
        """
        {"type":"marking-definition","spec_version":"2.1","id":"%s",
         "created":"2024-01-02T03:04:05.000Z","definition_type":"statement",
         "definition":{"statement":"Copyright ACME"}}"""
            .formatted(id);
    Feed shared = new Feed(collection, null, null);
    assertEquals(1, submit(shared, ACME, TlpLevel.AMBER_STRICT, true, statement).successCount());
    // ACME refers to its definition without sending it again
    assertEquals(
        1, submit(ACME, indicator(newId(), "2024-01-02T03:04:05.000Z", id)).successCount());
    // GRID may not see it: the reference reads exactly like one to a definition never stored
    String never = "marking-definition--" + UUID.randomUUID();
    Outcome hidden =
        submit(
            shared, GRID, TlpLevel.AMBER, true, indicator(newId(), "2024-01-02T03:04:05.000Z", id));
    Outcome unknown =
        submit(
            shared,
            GRID,
            TlpLevel.AMBER,
            true,
            indicator(newId(), "2024-01-02T03:04:05.000Z", never));
    assertEquals(1, hidden.failureCount(), hidden::toString);
    assertEquals(
        unknown
            .failures()
            .get(0)
            .message()
            .replace(never, "ID")
            .replaceAll("indicator--[0-9a-f-]+", "I"),
        hidden
            .failures()
            .get(0)
            .message()
            .replace(id, "ID")
            .replaceAll("indicator--[0-9a-f-]+", "I"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void oneFailingObjectKeepsTheWholeSubmissionOut(TestDatabases db) {
    open(db);
    String id = newId();
    submit(ACME, indicator(id, "2024-01-02T03:04:05.000Z", CLEAR));
    String fresh = newId();
    Outcome outcome =
        submit(
            ACME,
            indicator(fresh, "2024-01-02T03:04:05.000Z", CLEAR),
            // same id and modified, other content: a conflict
            indicator(id, "2024-01-02T03:04:05.000Z", CLEAR).replace("10.0.0.1", "10.0.0.2"));
    assertEquals(0, outcome.successCount());
    assertEquals(2, outcome.failureCount());
    assertTrue(outcome.failures().get(0).message().contains("later modified"));
    assertEquals(
        Set.of(id),
        all(ACME_MEMBER, VersionMatch.ALL).stream()
            .map(ObjectRow::objectId)
            .collect(Collectors.toSet()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anObjectLargerThanTheStoreKeepsIsRefusedWithItsSize(TestDatabases db) {
    open(db);
    String big =
        indicator(newId(), "2024-01-02T03:04:05.000Z", CLEAR)
            .replace(
                "\"pattern_type\"",
                "\"description\":\"" + "x".repeat(StoredObject.MAX_JSON) + "\",\"pattern_type\"");
    Outcome outcome = submit(ACME, big);
    assertEquals(1, outcome.failureCount());
    assertTrue(outcome.failures().get(0).message().contains("at most"));
    assertEquals(0, all(ACME_MEMBER, VersionMatch.ALL).size());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void onlyTheCreatorNamedByCreatedByRefAddsVersions(TestDatabases db) {
    open(db);
    String id = newId();
    String creator = "identity--" + UUID.randomUUID();
    submit(ACME, createdBy(indicator(id, "2024-01-02T03:04:05.000Z", CLEAR), creator));
    // another organization relays a later version by the same creator (STIX 2.1 section 3.6)
    Outcome relayed =
        submit(GRID, createdBy(indicator(id, "2024-05-01T00:00:00.000Z", CLEAR), creator));
    assertEquals(1, relayed.successCount(), relayed::toString);
    Outcome squat =
        submit(
            GRID,
            createdBy(
                indicator(id, "2024-06-01T00:00:00.000Z", CLEAR),
                "identity--" + UUID.randomUUID()));
    assertEquals(1, squat.failureCount());
    assertTrue(squat.failures().get(0).message().contains("section 3.6"), squat::toString);
    assertEquals(
        List.of("2024-05-01T00:00:00.000Z"),
        all(GRID_MEMBER, VersionMatch.LAST).stream().map(ObjectRow::version).toList());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void twoOrganizationsSharingTheSameObjectEachAddTheirOwnAudience(TestDatabases db) {
    open(db);
    String sdo = indicator(newId(), "2024-01-02T03:04:05.000Z", null);
    String sco =
        "{\"type\":\"ipv4-addr\",\"spec_version\":\"2.1\",\"id\":\"ipv4-addr--"
            + UUID.randomUUID()
            + "\",\"value\":\"198.51.100.7\"}";
    Viewer vetted =
        new Viewer("sub-dave", new OrganizationId("water"), Tier.T1, false, Set.of(), false);
    Viewer unvetted =
        new Viewer("sub-erin", new OrganizationId("newco"), Tier.T0, false, Set.of(), false);
    // ACME shares both for itself only
    assertEquals(
        2,
        submit(new Feed(collection, null, null), ACME, TlpLevel.AMBER_STRICT, false, sdo, sco)
            .successCount());
    assertEquals(2, ids(all(ACME_MEMBER, VersionMatch.ALL)).size());
    assertEquals(Set.of(), ids(all(GRID_MEMBER, VersionMatch.ALL)));
    assertEquals(Set.of(), ids(all(vetted, VersionMatch.ALL)));
    // GRID shares the same two objects for every vetted member
    Outcome second =
        submit(new Feed(collection, null, null), GRID, TlpLevel.GREEN, false, sdo, sco);
    assertEquals(2, second.successCount(), second::toString);
    assertEquals(2, all(ACME_MEMBER, VersionMatch.ALL).size(), "stored once, not twice");
    assertEquals(2, all(GRID_MEMBER, VersionMatch.ALL).size());
    assertEquals(
        2, all(vetted, VersionMatch.ALL).size(), "GRID's share lets vetted members see it");
    assertEquals(
        Set.of(), ids(all(unvetted, VersionMatch.ALL)), "no share permits an unvetted one");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aProbeForAnObjectTheSubmitterMayNotSeeReadsLikeANewObject(TestDatabases db) {
    open(db);
    String hidden = newId();
    String fresh = newId();
    String creator = "identity--" + UUID.randomUUID();
    String other = "identity--" + UUID.randomUUID();
    String v1 = "2024-01-02T03:04:05.000Z";
    submit(ACME, createdBy(indicator(hidden, v1, AMBER_STRICT), creator));
    // GRID may not see it: the same content, other content, another creator and a later version
    // are each answered exactly as for an id never stored
    // (the same content last: once GRID shares it, GRID sees it)
    List<String> probes =
        List.of(
            createdBy(indicator(hidden, v1, CLEAR).replace("10.0.0.1", "10.0.0.9"), other),
            createdBy(indicator(hidden, "2024-09-09T00:00:00.000Z", CLEAR), other),
            createdBy(indicator(hidden, v1, AMBER_STRICT), creator));
    for (String probe : probes) {
      Outcome answer = submit(GRID, probe);
      Outcome control = submit(GRID, probe.replace(hidden, fresh));
      assertEquals(
          String.valueOf(control).replace(fresh, "ID").replaceAll("20\\d\\d-[0-9T:.\\-]+Z", "T"),
          String.valueOf(answer).replace(hidden, "ID").replaceAll("20\\d\\d-[0-9T:.\\-]+Z", "T"));
      fresh = newId();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void withKeepValidTheValidObjectsAreStoredAndEachFailureReported(TestDatabases db) {
    open(db);
    String stored = newId();
    submit(ACME, indicator(stored, "2024-01-02T03:04:05.000Z", CLEAR));
    String a = newId();
    String b = newId();
    Outcome outcome =
        submit(
            new Feed(collection, null, null),
            ACME,
            TlpLevel.AMBER,
            true,
            indicator(a, "2024-01-02T03:04:05.000Z", CLEAR),
            indicator(stored, "2024-01-02T03:04:05.000Z", CLEAR).replace("10.0.0.1", "10.0.0.2"),
            indicator(b, "2024-01-02T03:04:05.000Z", CLEAR));
    assertEquals(2, outcome.successCount());
    assertEquals(2, outcome.successes().size());
    assertEquals(1, outcome.failureCount());
    assertEquals(stored, outcome.failures().get(0).id());
    assertTrue(outcome.failures().get(0).message().contains("later modified"));
    assertEquals(Set.of(stored, a, b), ids(all(ACME_MEMBER, VersionMatch.ALL)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theFirstAndLastAreThoseOfTheVersionsTheViewerMaySee(TestDatabases db) {
    open(db);
    String id = newId();
    submit(ACME, indicator(id, "2024-01-02T03:04:05.000Z", CLEAR));
    submit(ACME, indicator(id, "2024-02-01T00:00:00.000Z", CLEAR));
    submit(ACME, indicator(id, "2024-03-01T00:00:00.000Z", AMBER_STRICT));
    VersionMatch first = new VersionMatch(false, true, false, Set.of());
    assertEquals(List.of("2024-03-01T00:00:00.000Z"), versions(ACME_MEMBER, VersionMatch.LAST));
    assertEquals(
        List.of("2024-02-01T00:00:00.000Z"),
        versions(GRID_MEMBER, VersionMatch.LAST),
        "a later version GRID may not see does not hide the one it may");
    assertEquals(List.of("2024-01-02T03:04:05.000Z"), versions(GRID_MEMBER, first));
    assertEquals(
        List.of("2024-02-01T00:00:00.000Z"),
        inTransaction(() -> repository.versions(GRID_MEMBER, collection, id)).stream()
            .filter(VisibleVersion::latest)
            .map(VisibleVersion::version)
            .toList(),
        "the object page marks as latest the newest version GRID may see");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theSameObjectTwiceInOneBodyIsStoredOnceWithADetailForEach(TestDatabases db) {
    open(db);
    String object = indicator(newId(), "2024-01-02T03:04:05.000Z", CLEAR);
    Outcome outcome =
        submit(new Feed(collection, null, null), ACME, TlpLevel.AMBER, true, object, object);
    assertEquals(2, outcome.successCount());
    assertEquals(2, outcome.successes().size());
    assertEquals(1, all(ACME_MEMBER, VersionMatch.ALL).size());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aPagesContentIsStreamedInPageOrder(TestDatabases db) throws Exception {
    open(db);
    String a = newId();
    String hidden = newId();
    String b = newId();
    submit(
        ACME,
        indicator(a, "2024-01-02T03:04:05.000Z", CLEAR),
        indicator(hidden, "2024-01-02T03:04:05.000Z", AMBER_STRICT),
        indicator(b, "2024-01-02T03:04:05.000Z", CLEAR));
    // the page decides what GRID may see; its content follows it
    List<ObjectRow> rows = all(GRID_MEMBER, VersionMatch.LAST);
    List<Long> seqs = rows.stream().map(ObjectRow::seq).toList();
    List<String> seen = new ArrayList<>();
    em.getTransaction().begin();
    try {
      repository.contents(seqs, json -> seen.add(StixObject.fromStored(json).id().value()));
    } finally {
      em.getTransaction().rollback();
    }
    assertEquals(List.of(a, b), seen, "in page order; the AMBER+STRICT one is not for GRID");
  }

  private List<String> versions(Viewer viewer, VersionMatch match) {
    return all(viewer, match).stream().map(ObjectRow::version).toList();
  }

  private static String createdBy(String object, String identity) {
    return object.replaceFirst("\\{", "{\"created_by_ref\":\"" + identity + "\",");
  }

  /** What a submission of a never-stored object is told, for comparing answers. */
  private static String outcomeOfNew(Outcome outcome) {
    return outcome.successes().get(0).message();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void eachObjectIsSeenUnderItsOwnMarking(TestDatabases db) {
    open(db);
    String strict = newId();
    String clear = newId();
    String unmarked = newId();
    submit(
        ACME,
        indicator(strict, "2024-01-02T03:04:05.000Z", AMBER_STRICT),
        indicator(clear, "2024-01-02T03:04:05.000Z", CLEAR),
        indicator(unmarked, "2024-01-02T03:04:05.000Z", null));
    assertEquals(Set.of(strict, clear, unmarked), ids(all(ACME_MEMBER, VersionMatch.LAST)));
    // AMBER+STRICT and the unmarked object (AMBER by default, no audience): the author only
    assertEquals(Set.of(clear), ids(all(GRID_MEMBER, VersionMatch.LAST)));
    assertEquals(Set.of(clear), ids(all(Viewer.anonymous(), VersionMatch.LAST)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aCommunityFeedAddsItsCommunityAndRefusesWhatCannotGoToOne(TestDatabases db) {
    open(db);
    String community = UUID.randomUUID().toString();
    Feed feed = new Feed(collection, null, community);
    String amber = newId();
    Outcome ok = submit(feed, ACME, indicator(amber, "2024-01-02T03:04:05.000Z", null));
    assertEquals(1, ok.successCount());
    Viewer member = new Viewer("sub-carol", GRID, Tier.T1, false, Set.of(community), false);
    assertEquals(Set.of(amber), ids(all(member, VersionMatch.LAST)));
    assertEquals(Set.of(), ids(all(GRID_MEMBER, VersionMatch.LAST)));

    Outcome refused =
        submit(feed, ACME, indicator(newId(), "2024-01-02T03:04:05.000Z", AMBER_STRICT));
    assertEquals(1, refused.failureCount());
    assertTrue(refused.failures().get(0).message().contains("community"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void keysetPagesNeitherSkipNorRepeatWhileObjectsAreAdded(TestDatabases db) {
    open(db);
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String id = newId();
      first.add(indicator(id, "2024-01-02T03:04:05.000Z", CLEAR));
    }
    submit(ACME, first.toArray(String[]::new));
    List<String> seen = new ArrayList<>();
    Optional<Cursor> next = Optional.empty();
    int pages = 0;
    Set<String> added = new HashSet<>();
    do {
      ObjectQuery query = ObjectQuery.all(10).withVersions(VersionMatch.LAST);
      if (next.isPresent()) {
        query = query.after(next.get());
      }
      ObjectQuery q = query;
      List<ObjectRow> rows =
          inTransaction(() -> repository.page(GRID_MEMBER, collection, q, false));
      boolean more = rows.size() > 10;
      rows = more ? rows.subList(0, 10) : rows;
      rows.forEach(r -> seen.add(r.objectId()));
      next = more ? Optional.of(rows.get(rows.size() - 1).cursor()) : Optional.empty();
      if (pages++ == 0) {
        String late = newId();
        added.add(late);
        submit(ACME, indicator(late, "2024-01-02T03:04:05.000Z", CLEAR));
      }
    } while (next.isPresent());
    assertEquals(26, seen.size(), "no object repeated or skipped");
    assertEquals(26, new HashSet<>(seen).size());
    assertTrue(seen.containsAll(added), "the object added while paging comes on a later page");
    assertFalse(pages < 3);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void deletingTheLatestVersionMakesThePreviousOneTheLatest(TestDatabases db) {
    open(db);
    String id = newId();
    submit(ACME, indicator(id, "2024-01-02T03:04:05.000Z", CLEAR));
    submit(ACME, indicator(id, "2024-03-01T00:00:00.000Z", CLEAR));
    int deleted =
        inTransaction(
            () ->
                writer.withdraw(
                    collection, id, ACME, List.of(Instant.parse("2024-03-01T00:00:00Z"))));
    assertEquals(1, deleted);
    assertEquals(
        List.of("2024-01-02T03:04:05.000Z"),
        all(ACME_MEMBER, VersionMatch.LAST).stream().map(ObjectRow::version).toList());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theTextFilterSearchesTheJsonIgnoringCaseAndOnlyWhatTheViewerMaySee(TestDatabases db) {
    open(db);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String clear = newId();
    String strict = newId();
    String other = newId();
    String wildcard = newId();
    submit(
        ACME,
        named(indicator(clear, "2024-01-02T03:04:05.000Z", CLEAR), "Relay firmware " + tag),
        named(indicator(strict, "2024-01-02T03:04:05.000Z", AMBER_STRICT), "relay FIRMWARE " + tag),
        named(indicator(other, "2024-01-02T03:04:05.000Z", CLEAR), "Unrelated " + tag),
        named(indicator(wildcard, "2024-01-02T03:04:05.000Z", CLEAR), "100% of_" + tag));

    assertEquals(Set.of(clear, strict), ids(search(ACME_MEMBER, "RELAY firmware " + tag)));
    assertEquals(
        Set.of(clear),
        ids(search(GRID_MEMBER, "relay firmware " + tag)),
        "the text filter narrows what the policy lets through, never widens it");
    assertEquals(Set.of(wildcard), ids(search(GRID_MEMBER, "0% of_" + tag)));
    assertEquals(Set.of(), ids(search(GRID_MEMBER, "1__% of_" + tag)), "% and _ match themselves");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void rowsShowTheTlpLevelOfTheirMarking(TestDatabases db) {
    open(db);
    String strict = newId();
    String unmarked = newId();
    submit(
        ACME,
        indicator(strict, "2024-01-02T03:04:05.000Z", AMBER_STRICT),
        indicator(unmarked, "2024-01-02T03:04:05.000Z", null));
    List<ObjectRow> rows = all(ACME_MEMBER, VersionMatch.LAST);
    var levels =
        inTransaction(
            () -> repository.levels(ACME_MEMBER, rows.stream().map(ObjectRow::seq).toList()));
    assertEquals(
        java.util.Map.of(strict, TlpLevel.AMBER_STRICT, unmarked, TlpLevel.AMBER),
        rows.stream().collect(Collectors.toMap(ObjectRow::objectId, r -> levels.get(r.seq()))));
  }

  private List<ObjectRow> search(Viewer viewer, String text) {
    ObjectQuery query = ObjectQuery.all(1000).withVersions(VersionMatch.LAST).withText(text);
    return inTransaction(() -> repository.page(viewer, collection, query, true));
  }

  private static String named(String indicator, String name) {
    return indicator.replaceFirst("\\{", "{\"name\":\"" + name + "\",");
  }

  private static Set<String> ids(List<ObjectRow> rows) {
    return rows.stream().map(ObjectRow::objectId).collect(Collectors.toSet());
  }

  /** The dashboard's counts and newest objects see what the policy lets the viewer see, no more. */
  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void arrivalsAndNewestCountOnlyWhatTheViewerMaySee(TestDatabases db) {
    open(db);
    String clear = newId();
    String amber = newId();
    submit(ACME, indicator(clear, "2024-01-02T03:04:05.000Z", CLEAR));
    submit(ACME, indicator(amber, "2024-01-02T03:04:05.000Z", null)); // AMBER, no audience
    DailyCounts frame = DailyCounts.none(LocalDate.now(ZoneOffset.UTC), 30);
    List<String> here = List.of(collection);

    DailyCounts acmeTypes =
        inTransaction(() -> repository.arrivalsByType(ACME_MEMBER, here, frame));
    assertEquals(Set.of("indicator"), acmeTypes.series().keySet());
    assertEquals(2L, acmeTypes.series().get("indicator").get(29), "both arrived today");
    assertEquals(2, acmeTypes.total());
    DailyCounts acmeLevels =
        inTransaction(() -> repository.arrivalsByLevel(ACME_MEMBER, here, frame));
    assertEquals(Set.of("CLEAR", "AMBER"), acmeLevels.series().keySet());
    assertEquals(1L, acmeLevels.series().get("AMBER").get(29));

    DailyCounts gridTypes =
        inTransaction(() -> repository.arrivalsByType(GRID_MEMBER, here, frame));
    assertEquals(1, gridTypes.total(), "the AMBER one is not counted for another organization");
    DailyCounts gridLevels =
        inTransaction(() -> repository.arrivalsByLevel(GRID_MEMBER, here, frame));
    assertEquals(Set.of("CLEAR"), gridLevels.series().keySet());

    assertEquals(
        List.of(amber, clear),
        inTransaction(() -> repository.newest(ACME_MEMBER, here, 10)).stream()
            .map(ObjectRow::objectId)
            .toList(),
        "newest first");
    assertEquals(
        List.of(clear),
        inTransaction(() -> repository.newest(GRID_MEMBER, here, 10)).stream()
            .map(ObjectRow::objectId)
            .toList());
    DailyCounts yesterday = DailyCounts.none(LocalDate.now(ZoneOffset.UTC).minusDays(1), 1);
    assertEquals(
        0, inTransaction(() -> repository.arrivalsByType(ACME_MEMBER, here, yesterday)).total());
  }
}
