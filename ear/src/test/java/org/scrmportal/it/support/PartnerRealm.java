package org.scrmportal.it.support;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.scrmportal.identity.RealmAdmin;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A partner agency's own identity provider, played by a realm {@code partner-<suffix>} of the test
 * Keycloak (created through the master realm's bootstrap admin, admin/admin): one person with
 * email, first and last name and a password, a SAML client and an OIDC client for the portal's
 * broker (the scrm realm), and mappers that send the person's email, first and last name, and also
 * a HOSTILE {@code org_id=ncsa}, {@code org_tier=T3} (SAML attributes and OIDC claims): what a
 * provider says about the organization must never count.
 *
 * <p>The SAML client, as the scrm realm's broker needs it: client id = the broker's SP entity id,
 * which is the scrm realm's issuer ({@code http://127.0.0.1:8190/realms/scrm}, Keycloak's default
 * when the provider sets no {@code entityId}); redirect URIs {@code <server>/realms/scrm/broker/*}
 * (the ACS is {@code .../broker/<alias>/endpoint}, so any alias works); responses signed by the
 * realm's RS256 key ({@code saml.server.signature}); AuthnRequests not required to be signed
 * ({@code saml.client.signature=false}, the broker does not sign them); NameID forced to the
 * username, so that the brokered username is {@code <alias>.<username>}. Attributes: email {@code
 * urn:oid:0.9.2342.19200300.100.1.3}, first name {@code urn:oid:2.5.4.42}, last name {@code
 * urn:oid:2.5.4.4} (URI format, friendly names email, firstName, lastName).
 *
 * <p>The OIDC client: confidential {@code scrm-broker} with {@link #oidcClientSecret()}, standard
 * flow, the same redirect URIs; the brokered username is {@code <alias>.<sub>} with {@code sub} =
 * {@link #userId()}.
 */
public final class PartnerRealm implements AutoCloseable {

  public static final String PASSWORD = "partner-Secret-1";
  public static final String OIDC_CLIENT_ID = "scrm-broker";

  private static final String OID_EMAIL = "urn:oid:0.9.2342.19200300.100.1.3";
  private static final String OID_GIVEN_NAME = "urn:oid:2.5.4.42";
  private static final String OID_SURNAME = "urn:oid:2.5.4.4";

  private final Keycloak master;
  private final String realm;
  private final String username;
  private final String userId;
  private final String oidcClientSecret;

  private PartnerRealm(
      Keycloak master, String realm, String username, String userId, String oidcClientSecret) {
    this.master = master;
    this.realm = realm;
    this.username = username;
    this.userId = userId;
    this.oidcClientSecret = oidcClientSecret;
  }

  /** The test Keycloak's base URL, e.g. {@code http://127.0.0.1:8190}. */
  public static URI keycloak() {
    return URI.create("http://127.0.0.1:" + TestServers.KEYCLOAK_PORT);
  }

  /** The master realm's bootstrap admin of the test Keycloak (close it after use). */
  public static Keycloak masterAdmin() {
    return Keycloak.getInstance(keycloak().toString(), "master", "admin", "admin", "admin-cli");
  }

  /** The scrm realm's issuer: the SP entity id of its SAML broker. */
  public static String brokerEntityId() {
    return TestServers.issuer().toString();
  }

  /** The scrm realm's ACS for the provider {@code alias}. */
  public static String brokerEndpoint(String alias) {
    return TestServers.issuer() + "/broker/" + alias + "/endpoint";
  }

  /** Creates realm {@code partner-<suffix>} with its person {@code <suffix>-user} and clients. */
  public static PartnerRealm create(String suffix) {
    String realmName = "partner-" + suffix;
    Keycloak master = masterAdmin();
    try {
      RealmRepresentation representation = new RealmRepresentation();
      representation.setRealm(realmName);
      representation.setDisplayName("Partner agency " + suffix);
      representation.setEnabled(true);
      master.realms().create(representation);
      RealmResource realm = master.realm(realmName);

      String username = suffix + "-user";
      UserRepresentation user = new UserRepresentation();
      user.setUsername(username);
      user.setEnabled(true);
      user.setEmailVerified(true);
      user.setEmail(username + "@partner-" + suffix + ".example");
      user.setFirstName("Pat");
      user.setLastName("Partner-" + suffix);
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue(PASSWORD);
      password.setTemporary(false);
      user.setCredentials(List.of(password));
      String userId;
      try (Response response = realm.users().create(user)) {
        userId = createdId(response, "user " + username);
      }

      ClientRepresentation saml = new ClientRepresentation();
      saml.setClientId(brokerEntityId());
      saml.setName("SCRM Portal (SAML broker)");
      saml.setProtocol("saml");
      saml.setEnabled(true);
      saml.setFrontchannelLogout(true);
      saml.setRedirectUris(List.of(TestServers.issuer() + "/broker/*"));
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("saml.server.signature", "true");
      attributes.put("saml.signature.algorithm", "RSA_SHA256");
      attributes.put("saml.assertion.signature", "false");
      attributes.put("saml.client.signature", "false");
      attributes.put("saml.encrypt", "false");
      attributes.put("saml.authnstatement", "true");
      attributes.put("saml_force_name_id_format", "true");
      attributes.put("saml_name_id_format", "username");
      saml.setAttributes(attributes);
      saml.setProtocolMappers(
          List.of(
              samlProperty("email", OID_EMAIL, "email"),
              samlProperty("firstName", OID_GIVEN_NAME, "firstName"),
              samlProperty("lastName", OID_SURNAME, "lastName"),
              samlHostile("org_id", "ncsa"),
              samlHostile("org_tier", "T3")));
      try (Response response = realm.clients().create(saml)) {
        createdId(response, "SAML client");
      }

      String secret = "partner-oidc-" + UUID.randomUUID();
      ClientRepresentation oidc = new ClientRepresentation();
      oidc.setClientId(OIDC_CLIENT_ID);
      oidc.setName("SCRM Portal (OIDC broker)");
      oidc.setProtocol("openid-connect");
      oidc.setEnabled(true);
      oidc.setPublicClient(false);
      oidc.setClientAuthenticatorType("client-secret");
      oidc.setSecret(secret);
      oidc.setStandardFlowEnabled(true);
      oidc.setDirectAccessGrantsEnabled(false);
      oidc.setRedirectUris(List.of(TestServers.issuer() + "/broker/*"));
      oidc.setProtocolMappers(
          List.of(oidcHostile("org_id", "ncsa"), oidcHostile("org_tier", "T3")));
      try (Response response = realm.clients().create(oidc)) {
        createdId(response, "OIDC client");
      }
      return new PartnerRealm(master, realmName, username, userId, secret);
    } catch (RuntimeException e) {
      try {
        master.realm(realmName).remove();
      } catch (RuntimeException ignored) {
        // nothing was created
      }
      master.close();
      throw e;
    }
  }

  public String realm() {
    return realm;
  }

  /** The person's username at the partner (and the NameID it sends). */
  public String username() {
    return username;
  }

  /** The person's id at the partner (the {@code sub} of its OIDC tokens). */
  public String userId() {
    return userId;
  }

  public String email() {
    return username + "@" + realm + ".example";
  }

  public String firstName() {
    return "Pat";
  }

  public String lastName() {
    return "Partner-" + realm.substring("partner-".length());
  }

  public String password() {
    return PASSWORD;
  }

  /** The realm's SAML IdP entity id (its issuer URL). */
  public String samlEntityId() {
    return oidcIssuer();
  }

  /** The SSO endpoint of the realm's SAML IdP (every binding). */
  public String samlSingleSignOnUrl() {
    return oidcIssuer() + "/protocol/saml";
  }

  /** The realm's SAML IdP descriptor, as an operator would download or aggregate it. */
  public String idpMetadataXml() {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(oidcIssuer() + "/protocol/saml/descriptor"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "No SAML descriptor for " + realm + ": HTTP " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The base64 DER signing certificates of the descriptor ({@code KeyDescriptor use=signing}). */
  public List<String> signingCertificates() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document descriptor =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(idpMetadataXml().getBytes(StandardCharsets.UTF_8)));
      List<String> certificates = new ArrayList<>();
      NodeList keys =
          descriptor.getElementsByTagNameNS(
              "urn:oasis:names:tc:SAML:2.0:metadata", "KeyDescriptor");
      for (int i = 0; i < keys.getLength(); i++) {
        Element key = (Element) keys.item(i);
        String use = key.getAttribute("use");
        if (use.isEmpty() || use.equals("signing")) {
          NodeList certs =
              key.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "X509Certificate");
          for (int j = 0; j < certs.getLength(); j++) {
            certificates.add(certs.item(j).getTextContent().replaceAll("\\s", ""));
          }
        }
      }
      return certificates;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the SAML descriptor of " + realm, e);
    }
  }

  /** The issuer of the realm's OIDC tokens (its discovery document is below it). */
  public String oidcIssuer() {
    return keycloak() + "/realms/" + realm;
  }

  public String oidcClientId() {
    return OIDC_CLIENT_ID;
  }

  public String oidcClientSecret() {
    return oidcClientSecret;
  }

  /**
   * This partner's SAML IdP as approval would register it (the signing certificates read from its
   * descriptor, requests by redirect).
   */
  public RealmAdmin.SamlProvider samlProvider(String alias, String orgId, Set<String> roles) {
    return new RealmAdmin.SamlProvider(
        alias,
        "Partner agency " + realm,
        samlEntityId(),
        samlSingleSignOnUrl(),
        false,
        signingCertificates(),
        null,
        orgId,
        roles);
  }

  /** This partner's OIDC provider as approval would register it (the realm's standard URLs). */
  public RealmAdmin.OidcProvider oidcProvider(String alias, String orgId, Set<String> roles) {
    String base = oidcIssuer() + "/protocol/openid-connect";
    return new RealmAdmin.OidcProvider(
        alias,
        "Partner agency " + realm + " (OIDC)",
        oidcIssuer(),
        base + "/auth",
        base + "/token",
        base + "/certs",
        base + "/userinfo",
        OIDC_CLIENT_ID,
        oidcClientSecret,
        orgId,
        roles);
  }

  /** Deletes the realm. */
  @Override
  public void close() {
    try {
      master.realm(realm).remove();
    } finally {
      master.close();
    }
  }

  private static ProtocolMapperRepresentation samlProperty(
      String property, String oid, String friendlyName) {
    return mapper(
        "saml " + property,
        "saml",
        "saml-user-property-mapper",
        Map.of(
            "user.attribute", property,
            "attribute.name", oid,
            "friendly.name", friendlyName,
            "attribute.nameformat", "URI Reference"));
  }

  private static ProtocolMapperRepresentation samlHostile(String attribute, String value) {
    return mapper(
        "hostile " + attribute,
        "saml",
        "saml-hardcode-attribute-mapper",
        Map.of(
            "attribute.name", attribute,
            "attribute.value", value,
            "friendly.name", attribute,
            "attribute.nameformat", "Basic"));
  }

  private static ProtocolMapperRepresentation oidcHostile(String claim, String value) {
    return mapper(
        "hostile " + claim,
        "openid-connect",
        "oidc-hardcoded-claim-mapper",
        Map.of(
            "claim.name", claim,
            "claim.value", value,
            "jsonType.label", "String",
            "access.token.claim", "true",
            "id.token.claim", "true",
            "userinfo.token.claim", "true"));
  }

  private static ProtocolMapperRepresentation mapper(
      String name, String protocol, String type, Map<String, String> config) {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName(name);
    mapper.setProtocol(protocol);
    mapper.setProtocolMapper(type);
    mapper.setConfig(new LinkedHashMap<>(config));
    return mapper;
  }

  private static String createdId(Response response, String what) {
    if (response.getStatus() != 201) {
      throw new IllegalStateException(
          "Keycloak refused " + what + ": HTTP " + response.getStatus() + " " + body(response));
    }
    return CreatedResponseUtil.getCreatedId(response);
  }

  private static String body(Response response) {
    return response.hasEntity() ? response.readEntity(String.class) : "";
  }
}
