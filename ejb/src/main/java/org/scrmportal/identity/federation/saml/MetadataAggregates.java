package org.scrmportal.identity.federation.saml;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeFactory;
import org.joda.time.DateTime;
import org.opensaml.core.xml.LangBearing;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.Unmarshaller;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.core.xml.schema.XSURI;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.ext.saml2mdattr.EntityAttributes;
import org.opensaml.saml.ext.saml2mdrpi.RegistrationInfo;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.metadata.EntitiesDescriptor;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.Extensions;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.Organization;
import org.opensaml.saml.saml2.metadata.SingleSignOnService;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.signature.KeyInfo;
import org.opensaml.xmlsec.signature.X509Data;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Verifies SAML metadata aggregates of federations and lists their identity providers (OASIS SAML
 * V2.0 Metadata, with the MDRPI and MDAttr extensions); see the package documentation for the
 * rules.
 */
public final class MetadataAggregates {

  /** The largest aggregate accepted, in bytes. */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  static final String MD_NS = "urn:oasis:names:tc:SAML:2.0:metadata";
  static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
  static final String ENTITY_CATEGORY = "http://macedir.org/entity-category";
  static final String ASSURANCE_CERTIFICATION =
      "urn:oasis:names:tc:SAML:attribute:assurance-certification";

  /** Signature methods accepted: RSA and ECDSA with SHA-256 or stronger. */
  private static final Set<String> SIGNATURE_METHODS =
      Set.of(
          "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
          "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
          "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
          "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
          "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
          "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512");

  /** Digest methods accepted: SHA-256 or stronger. */
  private static final Set<String> DIGEST_METHODS =
      Set.of(
          "http://www.w3.org/2001/04/xmlenc#sha256",
          "http://www.w3.org/2001/04/xmldsig-more#sha384",
          "http://www.w3.org/2001/04/xmlenc#sha512");

  private static final Set<String> SHA1_METHODS =
      Set.of(
          "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
          "http://www.w3.org/2000/09/xmldsig#dsa-sha1",
          "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1",
          "http://www.w3.org/2000/09/xmldsig#sha1");

  private static final Set<String> CANONICALIZATION_METHODS =
      Set.of(
          "http://www.w3.org/2001/10/xml-exc-c14n#",
          "http://www.w3.org/2001/10/xml-exc-c14n#WithComments");

  private static final Pattern PEM =
      Pattern.compile("-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----");

  private MetadataAggregates() {}

  /**
   * Parses {@code xml} (hardened), verifies the root signature against {@code pinned} only, and
   * enforces {@code validUntil}; lists the SAML 2.0 identity providers.
   *
   * @throws InvalidMetadata with the problems found, when the aggregate is not acceptable
   */
  public static VerifiedAggregate verify(byte[] xml, X509Certificate pinned, Instant now) {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(pinned, "pinned");
    Objects.requireNonNull(now, "now");
    if (xml.length == 0) {
      throw new InvalidMetadata("the metadata is empty");
    }
    if (xml.length > MAX_BYTES) {
      throw new InvalidMetadata(
          "the metadata is larger than " + MAX_BYTES / (1024 * 1024) + " MiB: refused");
    }
    Document document = SecureXml.parse(xml);
    Element root = document.getDocumentElement();
    String id = checkRoot(root);
    checkSignatureShape(root, id);
    checkTimes(root);
    return OpenSaml.call(() -> verified(root, pinned, now, sha256(xml)));
  }

  /**
   * Reads a pinned certificate: PEM ({@code -----BEGIN CERTIFICATE-----}) or bare base64 of the DER
   * encoding.
   *
   * @throws InvalidMetadata when it is no X.509 certificate, or its RSA key is shorter than 2048
   *     bits
   */
  public static X509Certificate certificate(String pem) {
    if (pem == null || pem.isBlank()) {
      throw new InvalidMetadata("no certificate was given");
    }
    String base64 = pem;
    Matcher matcher = PEM.matcher(pem);
    if (matcher.find()) {
      base64 = matcher.group(1);
      if (matcher.find()) {
        throw new InvalidMetadata(
            "give one certificate, the federation's metadata signing certificate (several were"
                + " given)");
      }
    } else if (pem.contains("-----BEGIN")) {
      throw new InvalidMetadata(
          "the PEM text is not a certificate (expected -----BEGIN CERTIFICATE-----)");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidMetadata("the certificate is neither PEM nor base64");
    }
    X509Certificate certificate;
    try {
      certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | ClassCastException e) {
      throw new InvalidMetadata("the certificate is not an X.509 certificate");
    }
    PublicKey key = certificate.getPublicKey();
    if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
      throw new InvalidMetadata(
          "the certificate's RSA key has "
              + rsa.getModulus().bitLength()
              + " bits: at least 2048 are required");
    }
    return certificate;
  }

  /** The root must be an md:EntitiesDescriptor whose ID occurs once in the whole document. */
  private static String checkRoot(Element root) {
    if (!MD_NS.equals(root.getNamespaceURI())) {
      throw new InvalidMetadata(
          "this is not SAML metadata: its root element is "
              + root.getTagName()
              + (root.getNamespaceURI() == null ? "" : " in namespace " + root.getNamespaceURI()));
    }
    if ("EntityDescriptor".equals(root.getLocalName())) {
      throw new InvalidMetadata(
          "this is the metadata of a single entity, not a federation's aggregate (its root must be"
              + " md:EntitiesDescriptor)");
    }
    if (!"EntitiesDescriptor".equals(root.getLocalName())) {
      throw new InvalidMetadata(
          "this is not a metadata aggregate: its root element is md:"
              + root.getLocalName()
              + ", not md:EntitiesDescriptor");
    }
    String id = root.getAttributeNS(null, "ID");
    if (id.isEmpty()) {
      throw new InvalidMetadata(
          "the aggregate is not signed as required: its md:EntitiesDescriptor has no ID attribute"
              + " for a signature to refer to");
    }
    int occurrences = occurrencesOfId(root, id);
    if (occurrences != 1) {
      throw new InvalidMetadata(
          "the ID of the aggregate ("
              + id
              + ") occurs "
              + occurrences
              + " times in the document: refused (a signature-wrapping attempt, or a broken"
              + " aggregate)");
    }
    root.setIdAttributeNS(null, "ID", true);
    return id;
  }

  /** The root's validUntil and cacheDuration, when present, are an xs:dateTime and xs:duration. */
  private static void checkTimes(Element root) {
    List<String> problems = new ArrayList<>();
    DatatypeFactory types = DatatypeFactory.newDefaultInstance();
    String validUntil = root.getAttributeNS(null, "validUntil").strip();
    if (!validUntil.isEmpty()) {
      try {
        types.newXMLGregorianCalendar(validUntil);
      } catch (IllegalArgumentException e) {
        problems.add(
            "the aggregate's validUntil "
                + quoted(validUntil)
                + " is not an XML date and time (such as 2030-12-31T00:00:00Z)");
      }
    }
    String cacheDuration = root.getAttributeNS(null, "cacheDuration").strip();
    if (!cacheDuration.isEmpty()) {
      try {
        types.newDuration(cacheDuration);
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        problems.add(
            "the aggregate's cacheDuration "
                + quoted(cacheDuration)
                + " is not an XML duration (such as PT6H)");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMetadata(problems);
    }
  }

  private static String quoted(String value) {
    return "\"" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "\"";
  }

  /** How many attributes named ID, Id or id (any namespace, xml:id included) have this value. */
  private static int occurrencesOfId(Element root, String id) {
    int count = 0;
    Deque<Element> elements = new ArrayDeque<>();
    elements.push(root);
    while (!elements.isEmpty()) {
      Element element = elements.pop();
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String name =
            attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if (name.equalsIgnoreCase("id") && id.equals(attribute.getValue().strip())) {
          count++;
        }
      }
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element childElement) {
          elements.push(childElement);
        }
      }
    }
    return count;
  }

  /**
   * One enveloped ds:Signature as a child of the root, with one Reference to "#" + the root's ID,
   * SHA-256 or stronger (checked on the DOM before OpenSAML and Santuario see it).
   */
  private static void checkSignatureShape(Element root, String id) {
    List<Element> signatures = children(root, DSIG_NS, "Signature");
    if (signatures.isEmpty()) {
      throw new InvalidMetadata(
          "the aggregate is not signed: its md:EntitiesDescriptor has no ds:Signature");
    }
    if (signatures.size() > 1) {
      throw new InvalidMetadata("the aggregate's root carries more than one signature: refused");
    }
    Element signature = signatures.get(0);
    List<Element> signedInfos = children(signature, DSIG_NS, "SignedInfo");
    if (signedInfos.size() != 1) {
      throw new InvalidMetadata("the aggregate's signature has no (single) ds:SignedInfo");
    }
    Element signedInfo = signedInfos.get(0);
    List<Element> references = children(signedInfo, DSIG_NS, "Reference");
    if (references.size() != 1) {
      throw new InvalidMetadata(
          "the aggregate's signature has "
              + references.size()
              + " references: exactly one, to the md:EntitiesDescriptor, is required");
    }
    Element reference = references.get(0);
    String uri = reference.getAttribute("URI");
    if (!("#" + id).equals(uri)) {
      throw new InvalidMetadata(
          "the aggregate's signature refers to \""
              + uri
              + "\", not to the md:EntitiesDescriptor (#"
              + id
              + "): refused (it does not sign the aggregate as a whole)");
    }
    List<String> problems = new ArrayList<>();
    String canonicalization = algorithm(signedInfo, "CanonicalizationMethod");
    if (!CANONICALIZATION_METHODS.contains(canonicalization)) {
      problems.add(
          "the aggregate's signature uses canonicalization "
              + canonicalization
              + ": only exclusive XML canonicalization is accepted");
    }
    String signatureMethod = algorithm(signedInfo, "SignatureMethod");
    if (!SIGNATURE_METHODS.contains(signatureMethod)) {
      problems.add(
          "the aggregate's signature method is "
              + signatureMethod
              + (SHA1_METHODS.contains(signatureMethod) ? " (SHA-1)" : "")
              + ": only RSA or ECDSA with SHA-256 or stronger is accepted");
    }
    String digestMethod = algorithm(reference, "DigestMethod");
    if (!DIGEST_METHODS.contains(digestMethod)) {
      problems.add(
          "the aggregate's digest method is "
              + digestMethod
              + (SHA1_METHODS.contains(digestMethod) ? " (SHA-1)" : "")
              + ": only SHA-256 or stronger is accepted");
    }
    if (!problems.isEmpty()) {
      throw new InvalidMetadata(problems);
    }
  }

  private static String algorithm(Element parent, String localName) {
    List<Element> elements = children(parent, DSIG_NS, localName);
    return elements.size() == 1 ? elements.get(0).getAttribute("Algorithm") : "(none)";
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

  /** OpenSAML's part: unmarshal, SAML signature profile, cryptographic check, validity. */
  private static VerifiedAggregate verified(
      Element root, X509Certificate pinned, Instant now, String sha256) {
    EntitiesDescriptor aggregate = unmarshal(root);
    try {
      new SAMLSignatureProfileValidator().validate(aggregate.getSignature());
    } catch (SignatureException e) {
      throw new InvalidMetadata(
          "the aggregate's signature does not follow the SAML signature profile (one reference to"
              + " the signed element, enveloped signature and exclusive canonicalization"
              + " transforms only)");
    }
    List<String> problems = new ArrayList<>();
    try {
      SignatureValidator.validate(aggregate.getSignature(), new BasicX509Credential(pinned));
    } catch (SignatureException e) {
      problems.add(
          "the aggregate's signature does not verify with the pinned certificate: it was signed"
              + " with another key, or the aggregate was changed after signing");
    }
    Instant validUntil = instant(aggregate.getValidUntil());
    if (validUntil == null) {
      problems.add("the aggregate has no validUntil: refused (it could be replayed forever)");
    } else if (!validUntil.isAfter(now)) {
      problems.add("the aggregate expired: its validUntil is " + validUntil);
    }
    if (!problems.isEmpty()) {
      throw new InvalidMetadata(problems);
    }
    Long cacheMillis = aggregate.getCacheDuration();
    Duration cacheDuration = cacheMillis == null ? null : Duration.ofMillis(cacheMillis);
    List<ListedProvider> providers = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    collect(aggregate, null, now, providers, seen);
    return new VerifiedAggregate(aggregate.getName(), validUntil, cacheDuration, sha256, providers);
  }

  private static EntitiesDescriptor unmarshal(Element root) {
    Unmarshaller unmarshaller =
        XMLObjectProviderRegistrySupport.getUnmarshallerFactory().getUnmarshaller(root);
    if (unmarshaller == null) {
      throw new InvalidMetadata("OpenSAML does not know the root element md:EntitiesDescriptor");
    }
    XMLObject object;
    try {
      object = unmarshaller.unmarshall(root);
    } catch (UnmarshallingException | IllegalArgumentException e) {
      throw new InvalidMetadata(
          "the aggregate does not follow the SAML metadata schema"
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    if (!(object instanceof EntitiesDescriptor aggregate)) {
      throw new InvalidMetadata("the aggregate's root is not an md:EntitiesDescriptor");
    }
    return aggregate;
  }

  /** Walks nested EntitiesDescriptors; drops those (and entities) whose validUntil passed. */
  private static void collect(
      EntitiesDescriptor group,
      String inheritedAuthority,
      Instant now,
      List<ListedProvider> providers,
      Set<String> seen) {
    String authority = registrationAuthority(group.getExtensions(), inheritedAuthority);
    for (EntityDescriptor entity : group.getEntityDescriptors()) {
      if (expired(entity.getValidUntil(), now) || entity.getEntityID() == null) {
        continue;
      }
      IDPSSODescriptor idp = entity.getIDPSSODescriptor(SAMLConstants.SAML20P_NS);
      if (idp == null || expired(idp.getValidUntil(), now) || !seen.add(entity.getEntityID())) {
        continue;
      }
      providers.add(listed(entity, idp, authority));
    }
    for (EntitiesDescriptor nested : group.getEntitiesDescriptors()) {
      if (!expired(nested.getValidUntil(), now)) {
        collect(nested, authority, now, providers, seen);
      }
    }
  }

  private static ListedProvider listed(
      EntityDescriptor entity, IDPSSODescriptor idp, String inheritedAuthority) {
    Organization organization =
        entity.getOrganization() != null ? entity.getOrganization() : idp.getOrganization();
    String name = null;
    String displayName = null;
    String url = null;
    if (organization != null) {
      name = localized(organization.getOrganizationNames());
      displayName = localized(organization.getDisplayNames());
      url = localized(organization.getURLs());
    }
    List<SsoEndpoint> endpoints = new ArrayList<>();
    for (SingleSignOnService service : idp.getSingleSignOnServices()) {
      if (service.getBinding() != null && service.getLocation() != null) {
        endpoints.add(new SsoEndpoint(service.getBinding().strip(), service.getLocation().strip()));
      }
    }
    List<String> formats = new ArrayList<>();
    for (NameIDFormat format : idp.getNameIDFormats()) {
      if (format.getFormat() != null && !format.getFormat().isBlank()) {
        formats.add(format.getFormat().strip());
      }
    }
    return new ListedProvider(
        entity.getEntityID(),
        name,
        displayName,
        url,
        registrationAuthority(entity.getExtensions(), inheritedAuthority),
        entityAttribute(entity.getExtensions(), ENTITY_CATEGORY),
        entityAttribute(entity.getExtensions(), ASSURANCE_CERTIFICATION),
        endpoints,
        signingCertificates(idp.getKeyDescriptors()),
        formats);
  }

  private static String registrationAuthority(Extensions extensions, String inherited) {
    if (extensions != null) {
      for (XMLObject child :
          extensions.getUnknownXMLObjects(RegistrationInfo.DEFAULT_ELEMENT_NAME)) {
        if (child instanceof RegistrationInfo info
            && info.getRegistrationAuthority() != null
            && !info.getRegistrationAuthority().isBlank()) {
          return info.getRegistrationAuthority().strip();
        }
      }
    }
    return inherited;
  }

  private static List<String> entityAttribute(Extensions extensions, String attributeName) {
    Set<String> values = new LinkedHashSet<>();
    if (extensions != null) {
      for (XMLObject child :
          extensions.getUnknownXMLObjects(EntityAttributes.DEFAULT_ELEMENT_NAME)) {
        if (child instanceof EntityAttributes attributes) {
          for (Attribute attribute : attributes.getAttributes()) {
            if (attributeName.equals(attribute.getName())) {
              for (XMLObject value : attribute.getAttributeValues()) {
                String text = text(value);
                if (text != null && !text.isBlank()) {
                  values.add(text.strip());
                }
              }
            }
          }
        }
      }
    }
    return List.copyOf(values);
  }

  private static String text(XMLObject value) {
    if (value instanceof XSString string) {
      return string.getValue();
    }
    if (value instanceof XSURI uri) {
      return uri.getValue();
    }
    return value.getDOM() == null ? null : value.getDOM().getTextContent();
  }

  private static List<String> signingCertificates(List<KeyDescriptor> descriptors) {
    Set<String> certificates = new LinkedHashSet<>();
    for (KeyDescriptor descriptor : descriptors) {
      UsageType use = descriptor.getUse();
      if (use != null && use != UsageType.SIGNING && use != UsageType.UNSPECIFIED) {
        continue;
      }
      KeyInfo keyInfo = descriptor.getKeyInfo();
      if (keyInfo == null) {
        continue;
      }
      for (X509Data data : keyInfo.getX509Datas()) {
        for (org.opensaml.xmlsec.signature.X509Certificate certificate :
            data.getX509Certificates()) {
          String normalized = normalizedCertificate(certificate.getValue());
          if (normalized != null) {
            certificates.add(normalized);
          }
        }
      }
    }
    return List.copyOf(certificates);
  }

  /** Base64 DER without white space, or null when the value is no X.509 certificate. */
  private static String normalizedCertificate(String base64) {
    if (base64 == null) {
      return null;
    }
    try {
      byte[] der = Base64.getMimeDecoder().decode(base64.strip());
      X509Certificate certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der));
      return Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
      return null;
    }
  }

  /** English if given, else the first one; null when there is none. */
  private static String localized(List<? extends XMLObject> values) {
    String first = null;
    for (XMLObject value : values) {
      String text = text(value);
      if (text == null || text.isBlank()) {
        continue;
      }
      if (value instanceof LangBearing lang && "en".equalsIgnoreCase(lang.getXMLLang())) {
        return text.strip();
      }
      if (first == null) {
        first = text.strip();
      }
    }
    return first;
  }

  private static boolean expired(DateTime validUntil, Instant now) {
    return validUntil != null && !Instant.ofEpochMilli(validUntil.getMillis()).isAfter(now);
  }

  private static Instant instant(DateTime dateTime) {
    return dateTime == null ? null : Instant.ofEpochMilli(dateTime.getMillis());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
