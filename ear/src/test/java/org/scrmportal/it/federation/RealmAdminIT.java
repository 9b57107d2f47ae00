package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.identity.RealmAdmin;
import org.scrmportal.identity.RealmAdmin.IssuedSecret;
import org.scrmportal.identity.RealmAdmin.OrganizationGroup;
import org.scrmportal.identity.RealmAdmin.RealmAdminException;
import org.scrmportal.it.support.Deployments;

/**
 * The RealmAdmin the portal gets inside WildFly: produced from MicroProfile Config (here only
 * {@code scrm.oidc.provider-url}, which TestServers passes; the admin URL, realm, client and secret
 * are the defaults), running keycloak-admin-client on the server's RESTEasy and Jackson.
 */
@ExtendWith(ArquillianExtension.class)
class RealmAdminIT {

  @Deployment
  static EnterpriseArchive portal() {
    return Deployments.servicesWith(RealmAdminIT.class);
  }

  @Inject RealmAdmin realmAdmin;

  @Test
  void theProducedRealmAdminWritesAndReadsOrganizationGroups() {
    String orgId = "ra-it-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(Optional.empty(), realmAdmin.organizationGroup(orgId));
    OrganizationGroup group =
        new OrganizationGroup(orgId, "In-Server Test Agency", "agency", "T2", "government", "BE");
    realmAdmin.putOrganizationGroup(group);
    assertEquals(Optional.of(group), realmAdmin.organizationGroup(orgId));
    assertEquals("T1", realmAdmin.organizationGroup("acme-components").orElseThrow().tier());
    assertThrows(RealmAdminException.class, () -> realmAdmin.organizationGroup("no/such"));
  }

  @Test
  void theProducedRealmAdminIssuesMachineClientsThatGetTokens() throws Exception {
    String orgId = "ra-mc-" + UUID.randomUUID().toString().substring(0, 8);
    realmAdmin.putOrganizationGroup(
        new OrganizationGroup(orgId, "In-Server Machines Ltd", "company", "T1", null, "IE"));
    IssuedSecret issued =
        realmAdmin.createMachineClient(orgId + "-poller", "poller", orgId, Set.of("consumer"));
    HttpResponse<String> token = token(issued.clientId(), issued.secret());
    assertEquals(200, token.statusCode(), token.body());
    realmAdmin.deleteClient(issued.clientId());
    assertEquals(401, token(issued.clientId(), issued.secret()).statusCode());
    assertFalse(realmAdmin.identityProviderExists("fed-" + orgId));
  }

  /** What the EAR ships for the admin client: no second RESTEasy, no Keycloak server jars. */
  @Test
  @RunAsClient
  void theEarShipsTheAdminClientButNotRestEasy() throws Exception {
    try (ZipFile ear = new ZipFile(new File(System.getProperty("scrm.ear")))) {
      List<String> libs =
          Collections.list(ear.entries()).stream()
              .map(ZipEntry::getName)
              .filter(n -> n.startsWith("lib/"))
              .toList();
      assertTrue(libs.stream().anyMatch(n -> n.contains("keycloak-admin-client")), libs::toString);
      assertTrue(
          libs.stream().noneMatch(n -> n.contains("resteasy")),
          "RESTEasy is the server's: " + libs);
      assertTrue(
          libs.stream()
              .noneMatch(n -> n.contains("keycloak-core") || n.contains("keycloak-common")),
          libs::toString);
      assertTrue(libs.stream().noneMatch(n -> n.contains("jboss-logging")), libs::toString);
      assertTrue(libs.stream().noneMatch(n -> n.contains("httpclient")), libs::toString);
    }
  }

  private static HttpResponse<String> token(String clientId, String secret) throws Exception {
    String issuer = System.getProperty("scrm.oidc.provider-url");
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
