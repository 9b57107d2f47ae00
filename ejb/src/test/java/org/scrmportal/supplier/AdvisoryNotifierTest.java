package org.scrmportal.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.AdvisoryStored;
import org.scrmportal.identity.Person;
import org.scrmportal.identity.PersonRepository;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.testing.TestDatabases;

/**
 * The product index, matching and notices on real databases (H2 and PostgreSQL): only an
 * organization whose inventory matches and that may see the advisory is told; drafts tell nobody;
 * VEX closes; TLP:RED reaches the named person only; inventories are private.
 */
class AdvisoryNotifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Advisory ids, increasing in storing order and unique per run, like the store's sequence. */
  private static final java.util.concurrent.atomic.AtomicLong IDS =
      new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() * 1000);

  private EntityManager em;
  private AdvisoryNotifier notifier;
  private JpaInventoryRepository inventories;
  private JpaNoticeRepository notices;
  private final List<Notice> announced = new ArrayList<>();
  private final Map<String, Person> persons = new java.util.HashMap<>();

  private final OrganizationId publisher = org("pub");
  private final OrganizationId a = org("a");
  private final OrganizationId b = org("b");
  private final String cve = "CVE-2099-" + (10000 + ThreadLocalRandom.current().nextInt(80000));

  private static OrganizationId org(String prefix) {
    return new OrganizationId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    AccessPolicy policy = new AccessPolicy();
    inventories = new JpaInventoryRepository();
    inventories.em = em;
    inventories.policy = policy;
    notices = new JpaNoticeRepository();
    notices.em = em;
    notices.policy = policy;
    JpaProductIndex index = new JpaProductIndex();
    index.em = em;
    notifier = new AdvisoryNotifier();
    notifier.index = index;
    notifier.inventories = inventories;
    notifier.notices = notices;
    notifier.messages = announced::add;
    notifier.policy = policy;
    notifier.clock = Clock.systemUTC();
    notifier.memberships = org -> List.of();
    notifier.organizations =
        new OrganizationRepository() {
          @Override
          public Optional<Organization> find(OrganizationId id) {
            return Optional.ofNullable(em.find(Organization.class, id.value()));
          }

          @Override
          public List<Organization> findAll() {
            return List.of();
          }

          @Override
          public void store(Organization organization) {
            em.persist(organization);
          }
        };
    notifier.people = new People();
    inTransaction(
        () -> {
          for (OrganizationId id : List.of(publisher, a, b)) {
            em.persist(
                Organization.admitted(
                    new OrganizationClaims(
                        id, id.value(), OrganizationType.COMPANY, Tier.T1, "energy", "DE"),
                    Instant.now()));
          }
          return null;
        });
  }

  /** Known people by subject, for TLP:RED audiences. */
  private final class People implements PersonRepository {
    @Override
    public Optional<Person> find(String subject) {
      return Optional.ofNullable(persons.get(subject));
    }

    @Override
    public Optional<Person> findByUsername(String username) {
      return Optional.empty();
    }

    @Override
    public List<Person> findAll(Collection<String> subjects) {
      return subjects.stream().map(persons::get).filter(p -> p != null).toList();
    }

    @Override
    public List<Person> findByUsernames(Collection<String> usernames) {
      return List.of();
    }

    @Override
    public void releaseUsername(String username, String subject) {}

    @Override
    public void store(Person person) {}
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

  private static Viewer member(OrganizationId org, String subject) {
    return new Viewer(subject, org, Tier.T1, false, Set.of(), false);
  }

  private void inventory(OrganizationId org, Component... components) {
    inTransaction(
        () -> {
          Inventory inventory = Inventory.privateTo(org, Instant.now());
          inventories.store(inventory);
          for (Component c : components) {
            inventories.store(
                new InventoryEntry(inventory, InventoryEntry.DECLARED, c, Instant.now()));
          }
          return null;
        });
  }

  /** Adds to an inventory made earlier, as Inventories does: the notifier looks at the index. */
  private void addLater(OrganizationId org, Component... components) {
    inTransaction(
        () -> {
          Inventory inventory =
              inventories.own(org).orElseGet(() -> Inventory.privateTo(org, Instant.now()));
          if (inventory.id() == null) {
            inventories.store(inventory);
          }
          List<InventoryEntry> added = new ArrayList<>();
          for (Component c : components) {
            InventoryEntry e =
                new InventoryEntry(inventory, InventoryEntry.DECLARED, c, Instant.now());
            inventories.store(e);
            added.add(e);
          }
          notifier.entriesAdded(added);
          return null;
        });
  }

  private static final Component LOG4J_2141 =
      new Component(
          null, null, null, null, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", null);
  private static final Component LOG4J_2171 =
      new Component(
          null, null, null, null, "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1", null);

  private JsonNode advisory(String trackingId, String statusOfRange) {
    String doc =
        """
        {"document":{"title":"Log4Shell in %s","tracking":{"id":"%s","status":"final"}},
         "product_tree":{"branches":[{"category":"vendor","name":"Apache","branches":[
           {"category":"product_name","name":"log4j-core","branches":[
             {"category":"product_version_range","name":"vers:maven/>=2.0|<2.15.0",
              "product":{"product_id":"LOG4J-RANGE","name":"Apache Log4j core 2.0 to 2.14",
               "product_identification_helper":{"purl":"pkg:maven/org.apache.logging.log4j/log4j-core"}}}]}]}]},
         "vulnerabilities":[{"cve":"%s","product_status":{"%s":["LOG4J-RANGE"]}}]}
        """
            .formatted(trackingId, trackingId, cve, statusOfRange);
    try {
      return JSON.readTree(doc);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void store(JsonNode document, Marking marking, boolean draft) {
    long id = IDS.incrementAndGet(); // ids grow as the store's sequence makes them
    inTransaction(
        () -> {
          em.persist(marking);
          notifier.onStored(new AdvisoryStored(id, publisher, document, marking, draft));
          return null;
        });
  }

  private Marking amberFor(OrganizationId... orgs) {
    Set<String> ids = new java.util.HashSet<>();
    for (OrganizationId o : orgs) {
      ids.add(o.value());
    }
    return Marking.of(TlpLevel.AMBER, publisher, ids, Set.of(), Set.of(), null);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void onlyTheMatchingOrganizationThatMaySeeTheAdvisoryIsNotified(TestDatabases db) {
    open(db);
    inventory(a, LOG4J_2141);
    inventory(b, LOG4J_2141);
    store(advisory("T-" + UUID.randomUUID(), "known_affected"), amberFor(a), false);

    List<Notice> inboxA = notices.open(member(a, "sub-a1"), 100);
    assertEquals(1, inboxA.size());
    assertEquals("Apache Log4j core 2.0 to 2.14", inboxA.get(0).productName());
    assertEquals(cve, inboxA.get(0).cve());
    // B's inventory matches too, but the AMBER advisory is shared with A only
    assertTrue(notices.open(member(b, "sub-b1"), 100).isEmpty());
    assertEquals(0, notices.countOpen(member(b, "sub-b1")));
    assertEquals(1, announced.size());
    assertEquals(a, announced.get(0).organization());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aVersionOutsideTheRangeIsNotNotified(TestDatabases db) {
    open(db);
    inventory(a, LOG4J_2171);
    store(advisory("T-" + UUID.randomUUID(), "known_affected"), amberFor(a), false);
    assertTrue(notices.open(member(a, "sub-a1"), 100).isEmpty());
    assertTrue(announced.isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void draftsNotifyNobodyButAreIndexed(TestDatabases db) {
    open(db);
    inventory(a, LOG4J_2141);
    store(advisory("T-" + UUID.randomUUID(), "known_affected"), amberFor(a), true);
    assertTrue(notices.open(member(a, "sub-a1"), 100).isEmpty());
    assertTrue(announced.isEmpty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aVexDocumentOfThePublisherClosesTheNotice(TestDatabases db) {
    open(db);
    inventory(a, LOG4J_2141);
    store(advisory("T-" + UUID.randomUUID(), "known_affected"), amberFor(a), false);
    assertEquals(1, notices.countOpen(member(a, "sub-a1")));

    // another document of the same publisher, a VEX, says the product is not affected
    store(advisory("VEX-" + UUID.randomUUID(), "known_not_affected"), amberFor(a), false);
    assertEquals(0, notices.countOpen(member(a, "sub-a1")));
    assertEquals(2, announced.size());
    assertEquals(Notice.Status.CLOSED, announced.get(1).status());
    assertEquals(Exposure.Outcome.NOT_AFFECTED, announced.get(1).outcome());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aRevisionSayingFixedClosesTheNotice(TestDatabases db) {
    open(db);
    inventory(a, LOG4J_2141);
    String tracking = "T-" + UUID.randomUUID();
    store(advisory(tracking, "known_affected"), amberFor(a), false);
    store(advisory(tracking, "fixed"), amberFor(a), false);
    assertEquals(0, notices.countOpen(member(a, "sub-a1")));
    assertEquals(Exposure.Outcome.FIXED, announced.get(announced.size() - 1).outcome());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void redReachesOnlyTheNamedPerson(TestDatabases db) {
    open(db);
    inventory(a, LOG4J_2141);
    inventory(b, LOG4J_2141);
    String named = "sub-" + UUID.randomUUID();
    persons.put(named, person(named, a));
    Marking red = Marking.of(TlpLevel.RED, publisher, Set.of(), Set.of(), Set.of(named), null);
    store(advisory("T-" + UUID.randomUUID(), "known_affected"), red, false);

    assertEquals(1, notices.open(member(a, named), 100).size());
    assertTrue(notices.open(member(a, "sub-someone-else-in-a"), 100).isEmpty());
    assertTrue(notices.open(member(b, "sub-b1"), 100).isEmpty());
    assertEquals(1, announced.size());
    assertEquals(Optional.of(named), announced.get(0).recipient());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anInventoryIsPrivateToItsOrganizationUntilShared(TestDatabases db) {
    open(db);
    inventory(a, LOG4J_2141);
    assertTrue(inventories.find(member(a, "sub-a1"), a).isPresent());
    assertEquals(1, inventories.entries(member(a, "sub-a1"), a, 0, 10).size());
    assertFalse(inventories.find(member(b, "sub-b1"), a).isPresent());
    assertTrue(inventories.entries(member(b, "sub-b1"), a, 0, 10).isEmpty());

    inTransaction(
        () -> {
          Marking marking = inventories.own(a).orElseThrow().marking();
          marking.replaceWith(amberFor(b));
          return null;
        });
    assertEquals(1, inventories.entries(member(b, "sub-b1"), a, 0, 10).size());
  }

  private static Person person(String subject, OrganizationId org) {
    try {
      var constructor =
          Person.class.getDeclaredConstructor(
              String.class, String.class, String.class, String.class, Instant.class);
      constructor.setAccessible(true);
      return constructor.newInstance(
          subject, "user-" + subject, "Named Person", org.value(), Instant.now());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anEntryAddedLaterIsMatchedAgainstStoredAdvisoriesItsOrganizationMaySee(TestDatabases db) {
    open(db);
    store(advisory("T-" + UUID.randomUUID(), "known_affected"), amberFor(a), false);
    assertTrue(announced.isEmpty());
    addLater(a, LOG4J_2141);
    addLater(b, LOG4J_2141);
    List<Notice> inboxA = notices.open(member(a, "sub-a1"), 100);
    assertEquals(1, inboxA.size());
    assertEquals(cve, inboxA.get(0).cve());
    assertTrue(notices.open(member(b, "sub-b1"), 100).isEmpty());
    assertEquals(1, announced.size());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anEntryAddedLaterFollowsTheNewestRevisionAndVex(TestDatabases db) {
    open(db);
    String tracking = "T-" + UUID.randomUUID();
    store(advisory(tracking, "known_affected"), amberFor(a, b), false);
    store(advisory(tracking, "fixed"), amberFor(a, b), false);
    addLater(a, LOG4J_2141);
    assertTrue(notices.open(member(a, "sub-a1"), 100).isEmpty(), "revision 2 says fixed");

    store(advisory("T-" + UUID.randomUUID(), "known_affected"), amberFor(a, b), false);
    store(advisory("VEX-" + UUID.randomUUID(), "known_not_affected"), amberFor(a, b), false);
    addLater(b, LOG4J_2141);
    assertTrue(notices.open(member(b, "sub-b1"), 100).isEmpty(), "the later VEX says not affected");
  }
}
