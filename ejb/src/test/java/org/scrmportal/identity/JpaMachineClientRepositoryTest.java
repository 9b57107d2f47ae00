package org.scrmportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
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
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.Roles;
import org.scrmportal.testing.TestDatabases;

/**
 * Machine clients on real databases (H2 and PostgreSQL, migrated by V20): the record round-trips,
 * revocation is found by primary key, an organization lists its own, names and client ids are
 * unique, a client belongs to a known organization, and no column ever holds a secret.
 */
class JpaMachineClientRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private EntityManager em;
  private JpaMachineClientRepository repository;
  private final OrganizationId acme = org("acme");
  private final OrganizationId other = org("other");

  private static OrganizationId org(String prefix) {
    return new OrganizationId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private void open(TestDatabases db) {
    em = db.entityManagerFactory().createEntityManager();
    repository = new JpaMachineClientRepository();
    repository.em = em;
    inTransaction(
        () -> {
          for (OrganizationId id : List.of(acme, other)) {
            em.persist(
                Organization.admitted(
                    new OrganizationClaims(
                        id, "Name of " + id, OrganizationType.COMPANY, Tier.T1, null, "DE"),
                    NOW));
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

  private MachineClient client(OrganizationId org, String name, Set<String> roles, Instant at) {
    return new MachineClient(org, name, roles, "admin", "sub-admin", at);
  }

  private void store(MachineClient client) {
    inTransaction(
        () -> {
          repository.store(client);
          return null;
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aClientRoundTripsAndItsRevocationIsFoundByPrimaryKey(TestDatabases db) {
    open(db);
    store(client(acme, "poller", Set.of(Roles.SUBMITTER, Roles.CONSUMER), NOW));

    MachineClient found = repository.find(acme + "-poller").orElseThrow();
    assertEquals(acme, found.organization());
    assertEquals("poller", found.name());
    assertEquals(Set.of(Roles.CONSUMER, Roles.SUBMITTER), found.roles());
    assertEquals(NOW, found.createdAt());
    assertEquals("sub-admin", found.createdBySubject());
    assertFalse(repository.isRevoked(acme + "-poller"));
    assertFalse(repository.isRevoked("not-a-client-" + acme), "an unknown client is not revoked");

    Instant revokedAt = NOW.plus(1, ChronoUnit.DAYS);
    inTransaction(
        () -> {
          MachineClient c = repository.find(acme + "-poller").orElseThrow();
          c.rotated(NOW.plus(1, ChronoUnit.HOURS));
          c.revoke("olivia", revokedAt);
          return null;
        });

    assertTrue(repository.isRevoked(acme + "-poller"));
    MachineClient revoked = repository.find(acme + "-poller").orElseThrow();
    assertEquals(Optional.of(revokedAt), revoked.revokedAt());
    assertEquals(Optional.of("olivia"), revoked.revokedBy());
    assertEquals(Optional.of(NOW.plus(1, ChronoUnit.HOURS)), revoked.rotatedAt());
    assertEquals(0, repository.countActive(acme), "a revoked client is not active");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anOrganizationListsItsOwnClientsOldestFirst(TestDatabases db) {
    open(db);
    store(client(acme, "second", Set.of(), NOW.plusSeconds(60)));
    store(client(acme, "first", Set.of(), NOW));
    store(client(other, "theirs", Set.of(), NOW));

    assertEquals(
        List.of(acme + "-first", acme + "-second"),
        repository.findByOrganization(acme).stream().map(MachineClient::clientId).toList());
    assertEquals(2, repository.countActive(acme), "only the organization's own clients count");
    assertTrue(
        repository.findAll().stream()
            .map(MachineClient::clientId)
            .toList()
            .containsAll(List.of(acme + "-first", acme + "-second", other + "-theirs")));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aClientIdIsStoredOnceAndOnlyForAKnownOrganization(TestDatabases db) {
    open(db);
    store(client(acme, "poller", Set.of(), NOW));

    assertThrows(PersistenceException.class, () -> store(client(acme, "poller", Set.of(), NOW)));
    assertThrows(
        PersistenceException.class,
        () -> store(client(org("unknown"), "poller", Set.of(), NOW)),
        "a client belongs to a known organization");
  }

  /** Registration through the service, on the real database: no column holds the secret. */
  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void noColumnHoldsTheSecret(TestDatabases db) {
    open(db);
    FakeRealmAdmin realm = new FakeRealmAdmin();
    MachineClients service = new MachineClients();
    service.clients = repository;
    service.realm = realm;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    service.organizations =
        new OrganizationRepository() {
          @Override
          public Optional<Organization> find(OrganizationId id) {
            return Optional.ofNullable(em.find(Organization.class, id.value()));
          }

          @Override
          public List<Organization> findAll() {
            throw new UnsupportedOperationException();
          }

          @Override
          public void store(Organization organization) {
            throw new UnsupportedOperationException();
          }
        };
    service.principal =
        new PortalPrincipal(
            "sub-admin",
            "admin",
            "Admin",
            false,
            new OrganizationClaims(acme, "Acme", OrganizationType.COMPANY, Tier.T1, null, "DE"),
            Set.of(Roles.ORG_ADMIN));

    MachineClients.Issued issued = inTransaction(() -> service.register("poller", null));
    String rotated = inTransaction(() -> service.rotate(issued.client().clientId())).secret();

    List<?> rows =
        em.createNativeQuery("select * from machine_client where client_id = ?1")
            .setParameter(1, issued.client().clientId())
            .getResultList();
    assertEquals(1, rows.size());
    for (Object column : (Object[]) rows.get(0)) {
      String value = String.valueOf(column);
      assertFalse(value.contains(issued.secret()), "a column holds the first secret: " + value);
      assertFalse(value.contains(rotated), "a column holds the rotated secret: " + value);
    }
    assertTrue(repository.find(issued.client().clientId()).orElseThrow().rotatedAt().isPresent());
  }
}
