package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.scrmportal.identity.RealmAdmin.OrganizationGroup;
import org.scrmportal.identity.keycloak.KeycloakRealmAdmin;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.BrowserTest;
import org.scrmportal.it.support.PartnerRealm;

/**
 * A partner agency's person signs in to the portal through their own identity provider, brokered by
 * the scrm realm as approval registers it (KeycloakRealmAdmin, directly here): the organization
 * group first, then the provider with its mappers. The provider asserts {@code org_id=ncsa} and
 * {@code org_tier=T3}; the person must land in the admitted organization all the same, under the
 * username {@code <alias>.<their id>}. Headless Chromium through the real login pages.
 */
class SamlBrokerIT extends BrowserTest {

  private static KeycloakRealmAdmin admin;
  private static Keycloak master;

  @BeforeAll
  static void signInAsPortal() {
    admin =
        new KeycloakRealmAdmin(
            PartnerRealm.keycloak(), "scrm", "scrm-portal-admin", "scrm-portal-admin-demo-secret");
    master = PartnerRealm.masterAdmin();
  }

  @AfterAll
  static void signOut() {
    admin.close();
    master.close();
  }

  @Test
  void aPartnerPersonSignsInThroughSamlAndLandsInTheAdmittedOrganizationNotTheOneAsserted() {
    String suffix = "saml" + UUID.randomUUID().toString().substring(0, 6);
    String orgId = "agency-" + suffix;
    String alias = "fed-" + orgId;
    try (PartnerRealm partner = PartnerRealm.create(suffix)) {
      assertTrue(partner.idpMetadataXml().contains("IDPSSODescriptor"), "a SAML IdP descriptor");
      admin.putOrganizationGroup(
          new OrganizationGroup(
              orgId, "Partner Agency " + suffix, "agency", "T2", "government", "FR"));
      admin.createSamlProvider(partner.samlProvider(alias, orgId, Set.of("consumer")));
      try {
        signInAndCheck(alias, partner, alias + "." + partner.username(), orgId);
        UserRepresentation brokered = brokeredUser(alias + "." + partner.username());
        assertEquals(partner.email(), brokered.getEmail(), "email imported");
        assertEquals(partner.firstName(), brokered.getFirstName());
        assertEquals(partner.lastName(), brokered.getLastName());
        assertFalse(brokered.isEmailVerified(), "email not trusted");
        Map<String, List<String>> attributes =
            brokered.getAttributes() == null ? Map.of() : brokered.getAttributes();
        assertTrue(
            attributes.keySet().stream().noneMatch(k -> k.startsWith("org_")),
            "no org_* attribute imported: " + attributes);
      } finally {
        master.realm("scrm").identityProviders().get(alias).remove();
      }
    }
  }

  @Test
  void aPartnerPersonSignsInThroughOidcAndLandsInTheAdmittedOrganizationNotTheOneAsserted() {
    String suffix = "oidc" + UUID.randomUUID().toString().substring(0, 6);
    String orgId = "agency-" + suffix;
    String alias = "oidc-" + orgId;
    try (PartnerRealm partner = PartnerRealm.create(suffix)) {
      admin.putOrganizationGroup(
          new OrganizationGroup(
              orgId, "Partner Agency " + suffix, "agency", "T2", "government", "NL"));
      admin.createOidcProvider(partner.oidcProvider(alias, orgId, Set.of("consumer")));
      try {
        signInAndCheck(alias, partner, alias + "." + partner.userId(), orgId);
      } finally {
        master.realm("scrm").identityProviders().get(alias).remove();
      }
    }
  }

  private static void signInAndCheck(
      String alias, PartnerRealm partner, String expectedUsername, String orgId) {
    try (Browser browser = Browser.signInThrough(alias, partner.username(), partner.password())) {
      browser.open("account.xhtml");
      String username = browser.driver().findElement(By.id("username")).getText();
      String organization = browser.driver().findElement(By.id("org-id")).getText();
      String roles = browser.driver().findElement(By.id("roles")).getText();
      assertEquals(expectedUsername.toLowerCase(), username, "brokered username");
      assertEquals(orgId, organization, "the admitted organization, whatever the provider said");
      assertFalse(browser.bodyText().contains("ncsa"), "never the asserted ncsa");
      assertFalse(
          browser.driver().findElement(By.id("org-tier")).getText().contains("T3"),
          "never the asserted tier");
      assertTrue(roles.contains("consumer"), "the role approval gave: " + roles);
      assertFalse(roles.contains("operator"), roles);
    }
  }

  private static UserRepresentation brokeredUser(String username) {
    List<UserRepresentation> found = master.realm("scrm").users().search(username, true);
    assertEquals(1, found.size(), "one brokered user " + username);
    return master.realm("scrm").users().get(found.get(0).getId()).toRepresentation();
  }
}
