package org.scrmportal.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.oscal.OscalInvalid;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.testing.TestDatabases;

/**
 * Publishing through the service on real databases, with the real OSCAL facade: versions per
 * (publisher, name), and how a profile's imports find stored publications (the rules of {@link
 * StoredImports}): a back-matter resource's rlinks or an href matching an alias, our URN with or
 * without a version, a file name; only among what the publisher may see; the publisher's own first;
 * a reference to the series being published is the upload itself, so importing oneself is a cycle.
 */
class BaselinesTest {

  private EntityManager em;
  private Baselines baselines;
  private Viewer current;

  private final OrganizationId board = org("board");
  private final OrganizationId other = org("other");
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private static OrganizationId org(String prefix) {
    return new OrganizationId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    JpaBaselineDirectory directory = new JpaBaselineDirectory();
    directory.em = em;
    directory.policy = new AccessPolicy();
    baselines = new Baselines();
    baselines.store = directory;
    baselines.directory = directory;
    baselines.clock = Clock.systemUTC();
    baselines.viewer =
        new CurrentViewer() {
          @Override
          public Viewer get() {
            return current;
          }
        };
    baselines.principal =
        new PortalPrincipal() {
          @Override
          public Optional<String> subject() {
            return Optional.of(current.subject());
          }
        };
    inTransaction(
        () -> {
          for (OrganizationId id : List.of(board, other)) {
            em.persist(
                Organization.admitted(
                    new OrganizationClaims(
                        id, id.value(), OrganizationType.STANDARDS_BODY, Tier.T1, "", "DE"),
                    Instant.now()));
          }
          return null;
        });
    as(board);
  }

  private void as(OrganizationId org) {
    current = new Viewer("subject-" + org.value(), org, Tier.T1, false, Set.of(), false);
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

  private PublicationView publish(byte[] doc, String name, TlpLevel tlp, List<String> aliases) {
    MarkingRequest marking =
        tlp == null ? null : new MarkingRequest(tlp, Set.of(), Set.of(), Set.of(), null);
    return inTransaction(() -> baselines.publish(doc, name, marking, aliases));
  }

  private List<String> controlIds(long id) {
    return inTransaction(
        () -> baselines.controls(id, null).stream().map(ControlView::controlId).toList());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aNewUploadAddsAVersion(TestDatabases db) {
    open(db);
    String name = "cat-" + run;
    PublicationView v1 = publish(Samples.catalog("one", "sr-1", "sr-2"), name, null, List.of());
    PublicationView v2 = publish(Samples.catalog("two", "sr-1"), name, null, List.of());
    assertEquals(1, v1.version());
    assertEquals(2, v2.version());
    assertEquals(OscalKind.CATALOG, v1.kind());
    assertEquals(TlpLevel.CLEAR, v1.tlp(), "published standards are TLP:CLEAR by default");
    assertEquals(List.of("sr-1", "sr-2"), controlIds(v1.id()), "version 1 as it was");
    assertEquals(List.of("sr-1"), controlIds(v2.id()));
    as(other);
    assertEquals(
        1,
        publish(Samples.catalog("mine", "sr-1"), name, null, List.of()).version(),
        "versions count per publisher");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void importsFindStoredPublications(TestDatabases db) {
    open(db);
    String catalog = "nist-" + run;
    String url = "https://example.org/" + run + "/full-catalog.json";
    PublicationView c =
        publish(Samples.catalog("catalog", "sr-1", "sr-2", "sr-3"), catalog, null, List.of(url));

    // a back-matter resource whose rlinks name an alias
    PublicationView byRlink =
        publish(
            Samples.profileViaBackMatter(List.of("https://nowhere.example/x.xml", url), "sr-2"),
            "p1-" + run,
            null,
            List.of());
    assertEquals(List.of("sr-2"), controlIds(byRlink.id()));
    assertEquals(catalog, byRlink.catalogName(), "a profile's controls come from the catalog");
    assertEquals(OscalKind.PROFILE, byRlink.kind());
    // an href that is an alias, in other case
    assertEquals(
        List.of("sr-1"),
        controlIds(
            publish(Samples.profile(url.toUpperCase(), "sr-1"), "p2-" + run, null, List.of())
                .id()));
    // our URN, newest or one version
    publish(Samples.catalog("catalog v2", "sr-1"), catalog, null, List.of());
    assertEquals(
        List.of("sr-3"),
        controlIds(
            publish(
                    Samples.profile("urn:scrm:baseline:" + catalog + ":1", "sr-3"),
                    "p3-" + run,
                    null,
                    List.of())
                .id()));
    OscalInvalid gone =
        assertThrows(
            OscalInvalid.class,
            () ->
                publish(
                    Samples.profile("urn:scrm:baseline:" + catalog, "sr-3"),
                    "p4-" + run,
                    null,
                    List.of()),
            "without a version the newest, which has no sr-3");
    assertTrue(gone.problems().get(0).path().startsWith("/profile/imports/0"), gone.getMessage());
    // a file name is a series name
    assertEquals(
        List.of("sr-1"),
        controlIds(
            publish(
                    Samples.profile("../../catalogs/" + catalog + ".xml", "sr-1"),
                    "p5-" + run,
                    null,
                    List.of())
                .id()));
    // a profile of a profile
    assertEquals(
        List.of("sr-2"),
        controlIds(
            publish(
                    Samples.profile("urn:scrm:baseline:p1-" + run, "sr-2"),
                    "p6-" + run,
                    null,
                    List.of())
                .id()));
    assertTrue(c.id() > 0);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void importsSeeOnlyWhatThePublisherMaySeeAndPreferItsOwn(TestDatabases db) {
    open(db);
    String shared = "shared-" + run;
    publish(Samples.catalog("board's", "sr-1", "sr-2"), shared, null, List.of());
    String hidden = "hidden-" + run;
    publish(Samples.catalog("board's hidden", "sr-1"), hidden, TlpLevel.AMBER, List.of());

    as(other);
    OscalInvalid missing =
        assertThrows(
            OscalInvalid.class,
            () ->
                publish(
                    Samples.profile("urn:scrm:baseline:" + hidden, "sr-1"),
                    "q1-" + run,
                    null,
                    List.of()));
    assertTrue(missing.getMessage().contains("no stored catalog or profile"), missing.getMessage());
    // both organizations publish a series of that name: the publisher's own wins
    publish(Samples.catalog("other's", "sr-2"), shared, null, List.of());
    PublicationView p =
        publish(
            Samples.profile("urn:scrm:baseline:" + shared, "sr-2"), "q2-" + run, null, List.of());
    assertEquals(List.of("sr-2"), controlIds(p.id()));
    as(board);
    PublicationView q =
        publish(
            Samples.profile("urn:scrm:baseline:" + shared, "sr-1"), "q3-" + run, null, List.of());
    assertEquals(List.of("sr-1"), controlIds(q.id()), "board's own catalog has sr-1");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void refusalsStoreNothing(TestDatabases db) {
    open(db);
    String catalog = "c-" + run;
    publish(Samples.catalog("c", "sr-1"), catalog, null, List.of());
    String a = "a-" + run;
    publish(Samples.profile("urn:scrm:baseline:" + catalog, "sr-1"), a, null, List.of());
    String b = "b-" + run;
    publish(Samples.profile("urn:scrm:baseline:" + a, "sr-1"), b, null, List.of());
    int before = inTransaction(() -> baselines.publications().size());

    OscalInvalid self =
        assertThrows(
            OscalInvalid.class,
            () -> publish(Samples.profile("urn:scrm:baseline:" + a, "sr-1"), a, null, List.of()));
    OscalInvalid cycle =
        assertThrows(
            OscalInvalid.class,
            () -> publish(Samples.profile("urn:scrm:baseline:" + b, "sr-1"), a, null, List.of()));
    assertTrue(cycle.getMessage().contains("import each other"), cycle.getMessage());
    assertTrue(self.getMessage().contains("import each other"), self.getMessage());
    assertThrows(
        OscalInvalid.class,
        () ->
            publish(
                "{\"catalog\": {\"uuid\": \"x\"}}".getBytes(StandardCharsets.UTF_8),
                "bad-" + run,
                null,
                List.of()));
    DomainException name =
        assertThrows(
            DomainException.class,
            () -> publish(Samples.catalog("x", "sr-1"), "no blanks", null, List.of()));
    assertEquals(DomainException.Kind.INVALID, name.kind());

    assertEquals(before, inTransaction(() -> baselines.publications().size()));
    long idOfA =
        inTransaction(
                () -> baselines.publications().stream().filter(p -> p.name().equals(a)).findFirst())
            .orElseThrow()
            .id();
    assertEquals(1, inTransaction(() -> baselines.versions(idOfA)).size());
  }

  /** Small OSCAL 1.1 documents. */
  static final class Samples {

    private static final String METADATA =
        "\"metadata\": {\"title\": \"%s\", \"last-modified\": \"2024-05-01T00:00:00Z\","
            + " \"version\": \"1.0\", \"oscal-version\": \"1.1.2\"}";

    static byte[] catalog(String title, String... ids) {
      StringBuilder controls = new StringBuilder();
      for (String id : ids) {
        if (controls.length() > 0) {
          controls.append(',');
        }
        controls.append(
            """
            {"id": "%s", "title": "Control %s", "props": [{"name": "label", "value": "%s"}],
             "parts": [{"id": "%s_smt", "name": "statement", "prose": "Do %s."}]}
            """
                .formatted(id, id, id.toUpperCase(), id, id));
      }
      return ("{\"catalog\": {\"uuid\": \"%s\", "
              + METADATA.formatted(title)
              + ", \"groups\": [{\"id\": \"sr\", \"class\": \"family\", \"title\": \"Supply Chain"
              + " Risk Management\", \"controls\": [%s]}]}}")
          .formatted(UUID.randomUUID(), controls)
          .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] profile(String href, String... ids) {
      return ("{\"profile\": {\"uuid\": \"%s\", "
              + METADATA.formatted("profile")
              + ", \"imports\": [{\"href\": \"%s\", \"include-controls\": [{\"with-ids\": [%s]}]}]}}")
          .formatted(UUID.randomUUID(), href, quoted(ids))
          .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] profileViaBackMatter(List<String> rlinks, String... ids) {
      String resource = UUID.randomUUID().toString();
      return ("{\"profile\": {\"uuid\": \"%s\", "
              + METADATA.formatted("profile")
              + ", \"imports\": [{\"href\": \"#%s\", \"include-controls\": [{\"with-ids\": [%s]}]}],"
              + " \"back-matter\": {\"resources\": [{\"uuid\": \"%s\", \"rlinks\": [%s]}]}}}")
          .formatted(
              UUID.randomUUID(),
              resource,
              quoted(ids),
              resource,
              String.join(",", rlinks.stream().map(r -> "{\"href\": \"" + r + "\"}").toList()))
          .getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String... ids) {
      return String.join(",", java.util.Arrays.stream(ids).map(i -> "\"" + i + "\"").toList());
    }
  }
}
