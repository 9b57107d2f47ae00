package org.scrmportal.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.testing.TestDatabases;

/**
 * Publications and controls on real databases (H2 and PostgreSQL): versions of a series are
 * numbered per publisher and leave earlier ones as they were; every read (lists, versions, one
 * publication, controls, search, citations, imports) answers only with what the viewer may see.
 */
class JpaBaselineDirectoryTest {

  private EntityManager em;
  private JpaBaselineDirectory directory;

  private final OrganizationId board = org("board");
  private final OrganizationId other = org("other");
  private final String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

  private static OrganizationId org(String prefix) {
    return new OrganizationId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    directory = new JpaBaselineDirectory();
    directory.em = em;
    directory.policy = new AccessPolicy();
    inTransaction(
        () -> {
          for (OrganizationId id : List.of(board, other)) {
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

  private static Viewer member(OrganizationId org) {
    return new Viewer("subject-" + org.value(), org, Tier.T1, false, Set.of(), false);
  }

  /** Publishes a version the way Baselines does: the newest of the series is superseded. */
  private long publish(String name, TlpLevel tlp, List<String> aliases, String... controlIds) {
    return inTransaction(
        () -> {
          int version =
              directory
                  .newestOwn(board, name)
                  .map(
                      p -> {
                        p.superseded();
                        return p.version() + 1;
                      })
                  .orElse(1);
          Publication p =
              new Publication(
                  new Publication.Draft(
                      board,
                      name,
                      version,
                      OscalKind.CATALOG,
                      name,
                      "Title of " + name,
                      UUID.randomUUID().toString(),
                      "1.0",
                      "1.1.2",
                      null,
                      ("{\"v\":" + version + "}").getBytes(StandardCharsets.UTF_8),
                      null,
                      aliases,
                      controlIds.length,
                      "subject",
                      Instant.now(),
                      Marking.of(tlp, board, Set.of(), Set.of(), Set.of(), null)));
          List<OscalControl.Row> rows = new java.util.ArrayList<>();
          for (String id : controlIds) {
            rows.add(
                new OscalControl.Row(
                    id,
                    id.toUpperCase(),
                    "Control " + id,
                    "sr",
                    "Supply Chain Risk Management",
                    null,
                    rows.size(),
                    ("control " + id + " supply chain " + word).toLowerCase(),
                    "{}"));
          }
          directory.store(p, rows);
          return p.id();
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void versionsAreAddedAndEarlierOnesStay(TestDatabases db) {
    open(db);
    String name = "series-" + word;
    long v1 = publish(name, TlpLevel.CLEAR, List.of(), "sr-1", "sr-2");
    long v2 = publish(name, TlpLevel.CLEAR, List.of(), "sr-1");
    Viewer anyone = Viewer.anonymous();

    List<PublicationView> versions = directory.versions(anyone, board.value(), name);
    assertEquals(List.of(2, 1), versions.stream().map(PublicationView::version).toList());
    assertEquals(
        List.of("sr-1", "sr-2"),
        directory.controls(anyone, v1).stream().map(ControlView::controlId).toList());
    assertEquals(1, directory.controls(anyone, v2).size());
    assertEquals(
        "{\"v\":1}",
        new String(directory.find(anyone, v1).orElseThrow().content(), StandardCharsets.UTF_8));
    List<PublicationView> listed =
        directory.publications(anyone).stream().filter(p -> p.name().equals(name)).toList();
    assertEquals(1, listed.size(), "one row per series");
    assertEquals(v2, listed.get(0).id(), "the newest version");
    // search covers the newest versions only
    assertEquals(
        List.of(v2),
        directory.search(anyone, word, 50).stream()
            .map(ControlView::publicationId)
            .distinct()
            .toList());
    assertEquals(2, directory.search(anyone, v1, word, 50).size(), "or one publication");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aVersionNumberIsTakenOnce(TestDatabases db) {
    open(db);
    String name = "dup-" + word;
    publish(name, TlpLevel.CLEAR, List.of(), "sr-1");
    assertThrows(
        PersistenceException.class,
        () ->
            inTransaction(
                () -> {
                  Publication p =
                      new Publication(
                          new Publication.Draft(
                              board,
                              name,
                              1,
                              OscalKind.CATALOG,
                              name,
                              "t",
                              UUID.randomUUID().toString(),
                              "1",
                              "1.1.2",
                              null,
                              new byte[] {1},
                              null,
                              List.of(),
                              0,
                              "s",
                              Instant.now(),
                              Marking.of(
                                  TlpLevel.CLEAR, board, Set.of(), Set.of(), Set.of(), null)));
                  directory.store(p, List.of());
                  return null;
                }),
        "(publisher, name, version) is unique: nothing is rewritten");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void everyReadGoesThroughThePolicy(TestDatabases db) {
    open(db);
    String alias = "https://example.org/" + word + "/catalog.json";
    long amber = publish("amber-" + word, TlpLevel.AMBER, List.of(alias), "sr-1");
    Viewer author = member(board);
    Viewer stranger = member(other);

    assertTrue(directory.publication(author, amber).isPresent());
    assertTrue(directory.publication(stranger, amber).isEmpty());
    assertTrue(directory.find(Viewer.anonymous(), amber).isEmpty());
    assertTrue(directory.controls(stranger, amber).isEmpty());
    assertTrue(directory.control(stranger, amber, "SR-1").isEmpty());
    assertEquals("sr-1", directory.control(author, amber, "SR-1").orElseThrow().controlId());
    assertTrue(directory.versions(stranger, board.value(), "amber-" + word).isEmpty());
    assertFalse(
        directory.publications(stranger).stream().anyMatch(p -> p.id() == amber), "not listed");
    assertTrue(directory.search(stranger, word, 50).isEmpty());
    assertEquals(1, directory.search(author, word, 50).size());

    // imports and citations: by alias, name, catalog name or title, case-insensitive
    assertEquals(List.of(amber), ids(directory.byAlias(author, alias.toUpperCase())));
    assertTrue(directory.byAlias(stranger, alias).isEmpty());
    assertEquals(List.of(amber), ids(directory.byName(author, "amber-" + word, null)));
    assertTrue(directory.byName(stranger, "amber-" + word, 1).isEmpty());
    assertEquals(
        "sr-1", directory.cited(author, "AMBER-" + word, "SR-1").orElseThrow().controlId());
    assertEquals("sr-1", directory.cited(author, alias, "sr-1").orElseThrow().controlId());
    assertEquals(
        "sr-1",
        directory
            .cited(author, "title of amber-" + word, "SR 1".replace(" ", "-"))
            .orElseThrow()
            .controlId());
    assertTrue(directory.cited(stranger, "amber-" + word, "SR-1").isEmpty());
  }

  private static List<Long> ids(List<Publication> publications) {
    return publications.stream().map(Publication::id).toList();
  }
}
