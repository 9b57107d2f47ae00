package org.scrmportal.baseline.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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
 * What linking costs per envelope at ingest: 5,000 attack patterns that all carry ATT&CK and CAPEC
 * references (the worst case: an ATT&CK release), 50 of them also citing NIST SP 800-53, against
 * the ingest time of such an envelope (docs/BENCHMARKS.md). Runs only when asked:
 *
 * <pre>
 * ./mvnw -B -ntp -pl ejb test -Dtest=LinkIndexerBenchmarkTest -Dmapping.bench=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "mapping.bench", matches = "true")
class LinkIndexerBenchmarkTest {

  private static final OrganizationId ACME = new OrganizationId("acme-bench");

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void indexingAnEnvelopeOfReferencingObjects(TestDatabases db) {
    EntityManager em = db.entityManagerFactory().createEntityManager();
    JpaControlLinks repository = new JpaControlLinks();
    repository.em = em;
    repository.policy = new AccessPolicy();
    LinkIndexer indexer = new LinkIndexer();
    indexer.links = repository;
    indexer.clock = Clock.systemUTC();
    indexer.directory = directory();
    Marking marking = Marking.of(TlpLevel.CLEAR, ACME, Set.of(), Set.of(), Set.of(), null);
    em.getTransaction().begin();
    em.persist(marking);
    em.flush();
    Viewer submitter = new Viewer("s", ACME, Tier.T2, false, Set.of(), false);
    for (int round = 0; round < 3; round++) {
      List<ObjectsStored.Version> versions = new ArrayList<>();
      for (int i = 0; i < 5000; i++) {
        String id = "attack-pattern--" + UUID.randomUUID();
        String nist =
            i % 100 == 0 ? ",{\"source_name\":\"NIST SP 800-53\",\"external_id\":\"SR-3\"}" : "";
        String json =
            ("{\"type\":\"attack-pattern\",\"spec_version\":\"2.1\",\"id\":\"%s\","
                    + "\"created\":\"2024-01-02T03:04:05.000Z\",\"modified\":\"2024-01-02T03:04:05.000Z\","
                    + "\"name\":\"p%d\",\"external_references\":[{\"source_name\":\"mitre-attack\","
                    + "\"external_id\":\"T%04d.%03d\",\"url\":\"https://attack.mitre.org/x\"},"
                    + "{\"source_name\":\"capec\",\"external_id\":\"CAPEC-%d\"}%s]}")
                .formatted(id, i, 1000 + i % 9000, i % 1000, i, nist);
        versions.add(
            new ObjectsStored.Version(
                UUID.randomUUID().toString(),
                StixObject.fromStored(json),
                Instant.parse("2024-01-02T03:04:05Z"),
                marking));
      }
      long start = System.nanoTime();
      indexer.onObjectsStored(new ObjectsStored(submitter, versions));
      em.flush();
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "%s round %d: 5,000 referencing objects indexed in %d ms%n", db, round, millis);
      assertTrue(millis < 60_000);
    }
    em.getTransaction().rollback();
    em.close();
  }

  private static BaselineDirectory directory() {
    return new BaselineDirectory() {
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
      public Optional<ControlView> cited(Viewer viewer, String catalog, String controlId) {
        return Optional.of(
            new ControlView(
                1, Citations.NIST_800_53_REV5, controlId, controlId, "t", "sr", "SR", null));
      }
    };
  }
}
