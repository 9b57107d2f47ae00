package org.scrmportal.identity.keycloak;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.IdentityProviderResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.scrmportal.identity.RealmAdmin;

/**
 * {@link RealmAdmin} over Keycloak's admin REST API (keycloak-admin-client), signed in with the
 * client credentials of a confidential client whose service account holds the realm-management
 * roles it needs ({@code scrm-portal-admin} in the realm file: manage/view-identity-providers,
 * manage/view-clients, manage/view-users, query-groups, view-realm).
 *
 * <p>Inside WildFly the admin client runs on the server's RESTEasy and Jackson modules (the EAR
 * ships only the admin client and its representations); in a plain JVM on resteasy-client. Every
 * call acts at once; whatever Keycloak refuses, or an unreachable Keycloak, becomes a {@link
 * RealmAdminException} naming what was asked. A creation that fails halfway (a provider whose
 * mappers could not all be added, a client whose service account could not be placed) is undone
 * before the exception is thrown.
 *
 * <p>What approval registers (kept here, where it is done, and proven by SamlBrokerIT):
 *
 * <ul>
 *   <li>SAML: providerId {@code saml}; the SP entity id is left to Keycloak's default, the realm's
 *       issuer ({@code <server>/realms/<realm>}), which the partner IdP must know as its client id;
 *       the ACS is {@code <server>/realms/<realm>/broker/<alias>/endpoint}. validateSignature with
 *       the metadata's signing certificates (the whole response is signed by default by a Keycloak
 *       IdP, so wantAssertionsSigned stays false), responses by HTTP-POST, requests by POST when
 *       the metadata's SSO endpoint is HTTP-POST and otherwise by redirect, principal = the NameID
 *       (SUBJECT), sync FORCE, email not trusted, the "first broker login" flow.
 *   <li>Mappers, for both protocols (Keycloak's "Hardcoded Group" and "Hardcoded Role" mappers
 *       carry {@code oidc-} in their ids but serve SAML providers too; Keycloak accepts a mapper of
 *       an unknown id without complaint and then fails every sign-in through the provider with a
 *       server error): the organization's group (oidc-hardcoded-group-idp-mapper, group {@code
 *       /<orgId>}), one oidc-hardcoded-role-idp-mapper per role, a username template ({@code
 *       ${ALIAS}.${NAMEID}} for SAML, {@code ${ALIAS}.${CLAIM.sub}} for OIDC) so that no brokered
 *       username can collide with a local account, and for SAML attribute importers of email, first
 *       and last name only, by OID name and by friendly name. There is never an importer for any
 *       {@code org_*} attribute: the organization claims come from the group alone, whatever the
 *       provider sends. (The OIDC broker imports email, given and family name by itself.)
 * </ul>
 */
public final class KeycloakRealmAdmin implements RealmAdmin, AutoCloseable {

  /** The group attributes that the realm's {@code scrm-organization} scope turns into claims. */
  static final String ORG_ID = "org_id";

  static final String ORG_NAME = "org_name";
  static final String ORG_TYPE = "org_type";
  static final String ORG_TIER = "org_tier";
  static final String SECTOR = "sector";
  static final String COUNTRY = "country";

  /**
   * The default client scopes of a machine client, as those of the realm's {@code *-machine}
   * clients: the organization claims and the scrm-api audience ({@code scrm-organization}), the
   * roles, and {@code client_id} in the token ({@code service_account}). No optional scopes.
   */
  static final List<String> MACHINE_CLIENT_SCOPES =
      List.of(
          "profile",
          "email",
          "roles",
          "web-origins",
          "basic",
          "acr",
          "service_account",
          "scrm-organization");

  /** The SAML attributes imported into the user's profile, and nothing else: OID names first. */
  static final Map<String, String> SAML_IMPORTS =
      orderedMap(
          "urn:oid:0.9.2342.19200300.100.1.3", "email",
          "urn:oid:2.5.4.42", "firstName",
          "urn:oid:2.5.4.4", "lastName",
          "email", "email",
          "firstName", "firstName",
          "lastName", "lastName");

  static final String SAML_USERNAME_TEMPLATE = "${ALIAS}.${NAMEID}";
  static final String OIDC_USERNAME_TEMPLATE = "${ALIAS}.${CLAIM.sub}";
  static final String FIRST_BROKER_LOGIN_FLOW = "first broker login";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final Keycloak keycloak;
  private final String realm;
  private final URI serverUrl;

  /**
   * Signs in to {@code realm} at {@code serverUrl} (e.g. {@code http://127.0.0.1:8180}) with the
   * client credentials grant. Nothing is sent before the first call.
   */
  public KeycloakRealmAdmin(URI serverUrl, String realm, String clientId, String clientSecret) {
    this.serverUrl = Objects.requireNonNull(serverUrl, "serverUrl");
    this.realm = Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    this.keycloak =
        KeycloakBuilder.builder()
            .serverUrl(serverUrl.toString())
            .realm(realm)
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId(clientId)
            .clientSecret(clientSecret)
            .resteasyClient(httpClient())
            .build();
  }

  /**
   * The admin client's own RESTEasy client set-up (a pool of connections, its Jackson provider
   * ignoring properties newer servers add), with timeouts: a Keycloak that does not answer must not
   * hold a transaction for long.
   */
  private static Client httpClient() {
    return ResteasyClientClassicProvider.createClientBuilder()
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(20, TimeUnit.SECONDS)
        .register(JacksonProvider.class, 100)
        .build();
  }

  public URI serverUrl() {
    return serverUrl;
  }

  public String realm() {
    return realm;
  }

  // ---- organization groups

  @Override
  public void putOrganizationGroup(OrganizationGroup group) {
    Objects.requireNonNull(group, "group");
    String orgId = name(group.orgId(), "organization id");
    call(
        "put the group of organization " + orgId,
        () -> {
          Map<String, List<String>> attributes = new LinkedHashMap<>();
          attributes.put(ORG_ID, List.of(orgId));
          attributes.put(ORG_NAME, List.of(group.name()));
          attributes.put(ORG_TYPE, List.of(group.type()));
          attributes.put(ORG_TIER, List.of(group.tier()));
          if (group.sector() != null) {
            attributes.put(SECTOR, List.of(group.sector()));
          }
          attributes.put(COUNTRY, List.of(group.country()));
          Optional<GroupRepresentation> existing = findGroup(orgId);
          if (existing.isPresent()) {
            GroupRepresentation representation = existing.get();
            Map<String, List<String>> merged =
                new LinkedHashMap<>(
                    representation.getAttributes() == null
                        ? Map.of()
                        : representation.getAttributes());
            if (group.sector() == null) {
              merged.remove(SECTOR);
            }
            merged.putAll(attributes);
            representation.setAttributes(merged);
            realmResource().groups().group(representation.getId()).update(representation);
          } else {
            GroupRepresentation representation = new GroupRepresentation();
            representation.setName(orgId);
            representation.setAttributes(attributes);
            try (Response response = realmResource().groups().add(representation)) {
              created(response, "group /" + orgId);
            }
          }
          return null;
        });
  }

  @Override
  public Optional<OrganizationGroup> organizationGroup(String orgId) {
    String id = name(orgId, "organization id");
    return call(
        "read the group of organization " + id,
        () ->
            findGroup(id)
                .flatMap(
                    group -> {
                      Map<String, List<String>> attributes =
                          group.getAttributes() == null ? Map.of() : group.getAttributes();
                      String groupOrgId = first(attributes, ORG_ID);
                      String name = first(attributes, ORG_NAME);
                      String type = first(attributes, ORG_TYPE);
                      String tier = first(attributes, ORG_TIER);
                      String country = first(attributes, COUNTRY);
                      if (groupOrgId == null
                          || name == null
                          || type == null
                          || tier == null
                          || country == null) {
                        return Optional.empty(); // not an organization group an operator set up
                      }
                      return Optional.of(
                          new OrganizationGroup(
                              groupOrgId, name, type, tier, first(attributes, SECTOR), country));
                    }));
  }

  // ---- identity providers

  @Override
  public void createSamlProvider(SamlProvider provider) {
    Objects.requireNonNull(provider, "provider");
    String alias = name(provider.alias(), "alias");
    name(provider.orgId(), "organization id");
    createProvider(
        alias,
        provider.orgId(),
        provider.roles(),
        samlRepresentation(provider),
        samlMappers(provider));
  }

  @Override
  public void createOidcProvider(OidcProvider provider) {
    Objects.requireNonNull(provider, "provider");
    String alias = name(provider.alias(), "alias");
    name(provider.orgId(), "organization id");
    createProvider(
        alias,
        provider.orgId(),
        provider.roles(),
        oidcRepresentation(provider),
        oidcMappers(provider));
  }

  /** The SAML provider as approval registers it (see the class comment). */
  static IdentityProviderRepresentation samlRepresentation(SamlProvider provider) {
    if (provider.signingCertificates() == null || provider.signingCertificates().isEmpty()) {
      throw new RealmAdminException(
          "SAML provider " + provider.alias() + " has no signing certificate to validate with");
    }
    Map<String, String> config = new LinkedHashMap<>();
    config.put("idpEntityId", required(provider.entityId(), "entity id"));
    config.put("singleSignOnServiceUrl", required(provider.singleSignOnUrl(), "SSO URL"));
    config.put("validateSignature", "true");
    // Keycloak reads several certificates as one comma-separated value
    config.put("signingCertificate", String.join(",", provider.signingCertificates()));
    config.put("wantAssertionsSigned", "false");
    config.put("wantAssertionsEncrypted", "false");
    config.put("wantAuthnRequestsSigned", "false");
    config.put("postBindingResponse", "true");
    config.put("postBindingAuthnRequest", Boolean.toString(provider.postBinding()));
    config.put("postBindingLogout", "false");
    config.put("principalType", "SUBJECT");
    config.put("syncMode", "FORCE");
    config.put("allowCreate", "true");
    if (provider.nameIdFormat() != null && !provider.nameIdFormat().isBlank()) {
      config.put("nameIDPolicyFormat", provider.nameIdFormat());
    }
    return provider(provider.alias(), provider.displayName(), "saml", config);
  }

  /** The OIDC provider as approval registers it. */
  static IdentityProviderRepresentation oidcRepresentation(OidcProvider provider) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("issuer", required(provider.issuer(), "issuer"));
    config.put("authorizationUrl", required(provider.authorizationUrl(), "authorization URL"));
    config.put("tokenUrl", required(provider.tokenUrl(), "token URL"));
    config.put("jwksUrl", required(provider.jwksUrl(), "JWKS URL"));
    if (provider.userInfoUrl() != null && !provider.userInfoUrl().isBlank()) {
      config.put("userInfoUrl", provider.userInfoUrl());
    }
    config.put("clientId", required(provider.clientId(), "client id"));
    config.put("clientSecret", required(provider.clientSecret(), "client secret"));
    config.put("clientAuthMethod", "client_secret_post");
    config.put("defaultScope", "openid profile email");
    config.put("validateSignature", "true");
    config.put("useJwksUrl", "true");
    config.put("pkceEnabled", "true");
    config.put("pkceMethod", "S256");
    config.put("syncMode", "FORCE");
    return provider(provider.alias(), provider.displayName(), "oidc", config);
  }

  private static IdentityProviderRepresentation provider(
      String alias, String displayName, String providerId, Map<String, String> config) {
    IdentityProviderRepresentation representation = new IdentityProviderRepresentation();
    representation.setAlias(alias);
    representation.setDisplayName(
        displayName == null || displayName.isBlank() ? alias : displayName);
    representation.setProviderId(providerId);
    representation.setEnabled(true);
    representation.setTrustEmail(false);
    representation.setStoreToken(false);
    representation.setLinkOnly(false);
    representation.setHideOnLogin(false);
    representation.setFirstBrokerLoginFlowAlias(FIRST_BROKER_LOGIN_FLOW);
    representation.setConfig(config);
    return representation;
  }

  static List<IdentityProviderMapperRepresentation> samlMappers(SamlProvider provider) {
    List<IdentityProviderMapperRepresentation> mappers =
        commonMappers(provider.alias(), provider.orgId(), provider.roles());
    mappers.add(
        mapper(
            provider.alias(),
            "username",
            "saml-username-idp-mapper",
            Map.of("template", SAML_USERNAME_TEMPLATE, "target", "LOCAL")));
    SAML_IMPORTS.forEach(
        (attribute, userAttribute) ->
            mappers.add(
                mapper(
                    provider.alias(),
                    "import " + attribute,
                    "saml-user-attribute-idp-mapper",
                    Map.of("attribute.name", attribute, "user.attribute", userAttribute))));
    return mappers;
  }

  static List<IdentityProviderMapperRepresentation> oidcMappers(OidcProvider provider) {
    List<IdentityProviderMapperRepresentation> mappers =
        commonMappers(provider.alias(), provider.orgId(), provider.roles());
    mappers.add(
        mapper(
            provider.alias(),
            "username",
            "oidc-username-idp-mapper",
            Map.of("template", OIDC_USERNAME_TEMPLATE, "target", "LOCAL")));
    return mappers;
  }

  private static List<IdentityProviderMapperRepresentation> commonMappers(
      String alias, String orgId, Set<String> roles) {
    List<IdentityProviderMapperRepresentation> mappers = new ArrayList<>();
    mappers.add(
        mapper(
            alias,
            "organization group",
            "oidc-hardcoded-group-idp-mapper",
            Map.of("group", "/" + orgId)));
    for (String role : roles == null ? Set.<String>of() : Set.copyOf(roles)) {
      mappers.add(
          mapper(alias, "role " + role, "oidc-hardcoded-role-idp-mapper", Map.of("role", role)));
    }
    return mappers;
  }

  private static IdentityProviderMapperRepresentation mapper(
      String alias, String name, String type, Map<String, String> config) {
    IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
    mapper.setName(name);
    mapper.setIdentityProviderAlias(alias);
    mapper.setIdentityProviderMapper(type);
    Map<String, String> withSync = new LinkedHashMap<>(config);
    withSync.put("syncMode", "INHERIT"); // the provider's FORCE: mapped again at every sign-in
    mapper.setConfig(withSync);
    return mapper;
  }

  private void createProvider(
      String alias,
      String orgId,
      Set<String> roles,
      IdentityProviderRepresentation representation,
      List<IdentityProviderMapperRepresentation> mappers) {
    call(
        "create identity provider " + alias,
        () -> {
          if (findGroup(orgId).isEmpty()) {
            throw new RealmAdminException(
                "Identity provider "
                    + alias
                    + ": the organization's group /"
                    + orgId
                    + " does not exist in realm "
                    + realm);
          }
          realmRoles(roles); // each must exist: a mapper to a missing role would be kept silently
          try (Response response = realmResource().identityProviders().create(representation)) {
            created(response, "identity provider " + alias);
          }
          IdentityProviderResource created = realmResource().identityProviders().get(alias);
          try {
            for (IdentityProviderMapperRepresentation mapper : mappers) {
              try (Response response = created.addMapper(mapper)) {
                created(response, "mapper '" + mapper.getName() + "' of " + alias);
              }
            }
          } catch (RuntimeException e) {
            undo(created::remove, e);
            throw e;
          }
          return null;
        });
  }

  private List<RoleRepresentation> realmRoles(Set<String> roles) {
    List<RoleRepresentation> found = new ArrayList<>();
    for (String role : roles == null ? Set.<String>of() : roles) {
      try {
        found.add(realmResource().roles().get(name(role, "role")).toRepresentation());
      } catch (NotFoundException e) {
        throw new RealmAdminException("No realm role " + role + " in realm " + realm, e);
      }
    }
    return found;
  }

  @Override
  public boolean identityProviderExists(String alias) {
    String name = name(alias, "alias");
    return call(
        "look up identity provider " + name,
        () -> {
          try {
            realmResource().identityProviders().get(name).toRepresentation();
            return true;
          } catch (NotFoundException e) {
            return false;
          }
        });
  }

  @Override
  public void setIdentityProviderEnabled(String alias, boolean enabled) {
    String name = name(alias, "alias");
    call(
        (enabled ? "enable" : "disable") + " identity provider " + name,
        () -> {
          IdentityProviderResource resource = realmResource().identityProviders().get(name);
          IdentityProviderRepresentation representation = resource.toRepresentation();
          representation.setEnabled(enabled);
          resource.update(representation);
          return null;
        });
  }

  @Override
  public void endSessions(String orgId) {
    String id = name(orgId, "organization id");
    call(
        "end the sessions of organization " + id,
        () -> {
          Optional<GroupRepresentation> group = findGroup(id);
          if (group.isEmpty()) {
            return null; // no group, no members
          }
          int page = 100;
          List<String> members = new ArrayList<>();
          for (int first = 0; ; first += page) {
            List<UserRepresentation> batch =
                realmResource().groups().group(group.get().getId()).members(first, page, true);
            batch.forEach(u -> members.add(u.getId()));
            if (batch.size() < page) {
              break;
            }
          }
          for (String member : members) {
            realmResource().users().get(member).logout();
          }
          return null;
        });
  }

  // ---- machine clients

  @Override
  public IssuedSecret createMachineClient(
      String clientId, String displayName, String orgId, Set<String> roles) {
    String id = name(clientId, "client id");
    String org = name(orgId, "organization id");
    return call(
        "create machine client " + id,
        () -> {
          GroupRepresentation group =
              findGroup(org)
                  .orElseThrow(
                      () ->
                          new RealmAdminException(
                              "Machine client "
                                  + id
                                  + ": the group /"
                                  + org
                                  + " does not exist in realm "
                                  + realm));
          List<RoleRepresentation> realmRoles = realmRoles(roles);
          ClientRepresentation representation = new ClientRepresentation();
          representation.setClientId(id);
          representation.setName(displayName == null ? id : displayName);
          representation.setDescription(
              "Machine client (client credentials) of organization " + org);
          representation.setEnabled(true);
          representation.setProtocol("openid-connect");
          representation.setPublicClient(false);
          representation.setBearerOnly(false);
          representation.setClientAuthenticatorType("client-secret");
          representation.setStandardFlowEnabled(false);
          representation.setImplicitFlowEnabled(false);
          representation.setDirectAccessGrantsEnabled(false);
          representation.setServiceAccountsEnabled(true);
          representation.setFullScopeAllowed(true);
          representation.setDefaultClientScopes(MACHINE_CLIENT_SCOPES);
          representation.setOptionalClientScopes(List.of());
          String internalId;
          try (Response response = realmResource().clients().create(representation)) {
            internalId = created(response, "client " + id);
          }
          ClientResource client = realmResource().clients().get(internalId);
          try {
            alignDefaultScopes(client);
            UserRepresentation serviceAccount = client.getServiceAccountUser();
            realmResource().users().get(serviceAccount.getId()).joinGroup(group.getId());
            if (!realmRoles.isEmpty()) {
              realmResource()
                  .users()
                  .get(serviceAccount.getId())
                  .roles()
                  .realmLevel()
                  .add(realmRoles);
            }
            return new IssuedSecret(id, client.getSecret().getValue());
          } catch (RuntimeException e) {
            undo(client::remove, e);
            throw e;
          }
        });
  }

  /** Gives the client exactly the machine-client scopes, whatever the realm adds by default. */
  private void alignDefaultScopes(ClientResource client) {
    List<String> present =
        client.getDefaultClientScopes().stream().map(ClientScopeRepresentation::getName).toList();
    if (present.containsAll(MACHINE_CLIENT_SCOPES)) {
      return;
    }
    for (ClientScopeRepresentation scope : realmResource().clientScopes().findAll()) {
      if (MACHINE_CLIENT_SCOPES.contains(scope.getName()) && !present.contains(scope.getName())) {
        client.addDefaultClientScope(scope.getId());
      }
    }
  }

  @Override
  public IssuedSecret rotateSecret(String clientId) {
    String id = name(clientId, "client id");
    return call(
        "rotate the secret of client " + id,
        () -> new IssuedSecret(id, client(id).generateNewSecret().getValue()));
  }

  @Override
  public void setClientEnabled(String clientId, boolean enabled) {
    String id = name(clientId, "client id");
    call(
        (enabled ? "enable" : "disable") + " client " + id,
        () -> {
          ClientResource client = client(id);
          ClientRepresentation representation = client.toRepresentation();
          representation.setEnabled(enabled);
          client.update(representation);
          return null;
        });
  }

  /** Deletes the client; one that is already gone is left so (revocation may be repeated). */
  @Override
  public void deleteClient(String clientId) {
    String id = name(clientId, "client id");
    call(
        "delete client " + id,
        () -> {
          List<ClientRepresentation> found = realmResource().clients().findByClientId(id);
          for (ClientRepresentation client : found) {
            if (id.equals(client.getClientId())) {
              realmResource().clients().get(client.getId()).remove();
            }
          }
          return null;
        });
  }

  private ClientResource client(String clientId) {
    return realmResource().clients().findByClientId(clientId).stream()
        .filter(c -> clientId.equals(c.getClientId()))
        .findFirst()
        .map(c -> realmResource().clients().get(c.getId()))
        .orElseThrow(() -> new RealmAdminException("No client " + clientId + " in realm " + realm));
  }

  // ---- plumbing

  private RealmResource realmResource() {
    return keycloak.realm(realm);
  }

  /** The top-level group named {@code orgId}, if there is one. */
  private Optional<GroupRepresentation> findGroup(String orgId) {
    try {
      GroupRepresentation group = realmResource().getGroupByPath("/" + orgId);
      return Optional.ofNullable(group).filter(g -> ("/" + orgId).equals(g.getPath()));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The id of what a 201 response created; anything else fails with Keycloak's reason. */
  private static String created(Response response, String what) {
    if (response.getStatus() == 409) {
      throw new RealmAdminException(what + " already exists");
    }
    if (response.getStatus() != 201) {
      throw new RealmAdminException(
          what + " was refused: HTTP " + response.getStatus() + " " + body(response));
    }
    return CreatedResponseUtil.getCreatedId(response);
  }

  private static String body(Response response) {
    try {
      return response.hasEntity() ? response.readEntity(String.class) : "";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private <T> T call(String what, Supplier<T> action) {
    try {
      return action.get();
    } catch (RealmAdminException e) {
      throw e;
    } catch (WebApplicationException e) {
      Response response = e.getResponse();
      throw new RealmAdminException(
          "Keycloak refused to "
              + what
              + " in realm "
              + realm
              + ": HTTP "
              + (response == null ? "?" : response.getStatus() + " " + body(response)),
          e);
    } catch (ProcessingException e) {
      WebApplicationException refused = refusal(e);
      if (refused != null) { // the admin client's own token request, refused in a request filter
        throw new RealmAdminException(
            "Keycloak refused the portal's admin client ("
                + "HTTP "
                + refused.getResponse().getStatus()
                + ", check scrm.keycloak.admin.client-id and client-secret) to "
                + what
                + " in realm "
                + realm,
            e);
      }
      throw new RealmAdminException(
          "Could not reach Keycloak at " + serverUrl + " to " + what + ": " + rootMessage(e), e);
    } catch (RuntimeException e) {
      throw new RealmAdminException("Could not " + what + " in realm " + realm + ": " + e, e);
    }
  }

  private static WebApplicationException refusal(Throwable e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof WebApplicationException refused && refused.getResponse() != null) {
        return refused;
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return null;
  }

  private static void undo(Runnable compensation, RuntimeException cause) {
    try {
      compensation.run();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  private static String first(Map<String, List<String>> attributes, String name) {
    List<String> values = attributes.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Ids, aliases and client ids end up in paths of the admin API: a plain name only. */
  private static String name(String value, String what) {
    if (value == null || !NAME.matcher(value).matches()) {
      throw new RealmAdminException("Not a valid " + what + ": " + value);
    }
    return value;
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new RealmAdminException("The provider has no " + what);
    }
    return value;
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  @Override
  public void close() {
    keycloak.close();
  }
}
