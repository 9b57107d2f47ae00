package org.scrmportal.it.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openqa.selenium.By;
import org.scrmportal.identity.federation.saml.testing.TestFederation;
import org.scrmportal.it.support.Api;
import org.scrmportal.it.support.Browser;
import org.scrmportal.it.support.PartnerRealm;
import org.scrmportal.it.support.TestServers;

/**
 * What the federation tests share: registering a signed aggregate, four-eyes onboarding and vetting
 * over the REST API as the demo operators olivia (proposes) and oscar (approves), alerts under a
 * marking, and a person signing in to the portal through their organization's identity provider.
 * Every name made here carries a fresh suffix, so that no test depends on another.
 */
final class FederationSteps {

  static final String REGISTRAR = "https://registrar.example.org/";
  static final String SIRTFI = "https://refeds.org/sirtfi";
  static final String RESEARCH_AND_SCHOLARSHIP =
      "http://refeds.org/category/research-and-scholarship";

  private FederationSteps() {}

  /** A fresh suffix for names: lower case letters and digits. */
  static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** The {@code entityID} of an {@code md:EntityDescriptor}. */
  static String entityIdOf(String entityDescriptorXml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(entityDescriptorXml.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement()
          .getAttribute("entityID");
    } catch (Exception e) {
      throw new IllegalStateException("not an entity descriptor: " + entityDescriptorXml, e);
    }
  }

  /**
   * The partner realm's IdP as a federation describes it (registration authority, entity category,
   * assurance certification, organization), in an aggregate valid for a day, signed by {@code
   * federation}.
   */
  static byte[] signedAggregate(TestFederation federation, String name, String... entities) {
    return federation.sign(
        TestFederation.aggregate(
            "urn:example:federation:" + name,
            Instant.now().plus(Duration.ofDays(1)),
            Duration.ofHours(6),
            entities));
  }

  static String describe(String entityDescriptorXml, String organizationName) {
    return TestFederation.describe(
        entityDescriptorXml,
        REGISTRAR,
        organizationName,
        List.of(RESEARCH_AND_SCHOLARSHIP),
        List.of(SIRTFI));
  }

  /** {@code POST /api/federations} with an uploaded aggregate and the pinned certificate. */
  static Api.Reply register(Api operator, String name, String certificatePem, byte[] metadata) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("certificate", certificatePem);
    body.put("metadata", new String(metadata, StandardCharsets.UTF_8));
    return operator.post("/api/federations", body);
  }

  /** Registers {@code metadata} as a new federation; its id. */
  static String registered(Api operator, String name, String certificatePem, byte[] metadata) {
    Api.Reply reply = register(operator, name, certificatePem, metadata);
    assertEquals(201, reply.status(), reply::toString);
    assertEquals(name, reply.json().get("name").asText(), reply::toString);
    return reply.json().get("id").asText();
  }

  /** The listed IdP {@code entityId} of a federation; fails where it is not listed. */
  static JsonNode listedProvider(Api operator, String federationId, String entityId) {
    Api.Reply listed = operator.get("/api/federations/" + federationId + "/identity-providers");
    assertEquals(200, listed.status(), listed::toString);
    for (JsonNode provider : listed.json()) {
      if (provider.get("entityId").asText().equals(entityId)) {
        return provider;
      }
    }
    return fail(entityId + " is not listed: " + listed);
  }

  static Map<String, Object> organization(
      String id, String name, String type, String tier, String sector, String country) {
    Map<String, Object> organization = new LinkedHashMap<>();
    organization.put("id", id);
    organization.put("name", name);
    organization.put("type", type);
    organization.put("tier", tier);
    organization.put("sector", sector);
    organization.put("country", country);
    return organization;
  }

  /** {@code POST /api/onboarding} of a listed SAML IdP. */
  static Api.Reply proposeSaml(
      Api operator, String federationId, String entityId, Map<String, Object> organization) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("protocol", "saml");
    body.put("federation", federationId);
    body.put("entityId", entityId);
    body.put("organization", organization);
    body.put("roles", List.of("consumer"));
    body.put("reason", "partner agency " + organization.get("id"));
    return operator.post("/api/onboarding", body);
  }

  /** {@code POST /api/onboarding} of an OpenID provider by its issuer. */
  static Api.Reply proposeOidc(
      Api operator,
      String issuer,
      String clientId,
      String clientSecret,
      Map<String, Object> organization) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("protocol", "oidc");
    body.put("issuer", issuer);
    body.put("clientId", clientId);
    body.put("clientSecret", clientSecret);
    body.put("organization", organization);
    body.put("roles", List.of("consumer"));
    body.put("reason", "partner agency " + organization.get("id"));
    return operator.post("/api/onboarding", body);
  }

  /** Approves onboarding {@code id} as a second operator; the approved onboarding. */
  static JsonNode approved(Api secondOperator, String id) {
    Api.Reply approved = secondOperator.post("/api/onboarding/" + id + "/approve", null);
    assertEquals(200, approved.status(), approved::toString);
    assertEquals("APPROVED", approved.json().get("status").asText(), approved::toString);
    return approved.json();
  }

  /**
   * The partner realm's IdP onboarded (SAML, through a federation of its own) as organization
   * {@code orgId} of type agency at {@code tier}, olivia proposing and oscar approving.
   */
  static void onboardSaml(PartnerRealm partner, String orgId, String tier) {
    Api olivia = Api.as("olivia");
    TestFederation federation = TestFederation.create("Federation of " + orgId);
    String entity = describe(partner.idpMetadataXml(), "Partner agency " + orgId);
    String federationId =
        registered(
            olivia,
            "federation-" + orgId,
            federation.certificatePem(),
            signedAggregate(federation, orgId, entity));
    Api.Reply proposed =
        proposeSaml(
            olivia,
            federationId,
            entityIdOf(partner.idpMetadataXml()),
            organization(orgId, "Partner agency " + orgId, "agency", tier, "government", "FR"));
    assertEquals(201, proposed.status(), proposed::toString);
    approved(Api.as("oscar"), proposed.json().get("id").asText());
  }

  /** A vetting decision (SUSPEND, REINSTATE) on {@code orgId}: olivia proposes, oscar approves. */
  static void vet(String orgId, String action) {
    Api.Reply proposed =
        Api.as("olivia")
            .post(
                "/api/vetting/proposals",
                Map.of("organization", orgId, "action", action, "reason", action + " " + orgId));
    assertEquals(201, proposed.status(), proposed::toString);
    Api.Reply approved =
        Api.as("oscar")
            .post(
                "/api/vetting/proposals/" + proposed.json().get("id").asText() + "/approve", null);
    assertEquals(200, approved.status(), approved::toString);
  }

  static Map<String, Object> marking(String tlp, List<String> organizations, String minTier) {
    Map<String, Object> marking = new HashMap<>();
    marking.put("tlp", tlp);
    marking.put("organizations", organizations);
    marking.put("minTier", minTier);
    return marking;
  }

  /** Publishes an alert whose body is {@code body}; its id. */
  static String publish(Api as, String body, Map<String, Object> marking) {
    Api.Reply reply =
        as.post("/api/alerts", Map.of("title", "Alert " + body, "body", body, "marking", marking));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().get("id").asText();
  }

  /**
   * From Keycloak's login page, chooses the identity provider {@code alias}, signs in at the
   * partner realm's own login page and waits for the portal's dashboard.
   */
  static Browser signInThrough(String alias, PartnerRealm partner) {
    Browser browser = Browser.signInThrough(alias, partner.username(), partner.password());
    try {
      assertTrue(
          browser.currentUrl().startsWith(TestServers.PORTAL.toString()),
          "back at the portal: " + browser.currentUrl());
      return browser;
    } catch (RuntimeException | AssertionError e) {
      browser.close();
      throw e;
    }
  }

  /**
   * Whether Keycloak's login page, where the portal sends a person who is not signed in, offers the
   * identity provider {@code alias} (its button {@code social-<alias>}).
   */
  static boolean loginPageOffers(String alias) {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new CookieManager())
            .build();
    try {
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(TestServers.PORTAL).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode(), page::body);
      assertTrue(
          page.uri().toString().startsWith(TestServers.issuer().toString()),
          "at Keycloak's login page: " + page.uri());
      assertTrue(page.body().contains("id=\"username\""), page::body);
      return page.body().contains("id=\"social-" + alias + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The organization id and tier on "My account", as the portal has this person. */
  static Map<String, String> whoAmI(Browser browser) {
    browser.open("account.xhtml");
    Map<String, String> who = new HashMap<>();
    for (String field : List.of("org-id", "org-tier", "username", "roles")) {
      List<org.openqa.selenium.WebElement> found = browser.driver().findElements(By.id(field));
      who.put(field, found.isEmpty() ? null : found.get(0).getText());
    }
    return who;
  }

  /** The text of the alerts page: the bodies of the alerts the person may read. */
  static String alertsPage(Browser browser) {
    browser.open("alerts.xhtml");
    return browser.bodyText();
  }
}
