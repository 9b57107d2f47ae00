package org.scrmportal.identity.federation;

import java.net.InetAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.scrmportal.identity.RealmAdmin;
import org.scrmportal.identity.federation.saml.ListedProvider;
import org.scrmportal.identity.federation.saml.SsoEndpoint;
import org.scrmportal.identity.federation.saml.VerifiedAggregate;
import org.scrmportal.organization.Caller;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.FetchRefused;
import org.scrmportal.platform.RemoteFetcher;

/** Plain objects standing in for the databases, Keycloak, the network and the callers. */
final class FederationFakes {

  static final String REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
  static final String POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
  static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
  static final String TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";

  private FederationFakes() {}

  /** A caller: a person unless {@code machine}. */
  record TestCaller(String sub, String username, boolean machine) implements Caller {
    @Override
    public Optional<String> subject() {
      return Optional.ofNullable(sub);
    }

    @Override
    public Optional<OrganizationClaims> organization() {
      return Optional.empty();
    }

    @Override
    public boolean isServiceAccount() {
      return machine;
    }
  }

  static TestCaller person(String name) {
    return new TestCaller("sub-" + name + "-" + UUID.randomUUID(), name, false);
  }

  static TestCaller machine(String name) {
    return new TestCaller("sub-" + name + "-" + UUID.randomUUID(), "service-account-" + name, true);
  }

  /** A clock whose time the test moves. */
  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A listed SAML identity provider as the facade would describe it. */
  static ListedProvider provider(
      String entityId, List<SsoEndpoint> endpoints, List<String> formats) {
    return new ListedProvider(
        entityId,
        "Partner Agency",
        "Partner Agency (display)",
        "https://partner.example/",
        "https://federation.example/registrar",
        List.of("http://refeds.org/category/research-and-scholarship"),
        List.of("https://refeds.org/sirtfi"),
        endpoints,
        List.of("TUlJQ0VydGlmaWNhdGU=", "TUlJQW5vdGhlcg=="),
        formats);
  }

  static ListedProvider provider(String entityId) {
    return provider(
        entityId,
        List.of(
            new SsoEndpoint(POST, entityId + "/sso/post"),
            new SsoEndpoint(REDIRECT, entityId + "/sso/redirect")),
        List.of(TRANSIENT, PERSISTENT));
  }

  static VerifiedAggregate aggregate(
      Instant validUntil, Duration cacheDuration, ListedProvider... providers) {
    return new VerifiedAggregate(
        "urn:test:federation",
        validUntil,
        cacheDuration,
        UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000",
        List.of(providers));
  }

  /**
   * A verifier that accepts byte arrays it was told about (by their text), and refuses every other
   * with an InvalidMetadata naming a problem; certificates are opaque.
   */
  static final class FakeVerifier implements AggregateVerifier {
    final Map<String, VerifiedAggregate> accepted = new HashMap<>();
    int verifications;

    byte[] accept(VerifiedAggregate aggregate) {
      String key = "aggregate-" + UUID.randomUUID();
      accepted.put(key, aggregate);
      return key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public X509Certificate certificate(String pem) {
      if (!pem.startsWith("-----BEGIN CERTIFICATE-----")) {
        throw SamlFakes.invalid("not a certificate");
      }
      return null;
    }

    @Override
    public VerifiedAggregate verify(byte[] xml, X509Certificate pinned, Instant now) {
      verifications++;
      VerifiedAggregate a = accepted.get(new String(xml, java.nio.charset.StandardCharsets.UTF_8));
      if (a == null) {
        throw SamlFakes.invalid("The signature does not verify against the pinned certificate");
      }
      return a;
    }
  }

  static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";

  /** Documents served by URL; anything else is not found. */
  static final class FakeDocuments implements RemoteDocuments {
    final Map<URI, byte[]> served = new HashMap<>();
    final List<URI> read = new ArrayList<>();

    @Override
    public byte[] fetch(URI uri, long max) throws FetchRefused {
      read.add(uri);
      byte[] body = served.get(uri);
      if (body == null) {
        throw new FetchRefused("Not found: " + uri);
      }
      if (body.length > max) {
        throw new FetchRefused(uri + " is larger than " + max + " bytes.");
      }
      return body;
    }
  }

  /** A fetcher resolving every host to a public address, allowing {@code allowed}. */
  static RemoteFetcher fetcher(String... allowed) {
    return new RemoteFetcher(
        Set.of(allowed),
        Duration.ofSeconds(1),
        "*/*",
        host ->
            host.endsWith(".internal")
                ? new InetAddress[] {InetAddress.getByName("10.0.0.7")}
                : new InetAddress[] {InetAddress.getByName("93.184.216.34")});
  }

  static final class InMemoryFederations implements FederationRepository {
    final Map<String, Federation> federations = new LinkedHashMap<>();
    final Map<String, List<ListedIdentityProvider>> listings = new HashMap<>();

    @Override
    public Optional<Federation> find(String id) {
      return Optional.ofNullable(federations.get(id));
    }

    @Override
    public Optional<Federation> findByName(String name) {
      return federations.values().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    @Override
    public List<Federation> findAll() {
      return federations.values().stream().sorted(Comparator.comparing(Federation::name)).toList();
    }

    @Override
    public List<String> dueForRefresh(Instant now) {
      return federations.values().stream()
          .filter(f -> f.metadataUrl().isPresent() && !f.nextRefresh().isAfter(now))
          .map(Federation::id)
          .toList();
    }

    @Override
    public void store(Federation federation) {
      federations.put(federation.id(), federation);
    }

    @Override
    public List<ListedIdentityProvider> listing(String federationId) {
      return listings.getOrDefault(federationId, List.of()).stream()
          .sorted(Comparator.comparing(ListedIdentityProvider::entityId))
          .toList();
    }

    @Override
    public Optional<ListedIdentityProvider> listed(String federationId, String entityId) {
      return listing(federationId).stream().filter(l -> l.entityId().equals(entityId)).findFirst();
    }

    @Override
    public void replaceListing(String federationId, List<ListedIdentityProvider> listing) {
      listings.put(federationId, List.copyOf(listing));
    }
  }

  static final class InMemoryOnboardings implements OnboardingRepository {
    final Map<String, Onboarding> onboardings = new LinkedHashMap<>();
    final Map<String, IdentityProviderLink> links = new LinkedHashMap<>();
    int flushes;

    @Override
    public Optional<Onboarding> find(String id) {
      return Optional.ofNullable(onboardings.get(id));
    }

    @Override
    public List<Onboarding> findByStatus(Onboarding.Status status) {
      return onboardings.values().stream()
          .filter(o -> status == null || o.status() == status)
          .toList();
    }

    @Override
    public List<Onboarding> pending(OrganizationId organization, String providerId) {
      return onboardings.values().stream()
          .filter(o -> o.status() == Onboarding.Status.PENDING)
          .filter(o -> o.organization().equals(organization) || o.providerId().equals(providerId))
          .toList();
    }

    @Override
    public void store(Onboarding onboarding) {
      onboardings.put(onboarding.id(), onboarding);
    }

    @Override
    public Optional<IdentityProviderLink> link(String alias) {
      return Optional.ofNullable(links.get(alias));
    }

    @Override
    public Optional<IdentityProviderLink> linkOfProvider(String providerId) {
      return links.values().stream().filter(l -> l.providerId().equals(providerId)).findFirst();
    }

    @Override
    public List<IdentityProviderLink> links(OrganizationId organization) {
      return links.values().stream().filter(l -> l.organization().equals(organization)).toList();
    }

    @Override
    public void store(IdentityProviderLink link) {
      if (links.putIfAbsent(link.alias(), link) != null) {
        throw new IllegalStateException("duplicate alias " + link.alias());
      }
    }

    @Override
    public void flush() {
      flushes++;
    }
  }

  static final class InMemoryOrganizations implements OrganizationRepository {
    final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();

    @Override
    public Optional<Organization> find(OrganizationId id) {
      return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public List<Organization> findAll() {
      return List.copyOf(organizations.values());
    }

    @Override
    public void store(Organization organization) {
      organizations.put(organization.id(), organization);
    }

    Organization add(String id) {
      Organization o =
          Organization.firstSeen(
              new OrganizationClaims(
                  new OrganizationId(id), id, OrganizationType.COMPANY, Tier.T1, null, "DE"),
              Instant.now());
      store(o);
      return o;
    }
  }

  /** OrganizationService.admit as it behaves (CONFLICT for a known id), over a repository. */
  static OrganizationService admitting(OrganizationRepository organizations, Clock clock) {
    return new OrganizationService() {
      @Override
      public Organization admit(OrganizationClaims admitted) {
        if (organizations.find(admitted.id()).isPresent()) {
          throw new DomainException(DomainException.Kind.CONFLICT, "exists: " + admitted.id());
        }
        Organization o = Organization.admitted(admitted, clock.instant());
        organizations.store(o);
        return o;
      }
    };
  }

  /** Keycloak's realm, recording every call, refusing the one named in {@code failOn}. */
  static final class FakeRealmAdmin implements RealmAdmin {
    final List<String> calls = new ArrayList<>();
    final Map<String, OrganizationGroup> groups = new HashMap<>();
    final Map<String, SamlProvider> saml = new HashMap<>();
    final Map<String, OidcProvider> oidc = new HashMap<>();
    final Map<String, Boolean> enabled = new HashMap<>();
    final List<String> sessionsEnded = new ArrayList<>();
    String failOn;

    private void call(String name) {
      calls.add(name);
      if (name.equals(failOn)) {
        throw new RealmAdminException("Keycloak answered 500 to " + name);
      }
    }

    @Override
    public void putOrganizationGroup(OrganizationGroup group) {
      call("putOrganizationGroup");
      groups.put(group.orgId(), group);
    }

    @Override
    public Optional<OrganizationGroup> organizationGroup(String orgId) {
      call("organizationGroup");
      return Optional.ofNullable(groups.get(orgId));
    }

    @Override
    public void createSamlProvider(SamlProvider provider) {
      call("createSamlProvider");
      saml.put(provider.alias(), provider);
      enabled.put(provider.alias(), true);
    }

    @Override
    public void createOidcProvider(OidcProvider provider) {
      call("createOidcProvider");
      oidc.put(provider.alias(), provider);
      enabled.put(provider.alias(), true);
    }

    @Override
    public boolean identityProviderExists(String alias) {
      call("identityProviderExists");
      return enabled.containsKey(alias);
    }

    @Override
    public void setIdentityProviderEnabled(String alias, boolean value) {
      call("setIdentityProviderEnabled");
      enabled.put(alias, value);
    }

    @Override
    public void endSessions(String orgId) {
      call("endSessions");
      sessionsEnded.add(orgId);
    }

    @Override
    public IssuedSecret createMachineClient(
        String clientId, String displayName, String orgId, Set<String> roles) {
      throw new UnsupportedOperationException();
    }

    @Override
    public IssuedSecret rotateSecret(String clientId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setClientEnabled(String clientId, boolean enabled) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void deleteClient(String clientId) {
      throw new UnsupportedOperationException();
    }
  }

  static <T> Function<T, T> same() {
    return t -> t;
  }
}
