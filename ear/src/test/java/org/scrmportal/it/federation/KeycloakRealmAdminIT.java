package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.scrmportal.identity.RealmAdmin.IssuedSecret;
import org.scrmportal.identity.RealmAdmin.OrganizationGroup;
import org.scrmportal.identity.RealmAdmin.RealmAdminException;
import org.scrmportal.identity.RealmAdmin.SamlProvider;
import org.scrmportal.identity.keycloak.KeycloakRealmAdmin;
import org.scrmportal.it.support.PartnerRealm;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/**
 * KeycloakRealmAdmin from the test JVM against the test Keycloak, signed in as the realm file's
 * {@code scrm-portal-admin} (so its realm-management roles are proven enough): what it registers is
 * read back through the master admin.
 */
class KeycloakRealmAdminIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static KeycloakRealmAdmin admin;
  private static Keycloak master;

  @BeforeAll
  static void signIn() {
    admin = portalAdmin("scrm-portal-admin-demo-secret");
    master = PartnerRealm.masterAdmin();
  }

  @AfterAll
  static void signOut() {
    admin.close();
    master.close();
  }

  static KeycloakRealmAdmin portalAdmin(String secret) {
    return new KeycloakRealmAdmin(PartnerRealm.keycloak(), "scrm", "scrm-portal-admin", secret);
  }

  private static RealmResource scrm() {
    return master.realm("scrm");
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anOrganizationGroupIsCreatedReadAndUpdated() {
    String orgId = unique("kra-group");
    assertEquals(Optional.empty(), admin.organizationGroup(orgId), "no group yet");

    OrganizationGroup group =
        new OrganizationGroup(orgId, "Group Test Agency", "agency", "T2", "government", "FR");
    admin.putOrganizationGroup(group);
    assertEquals(Optional.of(group), admin.organizationGroup(orgId));
    GroupRepresentation stored = scrm().getGroupByPath("/" + orgId);
    assertEquals(List.of(orgId), stored.getAttributes().get("org_id"));
    assertEquals(List.of("T2"), stored.getAttributes().get("org_tier"));

    OrganizationGroup changed =
        new OrganizationGroup(orgId, "Group Test Agency", "agency", "T3", null, "FR");
    admin.putOrganizationGroup(changed);
    assertEquals(Optional.of(changed), admin.organizationGroup(orgId), "updated in place");
    assertEquals(
        1,
        scrm().groups().groups(orgId, 0, 10).stream()
            .filter(g -> g.getName().equals(orgId))
            .count(),
        "one group, not two");
  }

  @Test
  void aGroupWithoutTheOrganizationAttributesIsNoOrganizationGroup() {
    String orgId = unique("kra-bare");
    GroupRepresentation bare = new GroupRepresentation();
    bare.setName(orgId);
    scrm().groups().add(bare).close();
    assertEquals(Optional.empty(), admin.organizationGroup(orgId));
    assertEquals(
        Optional.of("acme-components"),
        admin.organizationGroup("acme-components").map(OrganizationGroup::orgId),
        "the realm file's demo groups are organization groups");
    assertEquals("T1", admin.organizationGroup("acme-components").orElseThrow().tier());
  }

  @Test
  void aSamlProviderIsRegisteredWithTheConventionsAndNoOrganizationImporter() {
    String orgId = unique("kra-saml");
    admin.putOrganizationGroup(
        new OrganizationGroup(orgId, "SAML Test Agency", "agency", "T2", "government", "FR"));
    String alias = "fed-" + orgId;
    SamlProvider provider =
        new SamlProvider(
            alias,
            "SAML Test Agency",
            "https://idp." + orgId + ".example/idp",
            "https://idp." + orgId + ".example/sso",
            true,
            List.of("MIIBcert1", "MIIBcert2"),
            "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
            orgId,
            Set.of("consumer", "submitter"));
    assertFalse(admin.identityProviderExists(alias));
    admin.createSamlProvider(provider);
    assertTrue(admin.identityProviderExists(alias));

    IdentityProviderRepresentation stored =
        scrm().identityProviders().get(alias).toRepresentation();
    Map<String, String> config = stored.getConfig();
    assertEquals("saml", stored.getProviderId());
    assertTrue(stored.isEnabled());
    assertFalse(stored.isTrustEmail());
    assertEquals("first broker login", stored.getFirstBrokerLoginFlowAlias());
    assertEquals(provider.entityId(), config.get("idpEntityId"));
    assertEquals(provider.singleSignOnUrl(), config.get("singleSignOnServiceUrl"));
    assertEquals("true", config.get("validateSignature"));
    assertEquals("MIIBcert1,MIIBcert2", config.get("signingCertificate"));
    assertEquals("true", config.get("postBindingResponse"));
    assertEquals("true", config.get("postBindingAuthnRequest"));
    assertEquals("SUBJECT", config.get("principalType"));
    assertEquals("FORCE", config.get("syncMode"));
    assertEquals(provider.nameIdFormat(), config.get("nameIDPolicyFormat"));

    List<IdentityProviderMapperRepresentation> mappers =
        scrm().identityProviders().get(alias).getMappers();
    assertEquals(
        Set.of("/" + orgId),
        configsOf(mappers, "oidc-hardcoded-group-idp-mapper", "group"),
        "group");
    assertEquals(
        Set.of("consumer", "submitter"),
        configsOf(mappers, "oidc-hardcoded-role-idp-mapper", "role"),
        "roles");
    assertEquals(
        Set.of("${ALIAS}.${NAMEID}"),
        configsOf(mappers, "saml-username-idp-mapper", "template"),
        "username template");
    assertEquals(
        Set.of("email", "firstName", "lastName"),
        configsOf(mappers, "saml-user-attribute-idp-mapper", "user.attribute"),
        "email and names imported, nothing else");
    assertEquals(
        Set.of(
            "urn:oid:0.9.2342.19200300.100.1.3",
            "urn:oid:2.5.4.42",
            "urn:oid:2.5.4.4",
            "email",
            "firstName",
            "lastName"),
        configsOf(mappers, "saml-user-attribute-idp-mapper", "attribute.name"));
    assertEquals(
        Set.of(
            "oidc-hardcoded-group-idp-mapper",
            "oidc-hardcoded-role-idp-mapper",
            "saml-username-idp-mapper",
            "saml-user-attribute-idp-mapper"),
        mappers.stream()
            .map(IdentityProviderMapperRepresentation::getIdentityProviderMapper)
            .collect(Collectors.toSet()),
        "no other kind of mapper");
    assertTrue(
        master
            .serverInfo()
            .getInfo()
            .getProviders()
            .get("identity-provider-mapper")
            .getProviders()
            .keySet()
            .containsAll(
                mappers.stream()
                    .map(IdentityProviderMapperRepresentation::getIdentityProviderMapper)
                    .toList()),
        "mapper types the server knows (it accepts unknown ones and fails at sign-in)");

    RealmAdminException again =
        assertThrows(RealmAdminException.class, () -> admin.createSamlProvider(provider));
    assertTrue(again.getMessage().contains(alias), again.getMessage());

    admin.setIdentityProviderEnabled(alias, false);
    assertFalse(scrm().identityProviders().get(alias).toRepresentation().isEnabled());
    admin.setIdentityProviderEnabled(alias, true);
    assertTrue(scrm().identityProviders().get(alias).toRepresentation().isEnabled());
  }

  @Test
  void aProviderForAnOrganizationWithoutGroupOrWithAnUnknownRoleIsRefusedAndNothingIsLeft() {
    String orgId = unique("kra-nogroup");
    String alias = "fed-" + orgId;
    SamlProvider provider =
        new SamlProvider(
            alias,
            "x",
            "https://idp.example/x",
            "https://idp.example/sso",
            false,
            List.of("MIIBcert"),
            null,
            orgId,
            Set.of("consumer"));
    RealmAdminException noGroup =
        assertThrows(RealmAdminException.class, () -> admin.createSamlProvider(provider));
    assertTrue(noGroup.getMessage().contains("/" + orgId), noGroup.getMessage());
    assertFalse(admin.identityProviderExists(alias));

    admin.putOrganizationGroup(
        new OrganizationGroup(orgId, "No Role Ltd", "company", "T1", null, "DE"));
    SamlProvider badRole =
        new SamlProvider(
            alias,
            "x",
            "https://idp.example/x",
            "https://idp.example/sso",
            false,
            List.of("MIIBcert"),
            null,
            orgId,
            Set.of("no-such-role"));
    RealmAdminException noRole =
        assertThrows(RealmAdminException.class, () -> admin.createSamlProvider(badRole));
    assertTrue(noRole.getMessage().contains("no-such-role"), noRole.getMessage());
    assertFalse(admin.identityProviderExists(alias), "nothing left behind");
    assertThrows(
        RealmAdminException.class, () -> admin.setIdentityProviderEnabled("fed-missing", false));
  }

  @Test
  void anOidcProviderIsRegisteredWithTheConventions() {
    String orgId = unique("kra-oidc");
    admin.putOrganizationGroup(
        new OrganizationGroup(orgId, "OIDC Test Agency", "agency", "T2", "government", "NL"));
    String alias = "oidc-" + orgId;
    try (PartnerRealm partner = PartnerRealm.create(unique("kra"))) {
      admin.createOidcProvider(partner.oidcProvider(alias, orgId, Set.of("consumer")));
      IdentityProviderRepresentation stored =
          scrm().identityProviders().get(alias).toRepresentation();
      Map<String, String> config = stored.getConfig();
      assertEquals("oidc", stored.getProviderId());
      assertFalse(stored.isTrustEmail());
      assertEquals(partner.oidcIssuer(), config.get("issuer"));
      assertEquals("true", config.get("validateSignature"));
      assertEquals("true", config.get("useJwksUrl"));
      assertEquals("true", config.get("pkceEnabled"));
      assertEquals("S256", config.get("pkceMethod"));
      assertEquals("client_secret_post", config.get("clientAuthMethod"));
      assertEquals("openid profile email", config.get("defaultScope"));
      assertEquals("FORCE", config.get("syncMode"));
      List<IdentityProviderMapperRepresentation> mappers =
          scrm().identityProviders().get(alias).getMappers();
      assertEquals(
          Set.of("/" + orgId), configsOf(mappers, "oidc-hardcoded-group-idp-mapper", "group"));
      assertEquals(
          Set.of("consumer"), configsOf(mappers, "oidc-hardcoded-role-idp-mapper", "role"));
      assertEquals(
          Set.of("${ALIAS}.${CLAIM.sub}"),
          configsOf(mappers, "oidc-username-idp-mapper", "template"));
      assertEquals(3, mappers.size(), "group, role, username: no claim importer");
    }
  }

  @Test
  void aMachineClientGetsTokensNamingItsOrganizationUntilRotatedDisabledOrDeleted()
      throws Exception {
    String orgId = unique("kra-mc");
    admin.putOrganizationGroup(
        new OrganizationGroup(orgId, "Machine Test GmbH", "company", "T1", "energy", "DE"));
    String clientId = orgId + "-poller";
    IssuedSecret issued =
        admin.createMachineClient(clientId, "Poller of " + orgId, orgId, Set.of("consumer"));
    assertEquals(clientId, issued.clientId());

    HttpResponse<String> first = token(clientId, issued.secret());
    assertEquals(200, first.statusCode(), first.body());
    JsonNode claims = Tokens.payload(JSON.readTree(first.body()).get("access_token").asText());
    assertEquals(orgId, claims.path("org_id").asText(), claims.toString());
    assertEquals("T1", claims.path("org_tier").asText(), claims.toString());
    assertEquals(clientId, claims.path("client_id").asText(), claims.toString());
    assertTrue(roles(claims).contains("consumer"), claims.toString());
    assertFalse(roles(claims).contains("submitter"), claims.toString());
    assertTrue(
        claims.path("aud").toString().contains("scrm-api"), "audience: " + claims.path("aud"));
    ClientRepresentation stored = scrm().clients().findByClientId(clientId).get(0);
    assertTrue(stored.isServiceAccountsEnabled());
    assertFalse(stored.isStandardFlowEnabled());
    assertFalse(stored.isDirectAccessGrantsEnabled());
    assertFalse(stored.isPublicClient());

    IssuedSecret rotated = admin.rotateSecret(clientId);
    assertNotEquals(issued.secret(), rotated.secret());
    assertEquals(401, token(clientId, issued.secret()).statusCode(), "the old secret is refused");
    assertEquals(200, token(clientId, rotated.secret()).statusCode(), "the new one works");

    admin.setClientEnabled(clientId, false);
    assertNotEquals(200, token(clientId, rotated.secret()).statusCode(), "disabled");
    admin.setClientEnabled(clientId, true);
    assertEquals(200, token(clientId, rotated.secret()).statusCode(), "enabled again");

    admin.deleteClient(clientId);
    assertNotEquals(200, token(clientId, rotated.secret()).statusCode(), "deleted");
    assertTrue(scrm().clients().findByClientId(clientId).isEmpty());
    admin.deleteClient(clientId); // revocation may be repeated
    assertThrows(RealmAdminException.class, () -> admin.rotateSecret(clientId));
    assertThrows(
        RealmAdminException.class,
        () -> admin.createMachineClient(unique("kra-x"), "x", unique("kra-nogroup"), Set.of()));
  }

  @Test
  void endingAnOrganizationsSessionsEndsItsMembersSessions() throws Exception {
    String orgId = unique("kra-sessions");
    admin.putOrganizationGroup(
        new OrganizationGroup(orgId, "Session Test Ltd", "company", "T1", null, "IE"));
    String member = createUser(unique("kra-member"), "/" + orgId);
    String outsider = createUser(unique("kra-outsider"), "/acme-components");
    String memberRefresh = refreshToken(member);
    String outsiderRefresh = refreshToken(outsider);
    assertEquals(200, refresh(memberRefresh).statusCode(), "a live session");

    admin.endSessions(orgId);

    assertEquals(400, refresh(memberRefresh).statusCode(), "the member's session ended");
    assertEquals(200, refresh(outsiderRefresh).statusCode(), "others' sessions go on");
    admin.endSessions(unique("kra-no-group")); // nothing to end
  }

  @Test
  void keycloakRefusingOrUnreachableIsARealmAdminException() {
    try (KeycloakRealmAdmin wrongSecret = portalAdmin("not-the-secret")) {
      RealmAdminException refused =
          assertThrows(
              RealmAdminException.class, () -> wrongSecret.organizationGroup("acme-components"));
      assertTrue(refused.getMessage().contains("acme-components"), refused.getMessage());
    }
    try (KeycloakRealmAdmin unreachable =
        new KeycloakRealmAdmin(URI.create("http://127.0.0.1:9"), "scrm", "x", "y")) {
      RealmAdminException down =
          assertThrows(
              RealmAdminException.class, () -> unreachable.organizationGroup("acme-components"));
      assertTrue(down.getMessage().contains("Could not reach Keycloak"), down.getMessage());
    }
    assertThrows(RealmAdminException.class, () -> admin.organizationGroup("../admin"));
  }

  /**
   * KC 26's declarative user profile with unmanaged attributes disabled (the realm file sets no
   * policy): a person cannot give themselves {@code org_*} attributes through the account API, and
   * no {@code org_*} attribute is part of the profile.
   */
  @Test
  void peopleCannotSetOrganizationAttributesThemselves() throws Exception {
    UPConfig profile = scrm().users().userProfile().getConfiguration();
    assertNull(profile.getUnmanagedAttributePolicy(), "unmanaged attributes disabled");
    assertTrue(
        profile.getAttributes().stream().noneMatch(a -> a.getName().startsWith("org_")),
        "no org_* attribute in the user profile");

    String username = createUser(unique("kra-self"), "/acme-components");
    String token = JSON.readTree(passwordGrant(username).body()).get("access_token").asText();
    String account = TestServers.issuer() + "/account";
    HttpResponse<String> me =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(account))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, me.statusCode(), "the account API answers the person: " + me.body());
    ObjectNode update = (ObjectNode) JSON.readTree(me.body());
    ObjectNode hostile = update.putObject("attributes");
    hostile.putArray("org_id").add("ncsa");
    hostile.putArray("org_tier").add("T3");
    HttpResponse<String> attempt =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(account))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        attempt.statusCode() == 204 || attempt.statusCode() == 400,
        "judged by the user profile: " + attempt.statusCode() + " " + attempt.body());
    UserRepresentation stored = scrm().users().search(username, true).get(0);
    Map<String, List<String>> attributes =
        stored.getAttributes() == null ? Map.of() : stored.getAttributes();
    assertFalse(attributes.containsKey("org_id"), "attributes: " + attributes);
    assertFalse(attributes.containsKey("org_tier"), "attributes: " + attributes);
    JsonNode claims =
        Tokens.payload(JSON.readTree(passwordGrant(username).body()).get("access_token").asText());
    assertEquals("acme-components", claims.path("org_id").asText(), "still the group's word");
  }

  // ---- helpers

  private static Set<String> configsOf(
      List<IdentityProviderMapperRepresentation> mappers, String type, String key) {
    return mappers.stream()
        .filter(m -> type.equals(m.getIdentityProviderMapper()))
        .map(m -> m.getConfig().get(key))
        .collect(Collectors.toSet());
  }

  private static Set<String> roles(JsonNode claims) {
    return StreamSupport.stream(claims.path("realm_access").path("roles").spliterator(), false)
        .map(JsonNode::asText)
        .collect(Collectors.toSet());
  }

  private static String createUser(String username, String group) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    user.setEmailVerified(true);
    user.setEmail(username + "@test.example");
    user.setFirstName("Test");
    user.setLastName("Person");
    user.setGroups(List.of(group));
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue("test-Password-1");
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    try (var response = scrm().users().create(user)) {
      assertEquals(201, response.getStatus(), "user " + username);
    }
    // groups in a created representation are ignored by the admin API: join explicitly
    String id = scrm().users().search(username, true).get(0).getId();
    scrm().users().get(id).joinGroup(scrm().getGroupByPath(group).getId());
    return username;
  }

  private static HttpResponse<String> passwordGrant(String username)
      throws IOException, InterruptedException {
    return post(
        Map.of(
            "grant_type", "password",
            "client_id", "scrm-cli",
            "username", username,
            "password", "test-Password-1"));
  }

  private static String refreshToken(String username) throws Exception {
    HttpResponse<String> response = passwordGrant(username);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).get("refresh_token").asText();
  }

  private static HttpResponse<String> refresh(String refreshToken)
      throws IOException, InterruptedException {
    return post(
        Map.of(
            "grant_type", "refresh_token", "client_id", "scrm-cli", "refresh_token", refreshToken));
  }

  private static HttpResponse<String> token(String clientId, String secret)
      throws IOException, InterruptedException {
    return post(
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private static HttpResponse<String> post(Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(TestServers.issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
