package org.scrmportal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.scrmportal.alert.Alert;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.testing.TestDatabases;

/**
 * The two faces of the access policy agree: on random viewers and random sets of marked objects,
 * the objects the JPA predicate lets the database return are exactly those {@code permits} allows
 * (and the same for metadata), on H2 and on a real PostgreSQL. Each try stores its objects in a
 * transaction that is rolled back.
 */
class AccessPolicyAgreementTest {

  private static final List<String> ORGS = List.of("org-a", "org-b", "org-c", "org-d");
  private static final List<String> COMMUNITIES =
      List.of("community-1", "community-2", "community-3");
  private static final List<String> PEOPLE = List.of("sub-ann", "sub-ben", "sub-cat", "sub-dan");

  private final AccessPolicy policy = new AccessPolicy();

  @Property(tries = 400)
  void predicateAndPermitsAgreeOnH2(
      @ForAll("viewers") Viewer viewer, @ForAll("markingSets") List<Marking> markings) {
    checkAgreement(TestDatabases.H2, viewer, markings);
  }

  @Property(tries = 400)
  void predicateAndPermitsAgreeOnPostgresql(
      @ForAll("viewers") Viewer viewer, @ForAll("markingSets") List<Marking> markings) {
    checkAgreement(TestDatabases.POSTGRESQL, viewer, markings);
  }

  private void checkAgreement(TestDatabases database, Viewer viewer, List<Marking> markings) {
    EntityManager em = database.entityManagerFactory().createEntityManager();
    em.getTransaction().begin();
    try {
      List<Alert> alerts = new ArrayList<>();
      for (Marking marking : markings) {
        Alert alert = new Alert("t", "b", marking, "someone", Instant.EPOCH);
        em.persist(alert);
        alerts.add(alert);
      }
      em.flush();
      em.clear();

      Set<String> expected = new TreeSet<>();
      Set<String> expectedMetadata = new TreeSet<>();
      for (Alert alert : alerts) {
        if (policy.permits(viewer, alert.marking())) {
          expected.add(alert.id());
        }
        if (policy.permitsMetadata(viewer, alert.marking())) {
          expectedMetadata.add(alert.id());
        }
      }
      Set<String> ids = alerts.stream().map(Alert::id).collect(java.util.stream.Collectors.toSet());

      assertEquals(
          expected, query(em, viewer, ids, false), () -> "content, " + viewer + " " + markings);
      assertEquals(
          expectedMetadata,
          query(em, viewer, ids, true),
          () -> "metadata, " + viewer + " " + markings);
      Statistics.label("visible").collect(expected.size() * 4 / Math.max(1, alerts.size()));
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  private Set<String> query(EntityManager em, Viewer viewer, Set<String> ids, boolean metadata) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Alert> alert = q.from(Alert.class);
    Join<Alert, Marking> marking = alert.join("marking");
    q.select(alert.get("id"))
        .where(
            alert.get("id").in(ids),
            metadata
                ? policy.metadataPredicate(viewer, cb, q, marking)
                : policy.predicate(viewer, cb, q, marking));
    return new TreeSet<>(em.createQuery(q).getResultList());
  }

  @Provide
  Arbitrary<Viewer> viewers() {
    Arbitrary<Viewer> member =
        Combinators.combine(
                Arbitraries.of(PEOPLE),
                Arbitraries.of(ORGS),
                Arbitraries.of(Tier.class),
                Arbitraries.of(true, false, false, false),
                Arbitraries.subsetOf(COMMUNITIES),
                Arbitraries.of(true, false, false))
            .as(
                (person, org, tier, suspended, communities, operator) ->
                    new Viewer(
                        person, new OrganizationId(org), tier, suspended, communities, operator));
    Arbitrary<Viewer> withoutOrganization =
        Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.of(true, false))
            .as((person, operator) -> new Viewer(person, null, null, false, Set.of(), operator));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, member),
        net.jqwik.api.Tuple.of(1, withoutOrganization),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Viewer.anonymous())));
  }

  @Provide
  Arbitrary<List<Marking>> markingSets() {
    return markings().list().ofMinSize(1).ofMaxSize(12);
  }

  private Arbitrary<Marking> markings() {
    Arbitrary<Tier> minTier = Arbitraries.of(Tier.class).injectNull(0.6);
    return Combinators.combine(
            Arbitraries.of(TlpLevel.class),
            Arbitraries.of(ORGS),
            Arbitraries.subsetOf(ORGS),
            Arbitraries.subsetOf(COMMUNITIES),
            Arbitraries.subsetOf(PEOPLE),
            minTier)
        .as(
            (level, author, orgs, communities, people, tier) ->
                switch (level) {
                  case CLEAR ->
                      Marking.of(
                          level, new OrganizationId(author), Set.of(), Set.of(), Set.of(), null);
                  case GREEN ->
                      Marking.of(
                          level, new OrganizationId(author), Set.of(), communities, Set.of(), tier);
                  case AMBER ->
                      Marking.of(
                          level, new OrganizationId(author), orgs, communities, Set.of(), tier);
                  case AMBER_STRICT ->
                      Marking.of(level, new OrganizationId(author), orgs, Set.of(), Set.of(), tier);
                  case RED ->
                      Marking.of(
                          level,
                          new OrganizationId(author),
                          Set.of(),
                          Set.of(),
                          new HashSet<>(people),
                          tier);
                });
  }
}
