package org.scrmportal.identity.federation.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.federation.saml.testing.TestFederation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The SAML facade against aggregates built and signed by {@link TestFederation}: what a good one
 * lists, and every way a bad or hostile one is refused.
 */
class MetadataAggregatesTest {

  private static final String MD = TestFederation.MD_NS;
  private static final String DS = TestFederation.DSIG_NS;
  private static final String SIRTFI = "https://refeds.org/sirtfi";
  private static final String RANDS = "http://refeds.org/category/research-and-scholarship";
  private static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final Instant now = Instant.now();
  private final TestFederation federation = TestFederation.create("Federation " + suffix);

  // --- what a good aggregate gives -----------------------------------------------------------

  @Test
  void aGoodAggregateListsItsIdentityProvidersWithWhatTheFederationSaysAboutThem()
      throws Exception {
    TestFederation agencyKey = TestFederation.create("Agency signing " + suffix);
    TestFederation vendorKey = TestFederation.create("Vendor signing " + suffix);
    String agency = "https://idp.agency-" + suffix + ".example/saml";
    String vendor = "https://login.vendor-" + suffix + ".example/idp";
    String agencyIdp =
        TestFederation.describe(
            TestFederation.identityProvider(
                agency, "https://idp.agency-" + suffix + ".example/sso", agencyKey.certificate()),
            "https://federation-" + suffix + ".example/",
            "National Agency " + suffix,
            List.of(RANDS),
            List.of(SIRTFI));
    String vendorIdp =
        TestFederation.describe(
            TestFederation.identityProvider(
                vendor, "https://login.vendor-" + suffix + ".example/sso", vendorKey.certificate()),
            "https://other-registrar-" + suffix + ".example/",
            "Vendor " + suffix,
            List.of(),
            List.of());
    String xml =
        TestFederation.aggregate(
            "urn:example:federation:" + suffix,
            now.plus(7, ChronoUnit.DAYS),
            Duration.ofHours(6),
            agencyIdp,
            vendorIdp);
    byte[] signed = federation.sign(xml);

    VerifiedAggregate aggregate = MetadataAggregates.verify(signed, federation.certificate(), now);

    assertEquals("urn:example:federation:" + suffix, aggregate.name());
    assertEquals(
        now.plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), aggregate.validUntil());
    assertEquals(Duration.ofHours(6), aggregate.cacheDuration());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed)),
        aggregate.sha256());
    assertEquals(2, aggregate.identityProviders().size());

    ListedProvider first = aggregate.identityProviders().get(0);
    assertEquals(agency, first.entityId());
    assertEquals("National Agency " + suffix, first.organizationName());
    assertEquals("National Agency " + suffix, first.organizationDisplayName());
    assertEquals("https://idp.agency-" + suffix + ".example/", first.organizationUrl());
    assertEquals("https://federation-" + suffix + ".example/", first.registrationAuthority());
    assertEquals(List.of(RANDS), first.entityCategories());
    assertEquals(List.of(SIRTFI), first.assuranceCertifications());
    assertEquals(
        List.of(
            new SsoEndpoint(
                SsoEndpoint.HTTP_REDIRECT, "https://idp.agency-" + suffix + ".example/sso"),
            new SsoEndpoint(
                SsoEndpoint.HTTP_POST, "https://idp.agency-" + suffix + ".example/sso")),
        first.singleSignOnServices());
    assertEquals(
        List.of(TestFederation.base64(agencyKey.certificate())), first.signingCertificates());
    assertEquals(
        List.of(PERSISTENT, "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"),
        first.nameIdFormats());
    assertEquals(SsoEndpoint.HTTP_REDIRECT, first.preferredEndpoint().orElseThrow().binding());

    ListedProvider second = aggregate.identityProviders().get(1);
    assertEquals(vendor, second.entityId());
    assertEquals("Vendor " + suffix, second.organizationName());
    assertEquals("https://other-registrar-" + suffix + ".example/", second.registrationAuthority());
    assertEquals(List.of(), second.entityCategories());
    assertEquals(List.of(), second.assuranceCertifications());
    assertEquals(
        List.of(TestFederation.base64(vendorKey.certificate())), second.signingCertificates());
  }

  @Test
  void serviceProvidersAreNotListed() {
    String idp = idp("https://idp-" + suffix + ".example/");
    String sp =
        TestFederation.serviceProvider(
            "https://portal-" + suffix + ".example/sp",
            "https://portal-" + suffix + ".example/acs");
    byte[] signed = federation.sign(aggregate(idp, sp));

    VerifiedAggregate aggregate = MetadataAggregates.verify(signed, federation.certificate(), now);

    assertEquals(
        List.of("https://idp-" + suffix + ".example/"),
        aggregate.identityProviders().stream().map(ListedProvider::entityId).toList());
  }

  @Test
  void anIdentityProviderOfAnotherProtocolThanSaml2IsNotListed() {
    String saml1 =
        idp("https://shib13-" + suffix + ".example/")
            .replace(
                "urn:oasis:names:tc:SAML:2.0:protocol",
                "urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0");
    String saml2 = idp("https://saml2-" + suffix + ".example/");
    byte[] signed = federation.sign(aggregate(saml1, saml2));

    VerifiedAggregate aggregate = MetadataAggregates.verify(signed, federation.certificate(), now);

    assertEquals(
        List.of("https://saml2-" + suffix + ".example/"),
        aggregate.identityProviders().stream().map(ListedProvider::entityId).toList());
  }

  @Test
  void anEntityWhoseOwnValidUntilPassedIsDroppedTheOthersStay() {
    String expired =
        idp("https://expired-" + suffix + ".example/")
            .replaceFirst(
                "<md:EntityDescriptor ",
                "<md:EntityDescriptor validUntil=\"" + now.minus(1, ChronoUnit.HOURS) + "\" ");
    String current =
        idp("https://current-" + suffix + ".example/")
            .replaceFirst(
                "<md:EntityDescriptor ",
                "<md:EntityDescriptor validUntil=\"" + now.plus(1, ChronoUnit.DAYS) + "\" ");
    byte[] signed = federation.sign(aggregate(expired, current));

    VerifiedAggregate aggregate = MetadataAggregates.verify(signed, federation.certificate(), now);

    assertEquals(
        List.of("https://current-" + suffix + ".example/"),
        aggregate.identityProviders().stream().map(ListedProvider::entityId).toList());
  }

  @Test
  void cacheDurationIsOptionalAndReadAsAnXmlDuration() {
    byte[] without =
        federation.sign(
            TestFederation.aggregate(
                "without", now.plus(1, ChronoUnit.DAYS), null, idp("https://a.example/")));
    assertNull(MetadataAggregates.verify(without, federation.certificate(), now).cacheDuration());

    String xml =
        TestFederation.aggregate(
                "with",
                now.plus(1, ChronoUnit.DAYS),
                Duration.ofHours(1),
                idp("https://a.example/"))
            .replace("cacheDuration=\"PT1H\"", "cacheDuration=\"P1DT30M\"");
    VerifiedAggregate with =
        MetadataAggregates.verify(federation.sign(xml), federation.certificate(), now);
    assertEquals(Duration.ofDays(1).plusMinutes(30), with.cacheDuration());
  }

  @Test
  void aKeycloakIdentityProviderDescriptorDescribedAndAggregatedIsListed() {
    TestFederation realmKey = TestFederation.create("partner-" + suffix);
    String realm = "http://127.0.0.1:8180/realms/partner-" + suffix;
    String keycloak = keycloakDescriptor(realm, TestFederation.base64(realmKey.certificate()));
    String described =
        TestFederation.describe(
            keycloak,
            "https://registrar-" + suffix + ".example/",
            "Partner Agency " + suffix,
            List.of(RANDS),
            List.of(SIRTFI));
    byte[] signed =
        federation.sign(
            TestFederation.aggregate(
                "urn:example:partners:" + suffix,
                now.plus(2, ChronoUnit.DAYS),
                Duration.ofMinutes(30),
                described));

    VerifiedAggregate aggregate = MetadataAggregates.verify(signed, federation.certificate(), now);

    ListedProvider partner = aggregate.identityProviders().get(0);
    assertEquals(1, aggregate.identityProviders().size());
    assertEquals(realm, partner.entityId());
    assertEquals("Partner Agency " + suffix, partner.organizationName());
    assertEquals("http://127.0.0.1:8180/", partner.organizationUrl());
    assertEquals("https://registrar-" + suffix + ".example/", partner.registrationAuthority());
    assertEquals(List.of(RANDS), partner.entityCategories());
    assertEquals(List.of(SIRTFI), partner.assuranceCertifications());
    assertEquals(
        List.of(TestFederation.base64(realmKey.certificate())), partner.signingCertificates());
    assertEquals(
        List.of(
            PERSISTENT,
            "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
            "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
            "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"),
        partner.nameIdFormats());
    assertEquals(4, partner.singleSignOnServices().size());
    assertEquals(
        new SsoEndpoint(SsoEndpoint.HTTP_REDIRECT, realm + "/protocol/saml"),
        partner.preferredEndpoint().orElseThrow());
  }

  @Test
  void commentsAddedAfterSigningDoNotTruncateWhatIsRead() {
    TestFederation idpKey = TestFederation.create("idp " + suffix);
    String entity =
        TestFederation.describe(
            TestFederation.identityProvider(
                "https://idp-" + suffix + ".example/",
                "https://idp.example/sso",
                idpKey.certificate()),
            "https://registrar.example/",
            "Agency " + suffix,
            List.of(RANDS),
            List.of(SIRTFI));
    byte[] signed = federation.sign(aggregate(entity));
    Document document = TestFederation.parse(signed);
    for (String name : List.of("AttributeValue", "X509Certificate", "OrganizationName")) {
      org.w3c.dom.NodeList found = document.getElementsByTagNameNS("*", name);
      for (int i = 0; i < found.getLength(); i++) {
        Node text = found.item(i).getFirstChild();
        ((org.w3c.dom.Text) text).splitText(5);
        found.item(i).insertBefore(document.createComment("x"), text.getNextSibling());
      }
    }

    ListedProvider listed =
        MetadataAggregates.verify(TestFederation.bytes(document), federation.certificate(), now)
            .identityProviders()
            .get(0);

    assertEquals(List.of(RANDS), listed.entityCategories());
    assertEquals(List.of(SIRTFI), listed.assuranceCertifications());
    assertEquals("Agency " + suffix, listed.organizationName());
    assertEquals(
        List.of(TestFederation.base64(idpKey.certificate())), listed.signingCertificates());
  }

  // --- refused ---------------------------------------------------------------------------------

  @Test
  void anUnsignedAggregateIsRefused() {
    byte[] unsigned = aggregate(idp("https://idp.example/")).getBytes(StandardCharsets.UTF_8);

    assertProblem(refused(unsigned), "not signed");
  }

  @Test
  void anAggregateSignedByAnotherKeyIsRefusedWhateverItsKeyInfoSays() {
    TestFederation impostor = TestFederation.create("Federation " + suffix); // same name, own key
    byte[] signed = impostor.sign(aggregate(idp("https://idp.example/")));

    assertProblem(refused(signed), "does not verify with the pinned certificate");
    // the impostor's own certificate, carried in ds:KeyInfo, would have verified it
    assertEquals(
        1,
        MetadataAggregates.verify(signed, impostor.certificate(), now).identityProviders().size());
  }

  @Test
  void anExpiredAggregateIsRefused() {
    byte[] signed =
        federation.sign(
            TestFederation.aggregate(
                "old", now.minus(1, ChronoUnit.MINUTES), null, idp("https://idp.example/")));

    assertProblem(refused(signed), "expired");
  }

  @Test
  void validUntilOrCacheDurationThatAreNoXmlDatesOrDurationsAreRefused() {
    String xml = aggregate(idp("https://idp.example/"));
    String badDate = xml.replaceFirst("validUntil=\"[^\"]*\"", "validUntil=\"next week\"");
    String badDuration = xml.replace("cacheDuration=\"PT6H\"", "cacheDuration=\"6 hours\"");

    assertProblem(
        refused(federation.sign(badDate)), "validUntil \"next week\" is not an XML date and time");
    assertProblem(
        refused(federation.sign(badDuration)), "cacheDuration \"6 hours\" is not an XML duration");
  }

  @Test
  void anAggregateWithoutValidUntilIsRefused() {
    byte[] signed =
        federation.sign(
            TestFederation.aggregate(
                "forever", null, Duration.ofHours(6), idp("https://idp.example/")));

    assertProblem(refused(signed), "no validUntil");
  }

  @Test
  void anEntityChangedAfterSigningIsRefused() {
    byte[] signed = federation.sign(aggregate(idp("https://idp-" + suffix + ".example/")));
    Document document = TestFederation.parse(signed);
    Element sso = (Element) document.getElementsByTagNameNS(MD, "SingleSignOnService").item(0);
    sso.setAttribute("Location", "https://attacker.example/sso");

    assertProblem(refused(TestFederation.bytes(document)), "changed after signing");
  }

  @Test
  void wrappingSignedCopyMovedIntoExtensionsIsRefused() {
    byte[] signed = federation.sign(aggregate(idp("https://idp.example/")));
    String signedId = TestFederation.parse(signed).getDocumentElement().getAttribute("ID");

    // the attacker's root carries the original signature and hides the signed original in
    // md:Extensions; first with the original's ID, then with an ID of its own
    for (String rootId : List.of(signedId, "_attacker")) {
      Document document = TestFederation.parse(signed);
      Element original = document.getDocumentElement();
      Element signature = child(original, DS, "Signature");
      Element root = evilRoot(document, rootId);
      root.appendChild(signature);
      Element extensions = document.createElementNS(MD, "md:Extensions");
      root.appendChild(extensions);
      document.replaceChild(root, original);
      extensions.appendChild(original);
      root.appendChild(evilEntity(document));

      InvalidMetadata refused = refused(TestFederation.bytes(document));

      assertProblem(refused, rootId.equals(signedId) ? "occurs 2 times" : "refers to");
    }
  }

  @Test
  void wrappingASecondEntitiesDescriptorWithTheSameIdIsRefused() {
    byte[] signed = federation.sign(aggregate(idp("https://idp.example/")));
    Document document = TestFederation.parse(signed);
    Element original = document.getDocumentElement();
    Element root = evilRoot(document, original.getAttribute("ID"));
    root.appendChild(child(original, DS, "Signature").cloneNode(true));
    document.replaceChild(root, original);
    root.appendChild(evilEntity(document));
    root.appendChild(original); // nested, still signed, same ID

    assertProblem(refused(TestFederation.bytes(document)), "occurs 2 times");
  }

  @Test
  void wrappingAReferenceToAChildEntityInsteadOfTheRootIsRefused() {
    String entity =
        idp("https://idp.example/")
            .replaceFirst("<md:EntityDescriptor ", "<md:EntityDescriptor ID=\"_entity1\" ");
    byte[] signed =
        federation.sign(
            aggregate(entity, idp("https://unsigned.example/")),
            "_entity1",
            SignatureMethod.RSA_SHA256,
            DigestMethod.SHA256);

    assertProblem(refused(signed), "refers to \"#_entity1\"");
  }

  @Test
  void aReferenceToTheWholeDocumentInsteadOfTheRootsIdIsRefused() {
    byte[] signed =
        federation.sign(
            aggregate(idp("https://idp.example/")),
            "",
            SignatureMethod.RSA_SHA256,
            DigestMethod.SHA256);

    assertProblem(refused(signed), "refers to \"\"");
  }

  @Test
  void aRootWithTwoSignaturesIsRefused() {
    byte[] signed = federation.sign(aggregate(idp("https://idp.example/")));
    Document document = TestFederation.parse(signed);
    Element root = document.getDocumentElement();
    root.appendChild(child(root, DS, "Signature").cloneNode(true));

    assertProblem(refused(TestFederation.bytes(document)), "more than one signature");
  }

  @Test
  void aRootWithoutIdIsRefused() {
    byte[] signed = federation.sign(aggregate(idp("https://idp.example/")));
    Document document = TestFederation.parse(signed);
    document.getDocumentElement().removeAttribute("ID");

    assertProblem(refused(TestFederation.bytes(document)), "no ID attribute");
  }

  @Test
  void wrappingAnUnsignedEntityInjectedBesideTheSignedContentIsRefused() {
    byte[] signed = federation.sign(aggregate(idp("https://idp.example/")));

    // into the signed root, after signing
    Document inside = TestFederation.parse(signed);
    inside.getDocumentElement().appendChild(evilEntity(inside));
    assertProblem(refused(TestFederation.bytes(inside)), "changed after signing");

    // beside the signed root, under a new unsigned root
    Document beside = TestFederation.parse(signed);
    Element original = beside.getDocumentElement();
    Element root = evilRoot(beside, "_wrapper");
    beside.replaceChild(root, original);
    root.appendChild(original);
    root.appendChild(evilEntity(beside));
    assertProblem(refused(TestFederation.bytes(beside)), "not signed");
  }

  @Test
  void anExternalEntityReadingALocalFileIsRefusedAndNothingIsRead() throws Exception {
    Path secret = Files.createTempFile("scrm-saml-secret", ".txt");
    String marker = "SECRET-" + UUID.randomUUID();
    Files.writeString(secret, marker);
    try {
      String xml =
          "<?xml version=\"1.0\"?>\n"
              + "<!DOCTYPE md:EntitiesDescriptor [<!ENTITY xxe SYSTEM \""
              + secret.toUri()
              + "\">]>\n"
              + "<md:EntitiesDescriptor xmlns:md=\""
              + MD
              + "\" ID=\"_x\" validUntil=\""
              + now.plus(1, ChronoUnit.DAYS)
              + "\"><md:EntityDescriptor entityID=\"&xxe;\"/></md:EntitiesDescriptor>";

      InvalidMetadata refused = refused(xml.getBytes(StandardCharsets.UTF_8));

      assertProblem(refused, "DOCTYPE");
      assertFalse(refused.getMessage().contains(marker), refused.getMessage());
    } finally {
      Files.delete(secret);
    }
  }

  @Test
  void externalEntitiesAndDtdsOverHttpAreRefusedAndNeverFetched() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = "<!ENTITY leak 'x'>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      String root =
          "<md:EntitiesDescriptor xmlns:md=\""
              + MD
              + "\" ID=\"_x\" validUntil=\""
              + now.plus(1, ChronoUnit.DAYS)
              + "\">";
      List<String> hostile =
          List.of(
              "<!DOCTYPE md:EntitiesDescriptor [<!ENTITY xxe SYSTEM \""
                  + base
                  + "/entity\">]>"
                  + root
                  + "<md:EntityDescriptor entityID=\"&xxe;\"/></md:EntitiesDescriptor>",
              "<!DOCTYPE md:EntitiesDescriptor [<!ENTITY % remote SYSTEM \""
                  + base
                  + "/dtd\"> %remote;]>"
                  + root
                  + "</md:EntitiesDescriptor>",
              "<!DOCTYPE md:EntitiesDescriptor SYSTEM \""
                  + base
                  + "/external.dtd\">"
                  + root
                  + "</md:EntitiesDescriptor>");
      for (String xml : hostile) {
        assertProblem(refused(xml.getBytes(StandardCharsets.UTF_8)), "DOCTYPE");
      }
      assertEquals(0, requests.get(), "the parser fetched from the network");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void billionLaughsIsRefusedAtOnce() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        xml.append("&lol").append(i - 1).append(';');
      }
      xml.append("\">\n");
    }
    xml.append("]>\n<md:EntitiesDescriptor xmlns:md=\"")
        .append(MD)
        .append("\" ID=\"_x\" Name=\"&lol9;\"/>");

    InvalidMetadata refused =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> refused(xml.toString().getBytes(StandardCharsets.UTF_8)));

    assertProblem(refused, "DOCTYPE");
  }

  @Test
  void anAggregateLargerThanTheLimitIsRefused() {
    byte[] signed = federation.sign(aggregate(idp("https://idp.example/")));
    byte[] big = new byte[MetadataAggregates.MAX_BYTES + 1];
    System.arraycopy(signed, 0, big, 0, signed.length);
    java.util.Arrays.fill(big, signed.length, big.length, (byte) ' ');

    assertProblem(refused(big), "larger than 32 MiB");
  }

  @Test
  void anAggregateNestedTooDeepIsRefused() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      deep.append("<x:n xmlns:x=\"urn:example:deep\">");
    }
    for (int i = 0; i < 200; i++) {
      deep.append("</x:n>");
    }
    String entity =
        idp("https://idp.example/")
            .replace(
                "<md:IDPSSODescriptor",
                "<md:Extensions>" + deep + "</md:Extensions><md:IDPSSODescriptor");
    byte[] signed = federation.sign(aggregate(entity));

    assertProblem(refused(signed), "deeper than 64 levels");
  }

  @Test
  void whatIsNotAMetadataAggregateIsRefused() {
    assertProblem(
        refused("{\"type\": \"bundle\", \"objects\": []}".getBytes(StandardCharsets.UTF_8)),
        "not XML");
    assertProblem(
        refused("<html><body>login</body></html>".getBytes(StandardCharsets.UTF_8)),
        "not SAML metadata");
    assertProblem(
        refused(idp("https://idp.example/").getBytes(StandardCharsets.UTF_8)), "single entity");
    assertProblem(
        refused(
            ("<md:EntitiesDescriptor xmlns:md=\"" + MD + "\"><md:EntityDescriptor")
                .getBytes(StandardCharsets.UTF_8)),
        "not well-formed");
    assertProblem(refused(new byte[0]), "empty");
  }

  @Test
  void sha1SignaturesAndDigestsAreRefused() {
    String xml = aggregate(idp("https://idp.example/"));

    InvalidMetadata sha1 =
        refused(federation.sign(xml, null, SignatureMethod.RSA_SHA1, DigestMethod.SHA1));
    assertProblem(sha1, "signature method is http://www.w3.org/2000/09/xmldsig#rsa-sha1 (SHA-1)");
    assertProblem(sha1, "digest method is http://www.w3.org/2000/09/xmldsig#sha1 (SHA-1)");

    InvalidMetadata sha1Digest =
        refused(federation.sign(xml, null, SignatureMethod.RSA_SHA256, DigestMethod.SHA1));
    assertEquals(1, sha1Digest.problems().size(), sha1Digest.problems().toString());
    assertProblem(sha1Digest, "SHA-1");
  }

  // --- the pinned certificate ------------------------------------------------------------------

  @Test
  void thePinnedCertificateIsReadFromPemOrBareBase64() {
    assertEquals(
        federation.certificate(), MetadataAggregates.certificate(federation.certificatePem()));
    assertEquals(
        federation.certificate(),
        MetadataAggregates.certificate(TestFederation.base64(federation.certificate())));
    assertEquals(
        federation.certificate(),
        MetadataAggregates.certificate("\n  " + federation.certificatePem() + "\n"));
  }

  @Test
  void whatIsNotOneStrongCertificateIsRefused() throws Exception {
    assertThrows(InvalidMetadata.class, () -> MetadataAggregates.certificate(""));
    assertThrows(InvalidMetadata.class, () -> MetadataAggregates.certificate("not base64 !"));
    assertThrows(
        InvalidMetadata.class,
        () ->
            MetadataAggregates.certificate(
                "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
    assertThrows(
        InvalidMetadata.class,
        () ->
            MetadataAggregates.certificate(
                federation.certificatePem() + federation.certificatePem()));
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    KeyPair weak = generator.generateKeyPair();
    InvalidMetadata refused =
        assertThrows(
            InvalidMetadata.class,
            () ->
                MetadataAggregates.certificate(
                    TestFederation.pem(TestFederation.selfSigned("weak", weak))));
    assertProblem(refused, "1024 bits");
  }

  // --- endpoints, threads, class loaders ------------------------------------------------------

  @Test
  void thePreferredEndpointIsRedirectThenPostThenNone() {
    SsoEndpoint post = new SsoEndpoint(SsoEndpoint.HTTP_POST, "https://idp.example/post");
    SsoEndpoint redirect =
        new SsoEndpoint(SsoEndpoint.HTTP_REDIRECT, "https://idp.example/redirect");
    SsoEndpoint soap =
        new SsoEndpoint("urn:oasis:names:tc:SAML:2.0:bindings:SOAP", "https://idp.example/soap");

    assertEquals(
        Optional.of(redirect), provider(List.of(soap, post, redirect)).preferredEndpoint());
    assertEquals(Optional.of(post), provider(List.of(soap, post)).preferredEndpoint());
    assertEquals(Optional.empty(), provider(List.of(soap)).preferredEndpoint());
  }

  @Test
  void verifiesFromManyThreadsAtOnce() throws Exception {
    byte[] signed = federation.sign(aggregate(idp("https://idp-" + suffix + ".example/")));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<VerifiedAggregate>> work = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        work.add(() -> MetadataAggregates.verify(signed, federation.certificate(), now));
      }
      for (Future<VerifiedAggregate> result : threads.invokeAll(work)) {
        assertEquals(
            "https://idp-" + suffix + ".example/",
            result.get().identityProviders().get(0).entityId());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void verifiesWhenTheThreadsContextClassLoaderCannotSeeOpenSaml() throws Exception {
    byte[] signed = federation.sign(aggregate(idp("https://idp-" + suffix + ".example/")));
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader foreign = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(foreign);

      VerifiedAggregate aggregate =
          MetadataAggregates.verify(signed, federation.certificate(), now);

      assertEquals(1, aggregate.identityProviders().size());
      assertTrue(thread.getContextClassLoader() == foreign, "the caller's loader was not restored");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void initializesInAFreshClassLoaderUnderAForeignContextLoaderWithoutBouncyCastle()
      throws Exception {
    // as in WildFly: the facade and OpenSAML in one loader (the EAR's), the calling thread's
    // context loader another that sees neither, and no Bouncy Castle in the EAR
    byte[] signed = federation.sign(aggregate(idp("https://idp-" + suffix + ".example/")));
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank() && !entry.contains("bouncycastle") && !entry.contains("test-classes")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader ear =
            new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        URLClassLoader foreign = new URLClassLoader(new URL[0], null)) {
      Class<?> facade = ear.loadClass(MetadataAggregates.class.getName());
      assertTrue(facade != MetadataAggregates.class, "the facade was not loaded afresh");
      assertThrows(
          ClassNotFoundException.class,
          () -> ear.loadClass("org.bouncycastle.jce.provider.BouncyCastleProvider"));
      thread.setContextClassLoader(foreign);

      Object aggregate =
          facade
              .getMethod(
                  "verify", byte[].class, java.security.cert.X509Certificate.class, Instant.class)
              .invoke(null, signed, federation.certificate(), now);

      List<?> providers =
          (List<?>) aggregate.getClass().getMethod("identityProviders").invoke(aggregate);
      assertEquals(1, providers.size());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private InvalidMetadata refused(byte[] xml) {
    return assertThrows(
        InvalidMetadata.class, () -> MetadataAggregates.verify(xml, federation.certificate(), now));
  }

  private static void assertProblem(InvalidMetadata refused, String expected) {
    assertTrue(
        refused.problems().stream().anyMatch(p -> p.contains(expected)),
        "expected a problem with \"" + expected + "\" in " + refused.problems());
  }

  private String aggregate(String... entities) {
    return TestFederation.aggregate(
        "urn:example:federation:" + suffix,
        now.plus(1, ChronoUnit.DAYS),
        Duration.ofHours(6),
        entities);
  }

  private static String idp(String entityId) {
    TestFederation key = TestFederation.create("idp");
    return TestFederation.identityProvider(entityId, entityId + "sso", key.certificate());
  }

  private static ListedProvider provider(List<SsoEndpoint> endpoints) {
    return new ListedProvider(
        "https://idp.example/",
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        endpoints,
        List.of(),
        List.of());
  }

  private Element evilRoot(Document document, String id) {
    Element root = document.createElementNS(MD, "md:EntitiesDescriptor");
    root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:md", MD);
    root.setAttribute("ID", id);
    root.setAttribute("validUntil", now.plus(3650, ChronoUnit.DAYS).toString());
    return root;
  }

  private static Element evilEntity(Document document) {
    Document evil =
        TestFederation.parse(
            TestFederation.identityProvider(
                "https://attacker.example/idp",
                "https://attacker.example/sso",
                TestFederation.create("attacker").certificate()));
    return (Element) document.importNode(evil.getDocumentElement(), true);
  }

  private static Element child(Element parent, String namespace, String localName) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && namespace.equals(element.getNamespaceURI())
          && localName.equals(element.getLocalName())) {
        return element;
      }
    }
    throw new AssertionError("no " + localName + " in " + parent.getTagName());
  }

  /** An IdP descriptor as a Keycloak 26 realm publishes it (protocol/saml/descriptor). */
  private static String keycloakDescriptor(String realm, String certificate) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <md:EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" \
        xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" \
        xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" \
        xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="%1$s">
          <md:IDPSSODescriptor WantAuthnRequestsSigned="true" \
        protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo>
                <ds:KeyName>k-%3$s</ds:KeyName>
                <ds:X509Data>
                  <ds:X509Certificate>%2$s</ds:X509Certificate>
                </ds:X509Data>
              </ds:KeyInfo>
            </md:KeyDescriptor>
            <md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" \
        Location="%1$s/protocol/saml/resolve" index="0"></md:ArtifactResolutionService>
            <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" \
        Location="%1$s/protocol/saml"></md:SingleLogoutService>
            <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" \
        Location="%1$s/protocol/saml"></md:SingleLogoutService>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified</md:NameIDFormat>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" \
        Location="%1$s/protocol/saml"></md:SingleSignOnService>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" \
        Location="%1$s/protocol/saml"></md:SingleSignOnService>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" \
        Location="%1$s/protocol/saml"></md:SingleSignOnService>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" \
        Location="%1$s/protocol/saml"></md:SingleSignOnService>
          </md:IDPSSODescriptor>
        </md:EntityDescriptor>
        """
        .formatted(realm, certificate, UUID.randomUUID());
  }
}
