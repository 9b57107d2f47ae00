package org.scrmportal.baseline.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.StixObject;
import org.scrmportal.stix.store.ObjectsStored;
import org.scrmportal.testing.TestDatabases;

/**
 * Links against real databases (H2 and PostgreSQL): a STIX object's external references link it as
 * it is stored, a mapping's rows link objects carrying an ATT&CK id, and every viewer reads exactly
 * the links whose marking and target it may see.
 */
class ControlLinksStoreTest {

  private static final OrganizationId ACME = new OrganizationId("acme-links");
  private static final OrganizationId GRID = new OrganizationId("grid-links");
  private static final OrganizationId BOARD = new OrganizationId("board-links");
  private static final Viewer ALICE =
      new Viewer("sub-alice-l", ACME, Tier.T2, false, Set.of(), false);
  private static final Viewer NORA =
      new Viewer("sub-nora-l", GRID, Tier.T2, false, Set.of(), false);
  private static final Viewer GINA =
      new Viewer("sub-gina-l", BOARD, Tier.T3, false, Set.of(), false);

  private EntityManager em;
  private JpaControlLinks repository;
  private LinkIndexer indexer;
  private final String catalog = "CAT-" + UUID.randomUUID();
  private final String collection = UUID.randomUUID().toString();

  /** One catalog, whose every well-formed control exists, cited by its name or "NIST SP 800-53". */
  private final BaselineDirectory directory =
      new BaselineDirectory() {
        @Override
        public List<PublicationView> publications(Viewer viewer) {
          return List.of();
        }

        @Override
        public List<PublicationView> versions(Viewer viewer, String publisher, String name) {
          return List.of();
        }

        @Override
        public Optional<PublicationView> publication(Viewer viewer, long id) {
          return Optional.empty();
        }

        @Override
        public List<ControlView> controls(Viewer viewer, long publicationId) {
          return List.of();
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
        public Optional<ControlView> cited(Viewer viewer, String name, String controlId) {
          return name.equalsIgnoreCase(catalog) || name.equals(Citations.NIST_800_53_REV5)
              ? Optional.of(
                  new ControlView(1, catalog, controlId, controlId, "t", "sr", "SR", null))
              : Optional.empty();
        }
      };

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    repository = new JpaControlLinks();
    repository.em = em;
    repository.policy = new AccessPolicy();
    indexer = new LinkIndexer();
    indexer.links = repository;
    indexer.directory = directory;
    indexer.clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
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

  /** Stores one version shared by {@code author} under {@code marking}, and tells the indexer. */
  private String store(String type, String refs, Marking marking) {
    String id = type + "--" + UUID.randomUUID();
    String json =
        ("{\"type\":\"%s\",\"spec_version\":\"2.1\",\"id\":\"%s\","
                + "\"created\":\"2024-01-02T03:04:05.000Z\",\"modified\":\"2024-01-02T03:04:05.000Z\","
                + "\"name\":\"n %s\",\"external_references\":%s}")
            .formatted(type, id, id, refs);
    Instant version = Instant.parse("2024-01-02T03:04:05Z").truncatedTo(ChronoUnit.MICROS);
    inTransaction(
        () -> {
          em.persist(marking);
          em.flush();
          em.createNativeQuery(
                  "insert into stix_object (collection_id, object_id, object_type,"
                      + " spec_version, created, modified, version, version_text,"
                      + " date_added, revoked, latest, json) values (?1, ?2, ?3, '2.1',"
                      + " ?4, ?4, ?4, '2024-01-02T03:04:05.000Z', ?5, false, true, ?6)")
              .setParameter(1, collection)
              .setParameter(2, id)
              .setParameter(3, type)
              .setParameter(4, version)
              .setParameter(5, Instant.now())
              .setParameter(6, json)
              .executeUpdate();
          Number seq =
              (Number)
                  em.createNativeQuery("select max(seq) from stix_object where object_id = ?1")
                      .setParameter(1, id)
                      .getSingleResult();
          em.createNativeQuery(
                  "insert into stix_share (object_seq, org_id, marking_id, submitted_by, shared_at)"
                      + " values (?1, ?2, ?3, 'u', ?4)")
              .setParameter(1, seq.longValue())
              .setParameter(2, marking.author().value())
              .setParameter(3, marking.id())
              .setParameter(4, Instant.now())
              .executeUpdate();
          Viewer submitter = new Viewer("s", marking.author(), Tier.T2, false, Set.of(), false);
          indexer.onObjectsStored(
              new ObjectsStored(
                  submitter,
                  List.of(
                      new ObjectsStored.Version(
                          collection, StixObject.fromStored(json), version, marking))));
          return null;
        });
    return id;
  }

  private List<String> linked(Viewer viewer, String control) {
    return inTransaction(() -> repository.linked(viewer, catalog, control)).stream()
        .map(LinkedThreat::stixId)
        .toList();
  }

  private static Marking marking(TlpLevel level, OrganizationId author, Set<String> orgs) {
    return Marking.of(level, author, orgs, Set.of(), Set.of(), null);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aReferenceLinksTheObjectForThoseWhoMaySeeItOnly(TestDatabases db) {
    open(db);
    String clear =
        store(
            "attack-pattern",
            "[{\"source_name\":\"NIST SP 800-53\",\"external_id\":\"SR-3\"}]",
            marking(TlpLevel.CLEAR, ACME, Set.of()));
    String strict =
        store(
            "indicator",
            "[{\"source_name\":\"" + catalog + "\",\"external_id\":\"SR-3\"}]",
            marking(TlpLevel.AMBER_STRICT, ACME, Set.of(BOARD.value())));
    Marking red = Marking.of(TlpLevel.RED, ACME, Set.of(), Set.of(), Set.of(NORA.subject()), null);
    String named =
        store("malware", "[{\"source_name\":\"" + catalog + "\",\"url\":\"https://x#SR-3\"}]", red);
    store(
        "attack-pattern",
        "[{\"source_name\":\"Unknown catalog\",\"external_id\":\"SR-3\"}]",
        marking(TlpLevel.CLEAR, ACME, Set.of()));

    assertEquals(List.of(clear), linked(Viewer.anonymous(), "sr-3"));
    // the author organization sees its own objects, also TLP:RED ones
    assertEquals(List.of(clear, strict, named), linked(ALICE, "sr-3"));
    assertEquals(List.of(clear, strict), linked(GINA, "sr-3"));
    assertEquals(List.of(clear, named), linked(NORA, "sr-3"));
    assertTrue(linked(ALICE, "sr-11").isEmpty());

    List<LinkedControl> controls = inTransaction(() -> repository.controlsFor(NORA, strict));
    assertTrue(controls.isEmpty(), "nora may not see the AMBER+STRICT object: no controls");
    List<LinkedControl> mine = inTransaction(() -> repository.controlsFor(GINA, strict));
    assertEquals(
        List.of(
            new LinkedControl(catalog, "sr-3", "SR-3", Set.of(LinkSource.STIX_REFERENCE), null)),
        mine);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aMappingLinksObjectsCarryingItsIdentifiersNowAndLater(TestDatabases db) {
    open(db);
    String attack = "T" + (1000 + (int) (Math.random() * 8999)) + ".002";
    String refs = "[{\"source_name\":\"mitre-attack\",\"external_id\":\"" + attack + "\"}]";
    String before = store("attack-pattern", refs, marking(TlpLevel.CLEAR, ACME, Set.of()));
    String hidden = store("attack-pattern", refs, marking(TlpLevel.AMBER_STRICT, GRID, Set.of()));
    Marking mappingMarking = marking(TlpLevel.CLEAR, BOARD, Set.of());
    inTransaction(
        () -> {
          ControlMapping mapping = new ControlMapping("m", "sam", Instant.now(), 1, mappingMarking);
          repository.store(mapping);
          repository.storeEntries(
              List.of(
                  new ControlMappingEntry(
                      mapping.id(),
                      1,
                      MappingScheme.ATTACK,
                      attack,
                      catalog,
                      "sr-3",
                      "mitigates",
                      null)));
          for (ControlLinkRepository.StoredCarrier o :
              repository.objectsCarrying(
                  Set.of(new ExternalReferences.SchemeId(MappingScheme.ATTACK, attack)))) {
            repository.store(
                ControlLink.toObject(
                    LinkIndexer.origin(
                        new ControlLinkRepository.MappedControl(
                            mapping.id(),
                            MappingScheme.ATTACK,
                            attack,
                            catalog,
                            "sr-3",
                            "mitigates",
                            mappingMarking),
                        "sam",
                        Instant.now()),
                    o.stixId(),
                    o.collectionId(),
                    o.version(),
                    o.type(),
                    o.title()));
          }
          return null;
        });
    String after = store("attack-pattern", refs, marking(TlpLevel.CLEAR, ACME, Set.of()));

    assertEquals(List.of(before, after), linked(ALICE, "sr-3"));
    assertEquals(List.of(before, hidden, after), linked(NORA, "sr-3"));
    assertEquals(List.of(before, after), linked(Viewer.anonymous(), "sr-3"));
  }
}
