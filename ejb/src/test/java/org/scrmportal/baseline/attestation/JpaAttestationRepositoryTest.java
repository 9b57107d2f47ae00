package org.scrmportal.baseline.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.BaselineDirectory;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.oscal.ImplementationStatus;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.testing.TestDatabases;

/**
 * Attestations on real databases (H2 and PostgreSQL): V17 against the mappings, statements kept in
 * order, every read through the policy (private to the organization until its marking names
 * another), and {@link AttestationDirectory#coverage}: the newest visible attestation of the
 * series, figured against the version it is pinned to.
 */
class JpaAttestationRepositoryTest {

  private EntityManager em;
  private JpaAttestationRepository repository;

  private final OrganizationId supplier = org("supplier");
  private final OrganizationId customer = org("customer");
  private final OrganizationId board = org("board");
  private final String series = "series-" + UUID.randomUUID().toString().substring(0, 8);

  private static OrganizationId org(String prefix) {
    return new OrganizationId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static Viewer member(OrganizationId org) {
    return new Viewer("subject-" + org.value(), org, Tier.T1, false, Set.of(), false);
  }

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    repository = new JpaAttestationRepository();
    repository.em = em;
    repository.policy = new AccessPolicy();
    inTransaction(
        () -> {
          for (OrganizationId id : List.of(supplier, customer, board)) {
            em.persist(
                Organization.admitted(
                    new OrganizationClaims(
                        id, id.value(), OrganizationType.COMPANY, Tier.T1, "energy", "DE"),
                    Instant.now()));
          }
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

  /** A publication row (V15), as the baseline store would write it: its id. */
  private PublicationView publication(int version) {
    return inTransaction(
        () -> {
          Marking marking = Marking.of(TlpLevel.CLEAR, board, Set.of(), Set.of(), Set.of(), null);
          em.persist(marking);
          em.flush();
          em.createNativeQuery("insert into oscal_publication_content (content) values (?)")
              .setParameter(1, new byte[] {'{', '}'})
              .executeUpdate();
          Number content =
              (Number)
                  em.createNativeQuery("select max(id) from oscal_publication_content")
                      .getSingleResult();
          em.createNativeQuery(
                  "insert into oscal_publication (org_id, name, version, kind, catalog_name,"
                      + " title, document_uuid, document_version, oscal_version, content_id,"
                      + " control_count, published_by, published_at, latest, marking_id) values"
                      + " (?, ?, ?, 'PROFILE', 'cat', 'LOW', ?, '1', '1.1.2', ?, 3, 'sam', ?,"
                      + " true, ?)")
              .setParameter(1, board.value())
              .setParameter(2, series)
              .setParameter(3, version)
              .setParameter(4, UUID.randomUUID().toString())
              .setParameter(5, content.longValue())
              .setParameter(6, Instant.now())
              .setParameter(7, marking.id())
              .executeUpdate();
          Number id =
              (Number)
                  em.createNativeQuery(
                          "select id from oscal_publication where name = ? and version = ?")
                      .setParameter(1, series)
                      .setParameter(2, version)
                      .getSingleResult();
          return new PublicationView(
              id.longValue(),
              board.value(),
              series,
              version,
              OscalKind.PROFILE,
              "cat",
              "LOW",
              "1",
              Instant.now(),
              3,
              TlpLevel.CLEAR);
        });
  }

  private long attest(PublicationView baseline, Instant at, Statement... statements) {
    return inTransaction(
        () -> {
          Attestation a =
              Attestation.privateTo(
                  supplier,
                  "Widget",
                  "Widget attestation",
                  baseline,
                  "{\"component-definition\":{}}".getBytes(),
                  List.of(statements),
                  "alice",
                  at);
          repository.store(a);
          return a.id();
        });
  }

  private static Statement said(String control, ImplementationStatus status) {
    return new Statement(control, status, "about " + control);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void privateToItsOrganizationUntilItsMarkingNamesAnother(TestDatabases db) {
    open(db);
    PublicationView v1 = publication(1);
    long id =
        attest(
            v1,
            Instant.parse("2026-01-01T00:00:00Z"),
            said("sr-3", ImplementationStatus.PARTIAL),
            said("ac-1", ImplementationStatus.IMPLEMENTED));

    Attestation mine = repository.find(member(supplier), id).orElseThrow();
    assertEquals(
        List.of(
            said("sr-3", ImplementationStatus.PARTIAL),
            said("ac-1", ImplementationStatus.IMPLEMENTED)),
        mine.statements(),
        "statements in the document's order");
    assertEquals(v1.id(), mine.baselineId());
    assertEquals("{\"component-definition\":{}}", new String(mine.content()));
    assertTrue(repository.find(member(customer), id).isEmpty());
    assertTrue(repository.find(Viewer.anonymous(), id).isEmpty());
    assertTrue(repository.visible(member(customer), 1000).stream().noneMatch(a -> a.id() == id));
    assertTrue(repository.visible(member(supplier), 1000).stream().anyMatch(a -> a.id() == id));

    inTransaction(
        () -> {
          Attestation a = repository.find(member(supplier), id).orElseThrow();
          a.marking()
              .replaceWith(
                  Marking.of(
                      TlpLevel.AMBER_STRICT,
                      supplier,
                      Set.of(customer.value()),
                      Set.of(),
                      Set.of(),
                      null));
          return null;
        });
    assertTrue(repository.find(member(customer), id).isPresent());
    assertTrue(repository.visible(member(customer), 1000).stream().anyMatch(a -> a.id() == id));
    assertTrue(repository.find(member(board), id).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void coverageIsTheNewestVisibleAttestationOfTheSeriesOnItsPinnedVersion(TestDatabases db) {
    open(db);
    PublicationView v1 = publication(1);
    PublicationView v2 = publication(2);
    Map<Long, List<ControlView>> controls =
        Map.of(
            v1.id(), List.of(control(v1, "ac-1"), control(v1, "sr-3"), control(v1, "sr-5")),
            v2.id(), List.of(control(v2, "ac-1")));
    AttestationCoverage directory = new AttestationCoverage();
    directory.attestations = repository;
    directory.baselines = new Directory(List.of(v1, v2), controls);

    long older =
        attest(
            v1,
            Instant.parse("2026-01-01T00:00:00Z"),
            said("ac-1", ImplementationStatus.IMPLEMENTED));
    long newer =
        attest(
            v1,
            Instant.parse("2026-02-01T00:00:00Z"),
            said("ac-1", ImplementationStatus.IMPLEMENTED),
            said("sr-3", ImplementationStatus.PARTIAL));
    // the customer sees neither yet
    assertTrue(directory.coverage(member(customer), supplier, v2.id()).isEmpty());

    Coverage own = directory.coverage(member(supplier), supplier, v2.id()).orElseThrow();
    assertEquals(newer, own.attestationId());
    assertEquals(v1.id(), own.baselineId(), "pinned to the version attested");
    assertEquals(3, own.required());
    // (1 + 1/2) / 3
    assertEquals(0.5, own.ratio(), 1e-12);
    assertEquals(List.of("sr-3", "sr-5"), own.gaps());

    // shared, the older one only: that is the newest the customer may see
    inTransaction(
        () -> {
          repository
              .find(member(supplier), older)
              .orElseThrow()
              .marking()
              .replaceWith(
                  Marking.of(
                      TlpLevel.AMBER_STRICT,
                      supplier,
                      Set.of(customer.value()),
                      Set.of(),
                      Set.of(),
                      null));
          return null;
        });
    Coverage seen = directory.coverage(member(customer), supplier, v1.id()).orElseThrow();
    assertEquals(older, seen.attestationId());
    assertEquals(1.0 / 3.0, seen.ratio(), 1e-12);
  }

  private static ControlView control(PublicationView p, String id) {
    return new ControlView(
        p.id(), "cat", id, id.toUpperCase(), "T " + id, id.substring(0, 2), "F", null);
  }

  /** The baseline store as the coverage reads it: public publications with fixed controls. */
  private record Directory(List<PublicationView> all, Map<Long, List<ControlView>> controls)
      implements BaselineDirectory {
    @Override
    public List<PublicationView> publications(Viewer viewer) {
      return all;
    }

    @Override
    public List<PublicationView> versions(Viewer viewer, String publisher, String name) {
      return all;
    }

    @Override
    public Optional<PublicationView> publication(Viewer viewer, long id) {
      return all.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public List<ControlView> controls(Viewer viewer, long publicationId) {
      return controls.getOrDefault(publicationId, List.of());
    }

    @Override
    public Optional<ControlView> control(Viewer viewer, long publicationId, String controlId) {
      return Optional.empty();
    }

    @Override
    public List<ControlView> search(Viewer viewer, String text, int limit) {
      return List.of();
    }

    @Override
    public List<ControlView> search(Viewer viewer, long publicationId, String text, int limit) {
      return List.of();
    }

    @Override
    public Optional<ControlView> cited(Viewer viewer, String catalog, String controlId) {
      return Optional.empty();
    }
  }
}
