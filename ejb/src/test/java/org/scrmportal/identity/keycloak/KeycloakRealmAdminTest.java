package org.scrmportal.identity.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.scrmportal.identity.RealmAdmin.OidcProvider;
import org.scrmportal.identity.RealmAdmin.RealmAdminException;
import org.scrmportal.identity.RealmAdmin.SamlProvider;

/** What approval registers, without a Keycloak: the representations and mappers sent. */
class KeycloakRealmAdminTest {

  private static final SamlProvider SAML =
      new SamlProvider(
          "fed-agency-x",
          "Agency X",
          "https://idp.agency-x.example/idp",
          "https://idp.agency-x.example/sso",
          false,
          List.of("MIIBa", "MIIBb"),
          null,
          "agency-x",
          Set.of("consumer", "submitter"));

  private static final OidcProvider OIDC =
      new OidcProvider(
          "oidc-agency-y",
          "Agency Y",
          "https://op.agency-y.example",
          "https://op.agency-y.example/auth",
          "https://op.agency-y.example/token",
          "https://op.agency-y.example/jwks",
          null,
          "scrm",
          "s3cret",
          "agency-y",
          Set.of("consumer"));

  @Test
  void theSamlProviderValidatesSignaturesAndTrustsNoEmail() {
    IdentityProviderRepresentation saml = KeycloakRealmAdmin.samlRepresentation(SAML);
    Map<String, String> config = saml.getConfig();
    assertEquals("saml", saml.getProviderId());
    assertFalse(saml.isTrustEmail());
    assertEquals("first broker login", saml.getFirstBrokerLoginFlowAlias());
    assertEquals("true", config.get("validateSignature"));
    assertEquals("MIIBa,MIIBb", config.get("signingCertificate"));
    assertEquals("false", config.get("postBindingAuthnRequest"), "redirect binding");
    assertEquals("true", config.get("postBindingResponse"));
    assertEquals("SUBJECT", config.get("principalType"));
    assertEquals("FORCE", config.get("syncMode"));
    assertFalse(config.containsKey("nameIDPolicyFormat"), "the provider's default");
  }

  @Test
  void aSamlProviderWithoutSigningCertificateIsRefused() {
    SamlProvider unsigned =
        new SamlProvider(
            "fed-z", "Z", "https://z/idp", "https://z/sso", true, List.of(), null, "z", Set.of());
    assertThrows(RealmAdminException.class, () -> KeycloakRealmAdmin.samlRepresentation(unsigned));
  }

  @Test
  void noMapperEverImportsAnOrganizationAttribute() {
    for (List<IdentityProviderMapperRepresentation> mappers :
        List.of(KeycloakRealmAdmin.samlMappers(SAML), KeycloakRealmAdmin.oidcMappers(OIDC))) {
      for (IdentityProviderMapperRepresentation mapper : mappers) {
        String target = mapper.getConfig().getOrDefault("user.attribute", "");
        assertFalse(target.startsWith("org_"), mapper.getName());
        assertTrue(
            Set.of("email", "firstName", "lastName", "").contains(target),
            mapper.getName() + " imports " + target);
      }
    }
  }

  @Test
  void mappersPlaceUsersInTheGroupWithTheRolesAndAPrefixedUsername() {
    List<IdentityProviderMapperRepresentation> saml = KeycloakRealmAdmin.samlMappers(SAML);
    assertEquals(Set.of("/agency-x"), configs(saml, "oidc-hardcoded-group-idp-mapper", "group"));
    assertEquals(
        Set.of("consumer", "submitter"), configs(saml, "oidc-hardcoded-role-idp-mapper", "role"));
    assertEquals(
        Set.of("${ALIAS}.${NAMEID}"), configs(saml, "saml-username-idp-mapper", "template"));
    List<IdentityProviderMapperRepresentation> oidc = KeycloakRealmAdmin.oidcMappers(OIDC);
    assertEquals(Set.of("/agency-y"), configs(oidc, "oidc-hardcoded-group-idp-mapper", "group"));
    assertEquals(
        Set.of("${ALIAS}.${CLAIM.sub}"), configs(oidc, "oidc-username-idp-mapper", "template"));
    assertEquals(3, oidc.size(), "group, role, username");
  }

  @Test
  void theOidcProviderUsesPkceAndTheJwksUrl() {
    Map<String, String> config = KeycloakRealmAdmin.oidcRepresentation(OIDC).getConfig();
    assertEquals("true", config.get("pkceEnabled"));
    assertEquals("S256", config.get("pkceMethod"));
    assertEquals("true", config.get("useJwksUrl"));
    assertEquals("true", config.get("validateSignature"));
    assertEquals("client_secret_post", config.get("clientAuthMethod"));
    assertEquals("openid profile email", config.get("defaultScope"));
    assertFalse(config.containsKey("userInfoUrl"));
  }

  @Test
  void theAdminUrlIsTheOriginOfTheOidcProviderUnlessConfigured() {
    assertEquals(
        URI.create("http://127.0.0.1:8190"),
        RealmAdminProducer.adminUrl(null, "http://127.0.0.1:8190/realms/scrm"));
    assertEquals(
        URI.create("https://id.example"),
        RealmAdminProducer.adminUrl("", "https://id.example/realms/scrm"));
    assertEquals(
        URI.create("http://kc:8080"),
        RealmAdminProducer.adminUrl("http://kc:8080", "https://id.example/realms/scrm"));
    assertEquals(URI.create("http://127.0.0.1:8180"), RealmAdminProducer.adminUrl(null, null));
  }

  private static Set<String> configs(
      List<IdentityProviderMapperRepresentation> mappers, String type, String key) {
    return mappers.stream()
        .filter(m -> type.equals(m.getIdentityProviderMapper()))
        .map(m -> m.getConfig().get(key))
        .collect(Collectors.toSet());
  }
}
