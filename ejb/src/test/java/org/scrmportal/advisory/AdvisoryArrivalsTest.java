package org.scrmportal.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.testing.TestDatabases;

/** The dashboard's advisory counts, against H2 and PostgreSQL: only what the viewer may see. */
class AdvisoryArrivalsTest {

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final OrganizationId acme = new OrganizationId("acme-" + run);
  private final OrganizationId grid = new OrganizationId("grid-" + run);
  private final String acmeNamespace = "https://acme-" + run + ".example";
  private final Viewer acmeMember =
      new Viewer("sub-a-" + run, acme, Tier.T1, false, Set.of(), false);
  private final Viewer gridMember =
      new Viewer("sub-g-" + run, grid, Tier.T2, false, Set.of(), false);

  /** A day of this run only, so that other tests' advisories are not counted. */
  private final LocalDate day =
      LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(36_500));

  private EntityManager em;
  private JpaAdvisoryRepository repository;
  private JpaAdvisoryArrivals arrivals;
  private AdvisoryStore store;

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    repository = new JpaAdvisoryRepository();
    repository.em = em;
    repository.policy = new AccessPolicy();
    arrivals = new JpaAdvisoryArrivals();
    arrivals.em = em;
    arrivals.policy = new AccessPolicy();
    store = new AdvisoryStore();
    store.advisories = repository;
    store.checks = new CsafChecks();
    store.stored = new NoEvent();
    store.clock = Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    inTransaction(
        () -> {
          repository.store(new PublisherNamespace(acmeNamespace, acme, "op", Instant.now()));
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

  private void submit(SampleAdvisories advisory) {
    inTransaction(
        () ->
            store.store(
                new StoreRequest(
                    acmeMember, "user", advisory.bytes(), null, null, TlpLevel.AMBER)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void eachRevisionCountsOnItsDayAtItsLevelForThoseWhoMaySeeIt(TestDatabases db) {
    open(db);
    submit(SampleAdvisories.advisory().namespace(acmeNamespace).trackingId("OPEN-1"));
    submit(SampleAdvisories.advisory().namespace(acmeNamespace).trackingId("AMBER-1").tlp("AMBER"));
    DailyCounts frame = DailyCounts.none(day.plusDays(1), 3);

    DailyCounts acmeCounts = inTransaction(() -> arrivals.byLevel(acmeMember, frame));
    assertEquals(
        Map.of("CLEAR", List.of(0L, 1L, 0L), "AMBER", List.of(0L, 1L, 0L)), acmeCounts.series());
    DailyCounts gridCounts = inTransaction(() -> arrivals.byLevel(gridMember, frame));
    assertEquals(
        Map.of("CLEAR", List.of(0L, 1L, 0L)),
        gridCounts.series(),
        "another organization does not count the AMBER advisory");
    assertEquals(
        0,
        inTransaction(() -> arrivals.byLevel(acmeMember, DailyCounts.none(day.minusDays(1), 5)))
            .total(),
        "nothing before the day");
  }

  private static final class NoEvent implements Event<AdvisoryStored> {
    @Override
    public void fire(AdvisoryStored event) {}

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
