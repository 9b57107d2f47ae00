package org.scrmportal.advisory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.testing.TestDatabases;

/**
 * The advisory store against real databases (H2 and PostgreSQL): publisher namespaces, tracking ids
 * per publisher, revisions, idempotence, drafts, who sees what, the event, and bytes kept exactly.
 */
class AdvisoryStoreTest {

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final OrganizationId acme = new OrganizationId("acme-" + run);
  private final OrganizationId grid = new OrganizationId("grid-" + run);
  private final String acmeNamespace = "https://acme-" + run + ".example";
  private final String gridNamespace = "https://grid-" + run + ".example";
  private final Viewer acmeSubmitter =
      new Viewer("sub-a-" + run, acme, Tier.T1, false, Set.of(), false);
  private final Viewer gridSubmitter =
      new Viewer("sub-g-" + run, grid, Tier.T2, false, Set.of(), false);

  private EntityManager em;
  private JpaAdvisoryRepository repository;
  private AdvisoryStore store;
  private final List<AdvisoryStored> events = new ArrayList<>();

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    repository = new JpaAdvisoryRepository();
    repository.em = em;
    repository.policy = new AccessPolicy();
    store = new AdvisoryStore();
    store.advisories = repository;
    store.checks = new CsafChecks();
    store.stored = new RecordingEvent();
    store.clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    inTransaction(
        () -> {
          repository.store(new PublisherNamespace(acmeNamespace, acme, "op", Instant.now()));
          repository.store(new PublisherNamespace(gridNamespace, grid, "op", Instant.now()));
          return null;
        });
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

  private Submitted submit(Viewer submitter, byte[] content) {
    return submit(submitter, content, null);
  }

  private Submitted submit(Viewer submitter, byte[] content, MarkingRequest audience) {
    return inTransaction(
        () ->
            store.store(
                new StoreRequest(submitter, "user", content, null, audience, TlpLevel.AMBER)));
  }

  private SampleAdvisories acmeAdvisory(String trackingId) {
    return SampleAdvisories.advisory().namespace(acmeNamespace).trackingId(trackingId);
  }

  private List<Advisory> listed(Viewer viewer) {
    return inTransaction(() -> repository.list(viewer, AdvisoryQuery.latest(1000))).stream()
        .filter(a -> a.organization().equals(acme) || a.organization().equals(grid))
        .toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void storesTheBytesAsSubmittedWithTheirHashes(TestDatabases db) throws Exception {
    open(db);
    byte[] content = acmeAdvisory("ACME-1").bytes();
    Submitted submitted = submit(acmeSubmitter, content);
    assertFalse(submitted.alreadyStored());
    Advisory stored =
        inTransaction(() -> repository.find(acmeSubmitter, submitted.advisory().id()))
            .orElseThrow();
    assertArrayEquals(content, stored.content());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content)),
        stored.sha512());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
        stored.sha256());
    assertEquals("acme-1.json", stored.fileName());
    assertEquals(2024, stored.year());
    assertEquals(TlpLevel.CLEAR, stored.tlp());
    assertEquals(acme, stored.organization());
    assertTrue(stored.latest());
    assertEquals(1, events.size());
    assertEquals(stored.id(), events.get(0).advisoryId());
    assertEquals("ACME-1", events.get(0).document().at("/document/tracking/id").asText());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theSameBytesAgainAreAlreadyStored(TestDatabases db) {
    open(db);
    byte[] content = acmeAdvisory("ACME-2").bytes();
    long first = submit(acmeSubmitter, content).advisory().id();
    Submitted again = submit(acmeSubmitter, content);
    assertTrue(again.alreadyStored());
    assertEquals(first, again.advisory().id());
    assertEquals(1, events.size(), "nothing new stored, nothing announced");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void onlyTheOrganizationsNamespacesArePublishedUnder(TestDatabases db) {
    open(db);
    AdvisoryRefused e =
        assertThrows(
            AdvisoryRefused.class, () -> submit(gridSubmitter, acmeAdvisory("ACME-3").bytes()));
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
    // the answer is the same whether the namespace holds that tracking id or not
    submit(acmeSubmitter, acmeAdvisory("ACME-3").bytes());
    AdvisoryRefused again =
        assertThrows(
            AdvisoryRefused.class,
            () -> submit(gridSubmitter, acmeAdvisory("ACME-3").version(2).bytes()));
    assertEquals(e.getMessage(), again.getMessage());
    AdvisoryRefused unknown =
        assertThrows(
            AdvisoryRefused.class,
            () ->
                submit(
                    gridSubmitter,
                    SampleAdvisories.advisory()
                        .namespace("https://nobody-" + run + ".example")
                        .bytes()));
    assertEquals(DomainException.Kind.FORBIDDEN, unknown.kind());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void trackingIdsAreUniquePerPublisher(TestDatabases db) {
    open(db);
    submit(acmeSubmitter, acmeAdvisory("SHARED-1").bytes());
    Submitted grids =
        submit(
            gridSubmitter,
            SampleAdvisories.advisory().namespace(gridNamespace).trackingId("SHARED-1").bytes());
    assertFalse(grids.alreadyStored(), "another publisher's tracking id is its own");
    AdvisoryRefused e =
        assertThrows(
            AdvisoryRefused.class,
            () -> submit(acmeSubmitter, acmeAdvisory("SHARED-1").title("Other content").bytes()));
    assertEquals(DomainException.Kind.CONFLICT, e.kind());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aRevisionHasAGreaterVersionAndExtendsTheHistory(TestDatabases db) {
    open(db);
    long v1 = submit(acmeSubmitter, acmeAdvisory("ACME-4").bytes()).advisory().id();
    Submitted v2 = submit(acmeSubmitter, acmeAdvisory("ACME-4").version(2).bytes());
    assertFalse(v2.alreadyStored());
    List<Advisory> revisions =
        inTransaction(() -> repository.revisions(acmeSubmitter, v2.advisory().trackingKey()));
    assertEquals(List.of(v1, v2.advisory().id()), revisions.stream().map(Advisory::id).toList());
    assertFalse(revisions.get(0).latest());
    assertTrue(revisions.get(1).latest());
    assertEquals(
        DomainException.Kind.CONFLICT,
        assertThrows(
                AdvisoryRefused.class,
                () -> submit(acmeSubmitter, acmeAdvisory("ACME-4").version(1).title("x").bytes()))
            .kind(),
        "a lower version");
    assertEquals(
        DomainException.Kind.CONFLICT,
        assertThrows(
                AdvisoryRefused.class,
                () ->
                    submit(
                        acmeSubmitter,
                        acmeAdvisory("ACME-4").version(3).firstSummary("Rewritten.").bytes()))
            .kind(),
        "a history that drops an entry");
    assertEquals(
        DomainException.Kind.CONFLICT,
        assertThrows(
                AdvisoryRefused.class,
                () ->
                    submit(
                        acmeSubmitter, acmeAdvisory("ACME-4").version(3).status("draft").bytes()))
            .kind(),
        "a published advisory does not become a draft");
    assertEquals(2, events.size());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aDraftIsReleasedUnderItsOwnVersion(TestDatabases db) {
    open(db);
    Submitted draft =
        submit(acmeSubmitter, acmeAdvisory("ACME-5").status("draft").tlp("WHITE").bytes());
    assertTrue(draft.advisory().draft());
    assertTrue(events.get(0).draft());
    assertTrue(listed(Viewer.anonymous()).isEmpty(), "a TLP:WHITE draft is not for anyone");
    assertTrue(listed(gridSubmitter).isEmpty());
    assertEquals(1, listed(acmeSubmitter).size());
    Submitted released = submit(acmeSubmitter, acmeAdvisory("ACME-5").tlp("WHITE").bytes());
    assertFalse(released.alreadyStored());
    assertEquals(TlpLevel.CLEAR, released.advisory().tlp());
    assertEquals(List.of(released.advisory().id()), ids(listed(Viewer.anonymous())));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void whoSeesWhat(TestDatabases db) {
    open(db);
    long clear = submit(acmeSubmitter, acmeAdvisory("W").tlp("WHITE").bytes()).advisory().id();
    long green = submit(acmeSubmitter, acmeAdvisory("G").tlp("GREEN").bytes()).advisory().id();
    long amber = submit(acmeSubmitter, acmeAdvisory("A").tlp("AMBER").bytes()).advisory().id();
    long amberForGrid =
        submit(
                acmeSubmitter,
                acmeAdvisory("AG").tlp("AMBER").bytes(),
                new MarkingRequest(null, Set.of(grid.value()), Set.of(), Set.of(), null))
            .advisory()
            .id();
    long red = submit(acmeSubmitter, acmeAdvisory("R").tlp("RED").bytes()).advisory().id();
    long redForGrid =
        submit(
                acmeSubmitter,
                acmeAdvisory("RG").tlp("RED").bytes(),
                new MarkingRequest(null, Set.of(), Set.of(), Set.of(gridSubmitter.subject()), null))
            .advisory()
            .id();
    long draft =
        submit(acmeSubmitter, acmeAdvisory("D").tlp("WHITE").status("draft").bytes())
            .advisory()
            .id();
    Viewer unvetted =
        new Viewer(
            "sub-u-" + run, new OrganizationId("new-" + run), Tier.T0, false, Set.of(), false);
    Viewer gridColleague = new Viewer("sub-g2-" + run, grid, Tier.T2, false, Set.of(), false);
    assertEquals(List.of(clear), ids(listed(Viewer.anonymous())));
    assertEquals(List.of(clear), ids(listed(unvetted)));
    assertEquals(List.of(redForGrid, amberForGrid, green, clear), ids(listed(gridSubmitter)));
    assertEquals(List.of(amberForGrid, green, clear), ids(listed(gridColleague)));
    assertEquals(
        List.of(draft, redForGrid, red, amberForGrid, amber, green, clear),
        ids(listed(acmeSubmitter)));
    assertTrue(inTransaction(() -> repository.find(gridColleague, amber)).isEmpty());
    assertTrue(inTransaction(() -> repository.find(gridSubmitter, draft)).isEmpty());
    // the provider's view: published (no drafts), per level
    assertEquals(
        List.of(green),
        ids(
            inTransaction(() -> repository.published(gridSubmitter, TlpLevel.GREEN)).stream()
                .filter(a -> a.organization().equals(acme))
                .toList()));
    assertTrue(
        inTransaction(() -> repository.published(acmeSubmitter, TlpLevel.AMBER_STRICT)).stream()
            .noneMatch(a -> a.id() == draft));
    assertTrue(
        inTransaction(
                () -> repository.published(Viewer.anonymous(), TlpLevel.CLEAR, 2024, "w.json"))
            .isPresent());
    assertTrue(
        inTransaction(
                () -> repository.published(Viewer.anonymous(), TlpLevel.CLEAR, 2024, "d.json"))
            .isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anInvalidDocumentStoresNothing(TestDatabases db) {
    open(db);
    AdvisoryInvalid e =
        assertThrows(
            AdvisoryInvalid.class,
            () -> submit(acmeSubmitter, "{\"document\": ".getBytes(StandardCharsets.UTF_8)));
    assertFalse(e.verdict().valid());
    assertEquals("schema", e.verdict().errors().get(0).test());
    assertTrue(listed(acmeSubmitter).isEmpty());
    assertTrue(events.isEmpty());
  }

  /** CSAF 2.0 section 6.1.16: the version is that of the last revision history entry. */
  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aDocumentFailingAMandatoryTestStoresNothing(TestDatabases db) throws Exception {
    open(db);
    com.fasterxml.jackson.databind.node.ObjectNode json = acmeAdvisory("BAD-1").json();
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/document/tracking"))
        .put("version", "2");
    AdvisoryInvalid e =
        assertThrows(
            AdvisoryInvalid.class,
            () ->
                submit(
                    acmeSubmitter,
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(json)));
    assertTrue(
        e.verdict().errors().stream()
            .anyMatch(
                f -> f.test().equals("6.1.16") && f.path().equals("/document/tracking/version")),
        e.verdict().errors().toString());
    assertTrue(listed(acmeSubmitter).isEmpty());
    assertTrue(events.isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theSuppliersSignatureIsKeptWhenArmoured(TestDatabases db) {
    open(db);
    String asc = "-----BEGIN PGP SIGNATURE-----\n\niQEz\n=abcd\n-----END PGP SIGNATURE-----\n";
    Submitted submitted =
        inTransaction(
            () ->
                store.store(
                    new StoreRequest(
                        acmeSubmitter,
                        "user",
                        acmeAdvisory("SIG").bytes(),
                        asc.getBytes(StandardCharsets.US_ASCII),
                        null,
                        TlpLevel.AMBER)));
    assertEquals(asc, submitted.advisory().supplierSignature());
    assertThrows(
        DomainException.class,
        () ->
            inTransaction(
                () ->
                    store.store(
                        new StoreRequest(
                            acmeSubmitter,
                            "user",
                            acmeAdvisory("SIG2").bytes(),
                            "not a signature".getBytes(StandardCharsets.US_ASCII),
                            null,
                            TlpLevel.AMBER))));
  }

  private static List<Long> ids(List<Advisory> advisories) {
    return advisories.stream().map(Advisory::id).toList();
  }

  /** Records what is fired, as the CDI container would deliver it to observers. */
  private final class RecordingEvent implements Event<AdvisoryStored> {
    @Override
    public void fire(AdvisoryStored event) {
      events.add(event);
    }

    @Override
    public <U extends AdvisoryStored> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends AdvisoryStored> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<AdvisoryStored> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends AdvisoryStored> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends AdvisoryStored> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
