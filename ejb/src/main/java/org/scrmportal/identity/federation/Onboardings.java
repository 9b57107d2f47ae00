package org.scrmportal.identity.federation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scrmportal.identity.RealmAdmin;
import org.scrmportal.identity.RealmAdmin.OidcProvider;
import org.scrmportal.identity.RealmAdmin.OrganizationGroup;
import org.scrmportal.identity.RealmAdmin.RealmAdminException;
import org.scrmportal.identity.RealmAdmin.SamlProvider;
import org.scrmportal.identity.federation.saml.ListedProvider;
import org.scrmportal.identity.federation.saml.SsoEndpoint;
import org.scrmportal.organization.Caller;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.FetchRefused;
import org.scrmportal.platform.RemoteFetcher;
import org.scrmportal.platform.Roles;

/**
 * Onboarding identity providers as member organizations, with four eyes by two people (as {@code
 * VettingService}): an operator proposes to admit a provider a federation lists (SAML) or an OpenID
 * Connect provider, with the organization's id, name, type, tier, sector, country and roles as the
 * operators decide them; a different operator approves (a person; not the proposer) or rejects.
 * Approval creates the organization at the proposed tier, puts its realm group, registers the
 * provider in Keycloak (alias {@code fed-<orgId>} or {@code oidc-<orgId>}) with mappers placing its
 * users in that group, and keeps the link; a refusal by Keycloak rolls all of it back. The OIDC
 * client secret is dropped at the decision.
 */
@Stateless
@PermitAll
public class Onboardings {

  private static final Logger LOG = Logger.getLogger(Onboardings.class.getName());

  static final String SAML_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
  static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

  @Inject OnboardingRepository onboardings;

  @Inject FederationRepository federations;

  @Inject OrganizationRepository organizations;

  @Inject OrganizationService organizationService;

  @Inject RealmAdmin realm;

  @Inject Caller principal;

  @Inject Clock clock;

  @Inject FederationFetching fetching;

  RemoteFetcher fetcher;

  RemoteDocuments documents;

  @PostConstruct
  void start() {
    fetcher = fetching.fetcher("application/json");
    documents = RemoteDocuments.of(fetcher);
  }

  /**
   * Proposes to admit the provider {@code entityId} the federation lists; its federation attributes
   * are recorded with the proposal.
   *
   * @throws DomainException NOT_FOUND for an unknown federation or entity, CONFLICT when the
   *     federation's listing expired, the organization id is known, or the provider is onboarded or
   *     proposed already
   */
  @RolesAllowed(Roles.OPERATOR)
  public Onboarding proposeSaml(
      String federationId, String entityId, Admission admission, String reason) {
    requireAdmission(admission);
    Federation federation =
        Optional.ofNullable(federationId)
            .flatMap(federations::find)
            .orElseThrow(
                () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such federation"));
    if (!federation.validAt(clock.instant())) {
      throw expired(federation);
    }
    ListedIdentityProvider listed =
        Optional.ofNullable(entityId)
            .flatMap(e -> federations.listed(federation.id(), e))
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.NOT_FOUND,
                        "The federation lists no identity provider " + entityId));
    checkFree(admission, listed.entityId());
    Onboarding onboarding =
        Onboarding.saml(federation, listed, admission, reason, principal, clock.instant());
    onboardings.store(onboarding);
    return onboarding;
  }

  /**
   * Proposes to admit an OpenID Connect provider: its discovery document is read from {@code
   * <issuer>/.well-known/openid-configuration} (or given), and must name that issuer and https
   * endpoints (or endpoints on an allowed host).
   *
   * @throws MetadataRefused when the discovery document cannot be read or is refused
   */
  @RolesAllowed(Roles.OPERATOR)
  public Onboarding proposeOidc(
      URI issuerOrDiscoveryUrl,
      byte[] discoveryDocument,
      String clientId,
      String clientSecret,
      Admission admission,
      String reason) {
    requireAdmission(admission);
    if (issuerOrDiscoveryUrl == null) {
      throw new DomainException(DomainException.Kind.INVALID, "The issuer is needed");
    }
    String issuer = OidcDiscovery.issuer(issuerOrDiscoveryUrl);
    List<String> problems = new ArrayList<>();
    OidcDiscovery.checkUrl("issuer", issuer, allowedHost(), problems);
    if (!problems.isEmpty()) {
      throw new MetadataRefused("The issuer is refused", problems);
    }
    byte[] document = discoveryDocument;
    if (document == null) {
      URI url = OidcDiscovery.documentUrl(issuer);
      try {
        document = documents.fetch(url, OidcDiscovery.MAX_BYTES);
      } catch (FetchRefused e) {
        throw new MetadataRefused(
            "The discovery document could not be read", List.of(e.getMessage()));
      }
    }
    OidcDiscovery.Discovered discovered = OidcDiscovery.check(issuer, document, allowedHost());
    checkFree(admission, discovered.issuer());
    Onboarding onboarding =
        Onboarding.oidc(
            discovered.issuer(),
            discovered.endpoints(),
            clientId,
            clientSecret,
            admission,
            reason,
            principal,
            clock.instant());
    onboardings.store(onboarding);
    return onboarding;
  }

  /**
   * Approves a pending proposal (a person, not its proposer): creates the organization at the
   * proposed tier, puts its realm group, registers the provider and keeps the link.
   *
   * @throws DomainException FORBIDDEN for the proposer or a machine client; CONFLICT when the
   *     organization or the provider is known by now, the federation's listing expired or no longer
   *     lists the provider; UNAVAILABLE when Keycloak refuses or cannot be reached (nothing is
   *     kept)
   */
  @RolesAllowed(Roles.OPERATOR)
  public Onboarding approve(String id) {
    Onboarding onboarding = onboarding(id);
    onboarding.checkDecidableBy(principal);
    String alias = onboarding.aliasToRegister();
    Admission admission = onboarding.admission();
    if (onboardings.linkOfProvider(onboarding.providerId()).isPresent()
        || onboardings.link(alias).isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "The identity provider is onboarded already");
    }
    // what Keycloak is told is settled before anything changes
    SamlProvider saml = null;
    OidcProvider oidc = null;
    if (onboarding.protocol() == Onboarding.Protocol.SAML) {
      saml = samlProvider(onboarding, alias, admission);
    } else {
      Onboarding.OidcEndpoints endpoints = onboarding.oidcEndpoints().orElseThrow();
      oidc =
          new OidcProvider(
              alias,
              admission.name(),
              onboarding.providerId(),
              endpoints.authorizationUrl(),
              endpoints.tokenUrl(),
              endpoints.jwksUrl(),
              endpoints.userInfoUrl(),
              onboarding.clientId().orElseThrow(),
              onboarding
                  .clientSecret()
                  .orElseThrow(
                      () ->
                          new DomainException(
                              DomainException.Kind.CONFLICT, "The proposal has no client secret")),
              admission.id().value(),
              admission.roles());
    }
    onboarding.approve(principal, clock.instant());
    organizationService.admit(admission.claims());
    // the organization's row before the link's (its foreign key): the link is no association,
    // so ordered inserts would not know to put it after
    onboardings.flush();
    onboardings.store(new IdentityProviderLink(onboarding, clock.instant()));
    onboardings.flush(); // the database's constraints answer before Keycloak is changed
    try {
      if (realm.identityProviderExists(alias)) {
        throw new DomainException(
            DomainException.Kind.CONFLICT,
            "Keycloak has an identity provider " + alias + " already");
      }
      realm.putOrganizationGroup(
          new OrganizationGroup(
              admission.id().value(),
              admission.name(),
              admission.type().claim(),
              admission.tier().name(),
              admission.sector(),
              admission.country()));
      if (saml != null) {
        realm.createSamlProvider(saml);
      } else {
        realm.createOidcProvider(oidc);
      }
    } catch (RealmAdminException e) {
      LOG.log(Level.WARNING, "Keycloak refused identity provider " + alias, e);
      throw new DomainException(
          DomainException.Kind.UNAVAILABLE,
          "Keycloak refused the identity provider or could not be reached; nothing was changed;"
              + " retry later");
    }
    return onboarding;
  }

  /** Rejects a pending proposal (a person, not its proposer); an OIDC client secret is dropped. */
  @RolesAllowed(Roles.OPERATOR)
  public Onboarding reject(String id) {
    Onboarding onboarding = onboarding(id);
    onboarding.reject(principal, clock.instant());
    return onboarding;
  }

  /**
   * Proposals in one status (every proposal when null), oldest first: the operators' queue is
   * {@code PENDING}.
   */
  @RolesAllowed(Roles.OPERATOR)
  public List<Onboarding> list(Onboarding.Status status) {
    return onboardings.findByStatus(status);
  }

  @RolesAllowed(Roles.OPERATOR)
  public Onboarding find(String id) {
    return onboarding(id);
  }

  private SamlProvider samlProvider(Onboarding onboarding, String alias, Admission admission) {
    Federation federation =
        federations
            .find(onboarding.federationId().orElseThrow())
            .orElseThrow(
                () -> new DomainException(DomainException.Kind.CONFLICT, "No such federation"));
    if (!federation.validAt(clock.instant())) {
      throw expired(federation);
    }
    ListedProvider listed =
        federations
            .listed(federation.id(), onboarding.providerId())
            .map(ListedIdentityProvider::provider)
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.CONFLICT,
                        "The federation no longer lists " + onboarding.providerId()));
    SsoEndpoint endpoint =
        listed
            .preferredEndpoint()
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.CONFLICT,
                        "The provider offers no HTTP-Redirect or HTTP-POST sign-on endpoint"));
    if (listed.signingCertificates().isEmpty()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "The provider's metadata has no signing certificate");
    }
    String nameIdFormat = listed.nameIdFormats().contains(PERSISTENT) ? PERSISTENT : null;
    return new SamlProvider(
        alias,
        admission.name(),
        listed.entityId(),
        endpoint.location(),
        SAML_POST.equals(endpoint.binding()),
        List.copyOf(listed.signingCertificates()),
        nameIdFormat,
        admission.id().value(),
        admission.roles());
  }

  /** The organization id is new and the provider neither onboarded nor proposed. */
  private void checkFree(Admission admission, String providerId) {
    if (organizations.find(admission.id()).isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "An organization " + admission.id() + " exists already");
    }
    if (onboardings.linkOfProvider(providerId).isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "The identity provider is onboarded already");
    }
    if (!onboardings.pending(admission.id(), providerId).isEmpty()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "A proposal for this organization or identity provider is pending");
    }
  }

  private Predicate<String> allowedHost() {
    return fetcher::allowed;
  }

  private static void requireAdmission(Admission admission) {
    if (admission == null) {
      throw new DomainException(DomainException.Kind.INVALID, "The organization is needed");
    }
  }

  private static DomainException expired(Federation federation) {
    return new DomainException(
        DomainException.Kind.CONFLICT,
        "The listing of the federation "
            + federation.name()
            + " expired at "
            + federation.validUntil()
            + "; refresh it first");
  }

  private Onboarding onboarding(String id) {
    return Optional.ofNullable(id)
        .flatMap(onboardings::find)
        .orElseThrow(
            () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such onboarding"));
  }
}
