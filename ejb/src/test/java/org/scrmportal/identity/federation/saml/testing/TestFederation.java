package org.scrmportal.identity.federation.saml.testing;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A federation operator for tests: a signing key with a self-signed certificate, and the means to
 * build metadata aggregates around entity descriptors and sign them as federations do (enveloped
 * signature on the root {@code md:EntitiesDescriptor}, RSA-SHA256, exclusive canonicalization,
 * reference {@code #ID}). Signs with the JDK's XML signature API, so that the facade's OpenSAML
 * verification is checked against an independent signer.
 *
 * <p>Published in the ejb test-jar, for the ear's integration tests too.
 */
public final class TestFederation {

  public static final String MD_NS = "urn:oasis:names:tc:SAML:2.0:metadata";
  public static final String MDRPI_NS = "urn:oasis:names:tc:SAML:metadata:rpi";
  public static final String MDATTR_NS = "urn:oasis:names:tc:SAML:metadata:attribute";
  public static final String SAML_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
  public static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
  public static final String ENTITY_CATEGORY = "http://macedir.org/entity-category";
  public static final String ASSURANCE_CERTIFICATION =
      "urn:oasis:names:tc:SAML:attribute:assurance-certification";
  public static final String HTTP_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
  public static final String HTTP_REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

  private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyPair keys;
  private final X509Certificate certificate;

  private TestFederation(KeyPair keys, X509Certificate certificate) {
    this.keys = keys;
    this.certificate = certificate;
  }

  /** A new federation: RSA 2048 and a self-signed X.509 certificate with this common name. */
  public static TestFederation create(String commonName) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, RANDOM);
      KeyPair keys = generator.generateKeyPair();
      return new TestFederation(keys, selfSigned(commonName, keys));
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("could not create a test federation key", e);
    }
  }

  /** A self-signed certificate for {@code keys} (also usable for an IdP's signing key). */
  public static X509Certificate selfSigned(String commonName, KeyPair keys)
      throws GeneralSecurityException, OperatorCreationException {
    X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            new BigInteger(64, RANDOM).add(BigInteger.ONE),
            Date.from(now.minus(1, ChronoUnit.DAYS)),
            Date.from(now.plus(3650, ChronoUnit.DAYS)),
            name,
            keys.getPublic());
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The certificate as PEM ({@code -----BEGIN CERTIFICATE-----}, 64 characters a line). */
  public String certificatePem() {
    return pem(certificate);
  }

  /** Any certificate as PEM. */
  public static String pem(X509Certificate certificate) {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(encoded(certificate))
        + "\n-----END CERTIFICATE-----\n";
  }

  /** Base64 of the certificate's DER encoding, on one line (as ListedProvider gives it). */
  public static String base64(X509Certificate certificate) {
    return Base64.getEncoder().encodeToString(encoded(certificate));
  }

  /**
   * An EntitiesDescriptor (with ID, Name, validUntil, cacheDuration; the last two left out when
   * null) around the entity XML given (each a whole document: an XML declaration is dropped).
   */
  public static String aggregate(
      String name, Instant validUntil, Duration cacheDuration, String... entityDescriptors) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<md:EntitiesDescriptor xmlns:md=\"")
        .append(MD_NS)
        .append("\" ID=\"_")
        .append(UUID.randomUUID())
        .append('"');
    if (name != null) {
      xml.append(" Name=\"").append(escape(name)).append('"');
    }
    if (validUntil != null) {
      xml.append(" validUntil=\"").append(validUntil.truncatedTo(ChronoUnit.SECONDS)).append('"');
    }
    if (cacheDuration != null) {
      xml.append(" cacheDuration=\"").append(cacheDuration).append('"');
    }
    xml.append(">\n");
    for (String entity : entityDescriptors) {
      xml.append(withoutDeclaration(entity)).append('\n');
    }
    return xml.append("</md:EntitiesDescriptor>\n").toString();
  }

  /**
   * Adds mdrpi:RegistrationInfo, entity categories, assurance certifications and md:Organization
   * (name, display name, URL: the entityID's origin when it is a web address) to an
   * EntityDescriptor (a whole document, such as Keycloak's IdP descriptor; an enclosing
   * EntitiesDescriptor is dropped). An existing Organization is replaced, an entity-level signature
   * removed (it would no longer verify). Returns the EntityDescriptor alone, without declaration.
   */
  public static String describe(
      String entityDescriptorXml,
      String registrationAuthority,
      String organizationName,
      List<String> entityCategories,
      List<String> assuranceCertifications) {
    Document document = parse(entityDescriptorXml);
    Element entity = entityDescriptor(document);
    String prefix = entity.getPrefix();
    for (Element signature : children(entity, DSIG_NS, "Signature")) {
      entity.removeChild(signature);
    }
    Element extensions = children(entity, MD_NS, "Extensions").stream().findFirst().orElse(null);
    if (extensions == null) {
      extensions = md(document, prefix, "Extensions");
      entity.insertBefore(extensions, firstElementChild(entity));
    }
    if (registrationAuthority != null) {
      Element info = document.createElementNS(MDRPI_NS, "mdrpi:RegistrationInfo");
      info.setAttributeNS(XMLNS, "xmlns:mdrpi", MDRPI_NS);
      info.setAttribute("registrationAuthority", registrationAuthority);
      info.setAttribute("registrationInstant", Instant.now().truncatedTo(ChronoUnit.SECONDS) + "");
      extensions.appendChild(info);
    }
    if (!entityCategories.isEmpty() || !assuranceCertifications.isEmpty()) {
      Element attributes = document.createElementNS(MDATTR_NS, "mdattr:EntityAttributes");
      attributes.setAttributeNS(XMLNS, "xmlns:mdattr", MDATTR_NS);
      attributes.setAttributeNS(XMLNS, "xmlns:saml", SAML_NS);
      if (!entityCategories.isEmpty()) {
        attributes.appendChild(attribute(document, ENTITY_CATEGORY, entityCategories));
      }
      if (!assuranceCertifications.isEmpty()) {
        attributes.appendChild(
            attribute(document, ASSURANCE_CERTIFICATION, assuranceCertifications));
      }
      extensions.appendChild(attributes);
    }
    for (Element old : children(entity, MD_NS, "Organization")) {
      entity.removeChild(old);
    }
    if (organizationName != null) {
      Element organization = md(document, prefix, "Organization");
      organization.appendChild(localized(document, prefix, "OrganizationName", organizationName));
      organization.appendChild(
          localized(document, prefix, "OrganizationDisplayName", organizationName));
      organization.appendChild(
          localized(document, prefix, "OrganizationURL", origin(entity.getAttribute("entityID"))));
      // md:Organization follows the role descriptors and precedes md:ContactPerson
      Element contact = children(entity, MD_NS, "ContactPerson").stream().findFirst().orElse(null);
      Element additional =
          children(entity, MD_NS, "AdditionalMetadataLocation").stream().findFirst().orElse(null);
      entity.insertBefore(organization, contact != null ? contact : additional);
    }
    return serialize(entity, false);
  }

  /**
   * A minimal SAML 2.0 IdP EntityDescriptor: signing key descriptor, HTTP-Redirect and HTTP-POST
   * single sign-on at {@code ssoLocation}, persistent and transient NameID formats.
   */
  public static String identityProvider(
      String entityId, String ssoLocation, X509Certificate signingCertificate) {
    return "<md:EntityDescriptor xmlns:md=\""
        + MD_NS
        + "\" xmlns:ds=\""
        + DSIG_NS
        + "\" entityID=\""
        + escape(entityId)
        + "\">\n"
        + "  <md:IDPSSODescriptor"
        + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
        + "    <md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
        + base64(signingCertificate)
        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n"
        + "    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
        + "</md:NameIDFormat>\n"
        + "    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
        + "</md:NameIDFormat>\n"
        + "    <md:SingleSignOnService Binding=\""
        + HTTP_REDIRECT
        + "\" Location=\""
        + escape(ssoLocation)
        + "\"/>\n"
        + "    <md:SingleSignOnService Binding=\""
        + HTTP_POST
        + "\" Location=\""
        + escape(ssoLocation)
        + "\"/>\n"
        + "  </md:IDPSSODescriptor>\n"
        + "</md:EntityDescriptor>";
  }

  /** A minimal SAML 2.0 SP EntityDescriptor (never listed as an identity provider). */
  public static String serviceProvider(String entityId, String acsLocation) {
    return "<md:EntityDescriptor xmlns:md=\""
        + MD_NS
        + "\" entityID=\""
        + escape(entityId)
        + "\">\n"
        + "  <md:SPSSODescriptor"
        + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
        + "    <md:AssertionConsumerService index=\"0\" Binding=\""
        + HTTP_POST
        + "\" Location=\""
        + escape(acsLocation)
        + "\"/>\n"
        + "  </md:SPSSODescriptor>\n"
        + "</md:EntityDescriptor>";
  }

  /**
   * Signs the root element (enveloped, RSA-SHA256, exclusive c14n, Reference #ID) with this key.
   */
  public byte[] sign(String aggregateXml) {
    return sign(aggregateXml, null, SignatureMethod.RSA_SHA256, DigestMethod.SHA256);
  }

  /**
   * Signs as {@link #sign(String)} does, but with a reference to the element whose ID is {@code
   * referencedId} (null: the root; empty: the whole document, URI "") and the algorithms given
   * (URIs); the signature is always the root's first child. For tests of what the verifier must
   * refuse.
   */
  public byte[] sign(String xml, String referencedId, String signatureMethod, String digestMethod) {
    Document document = parse(xml);
    Element root = document.getDocumentElement();
    registerIds(root);
    String id = referencedId != null ? referencedId : root.getAttribute("ID");
    if (referencedId == null && id.isEmpty()) {
      throw new IllegalArgumentException("the element to sign has no ID attribute");
    }
    try {
      XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
      Reference reference =
          factory.newReference(
              id.isEmpty() ? "" : "#" + id,
              factory.newDigestMethod(digestMethod, null),
              List.of(
                  factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                  factory.newTransform(
                      CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
              null,
              null);
      SignedInfo signedInfo =
          factory.newSignedInfo(
              factory.newCanonicalizationMethod(
                  CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
              factory.newSignatureMethod(signatureMethod, null),
              List.of(reference));
      KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
      KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))));
      DOMSignContext context = new DOMSignContext(keys.getPrivate(), root, firstElementChild(root));
      context.setDefaultNamespacePrefix("ds");
      factory.newXMLSignature(signedInfo, keyInfo).sign(context);
    } catch (GeneralSecurityException
        | javax.xml.crypto.MarshalException
        | javax.xml.crypto.dsig.XMLSignatureException e) {
      throw new IllegalStateException("could not sign the test aggregate", e);
    }
    return serialize(root, true).getBytes(StandardCharsets.UTF_8);
  }

  /** Parses XML (namespace aware, no DOCTYPE) for tests that rearrange signed documents. */
  public static Document parse(String xml) {
    return parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses XML bytes (namespace aware, no DOCTYPE). */
  public static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalArgumentException("not well-formed XML", e);
    }
  }

  /** The document as UTF-8 bytes with an XML declaration, nothing re-indented. */
  public static byte[] bytes(Document document) {
    return serialize(document.getDocumentElement(), true).getBytes(StandardCharsets.UTF_8);
  }

  private static String serialize(Node node, boolean declaration) {
    try {
      Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, declaration ? "no" : "yes");
      StringWriter writer = new StringWriter();
      transformer.transform(new DOMSource(node), new StreamResult(writer));
      return writer.toString();
    } catch (Exception e) {
      throw new IllegalStateException("could not serialize XML", e);
    }
  }

  private static void registerIds(Element root) {
    NodeList all = root.getElementsByTagNameNS("*", "*");
    List<Element> elements = new ArrayList<>();
    elements.add(root);
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    for (Element element : elements) {
      if (element.hasAttributeNS(null, "ID")) {
        element.setIdAttributeNS(null, "ID", true);
      }
    }
  }

  private static Element entityDescriptor(Document document) {
    Element root = document.getDocumentElement();
    if (MD_NS.equals(root.getNamespaceURI()) && "EntityDescriptor".equals(root.getLocalName())) {
      return root;
    }
    NodeList found = document.getElementsByTagNameNS(MD_NS, "EntityDescriptor");
    if (found.getLength() == 0) {
      throw new IllegalArgumentException("no md:EntityDescriptor in the XML given");
    }
    return (Element) found.item(0);
  }

  private static Element attribute(Document document, String name, List<String> values) {
    Element attribute = document.createElementNS(SAML_NS, "saml:Attribute");
    attribute.setAttribute("Name", name);
    attribute.setAttribute("NameFormat", "urn:oasis:names:tc:SAML:2.0:attrname-format:uri");
    for (String value : values) {
      Element attributeValue = document.createElementNS(SAML_NS, "saml:AttributeValue");
      attributeValue.setTextContent(value);
      attribute.appendChild(attributeValue);
    }
    return attribute;
  }

  private static Element md(Document document, String prefix, String localName) {
    String qualified = prefix == null ? localName : prefix + ":" + localName;
    Element element = document.createElementNS(MD_NS, qualified);
    element.setAttributeNS(XMLNS, prefix == null ? "xmlns" : "xmlns:" + prefix, MD_NS);
    return element;
  }

  private static Element localized(
      Document document, String prefix, String localName, String value) {
    Element element = md(document, prefix, localName);
    element.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en");
    element.setTextContent(value);
    return element;
  }

  private static String origin(String entityId) {
    try {
      URI uri = URI.create(entityId);
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri.getScheme()
            + "://"
            + uri.getHost()
            + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
            + "/";
      }
    } catch (IllegalArgumentException e) {
      // not a web address
    }
    return "https://example.org/";
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && namespace.equals(element.getNamespaceURI())
          && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static Node firstElementChild(Element parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        return child;
      }
    }
    return null;
  }

  private static String withoutDeclaration(String xml) {
    return xml.strip().replaceFirst("^<\\?xml[^>]*\\?>", "").strip();
  }

  private static String escape(String value) {
    return Objects.requireNonNull(value)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace("\"", "&quot;")
        .replace(">", "&gt;");
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
