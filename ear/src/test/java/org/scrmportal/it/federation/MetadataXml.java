package org.scrmportal.it.federation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * SAML metadata as the rejection tests build and take apart: a small IdP entity, and the DOM
 * surgery of the classic signature-wrapping attacks on a signed aggregate.
 */
final class MetadataXml {

  static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
  static final String DS = "http://www.w3.org/2000/09/xmldsig#";
  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private MetadataXml() {}

  /**
   * An IdP entity {@code https://<host>/idp} (SAML 2.0, HTTP-Redirect single sign-on), with an
   * organization whose display name is {@code displayName} and {@code certificate} for signing.
   */
  static String identityProvider(String host, String displayName, X509Certificate certificate) {
    String der;
    try {
      der = Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    return """
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" \
        xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://%1$s/idp">
          <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo><ds:X509Data><ds:X509Certificate>%3$s</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
            </md:KeyDescriptor>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" \
        Location="https://%1$s/sso"/>
          </md:IDPSSODescriptor>
          <md:Organization>
            <md:OrganizationName xml:lang="en">%2$s</md:OrganizationName>
            <md:OrganizationDisplayName xml:lang="en">%2$s</md:OrganizationDisplayName>
            <md:OrganizationURL xml:lang="en">https://%1$s/</md:OrganizationURL>
          </md:Organization>
        </md:EntityDescriptor>
        """
        .formatted(host, displayName, der);
  }

  static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Document parse(String xml) {
    return parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] serialize(Document document) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The signed aggregate parsed and written again, unchanged: still valid (the control). */
  static byte[] roundTrip(byte[] signed) {
    return serialize(parse(signed));
  }

  private static Element signatureOf(Element element) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && DS.equals(e.getNamespaceURI())
          && "Signature".equals(e.getLocalName())) {
        return e;
      }
    }
    throw new IllegalStateException("no signature on " + element.getLocalName());
  }

  private static Element newRoot(Document document, Element signed, String id) {
    Element root = document.createElementNS(MD, "md:EntitiesDescriptor");
    root.setAttributeNS(XMLNS, "xmlns:md", MD);
    root.setAttributeNS(XMLNS, "xmlns:ds", DS);
    root.setAttribute("ID", id);
    root.setAttribute("Name", signed.getAttribute("Name"));
    root.setAttribute("validUntil", signed.getAttribute("validUntil"));
    root.setIdAttribute("ID", true);
    return root;
  }

  private static Element extensions(Document document) {
    Element extensions = document.createElementNS(MD, "md:Extensions");
    return extensions;
  }

  private static Node imported(Document document, String entityXml) {
    return document.importNode(parse(entityXml).getDocumentElement(), true);
  }

  /**
   * XSW 1: a new, unsigned root listing {@code evilEntity}, with the signature moved into it (its
   * reference still naming the signed element) and the signed element hidden in its extensions.
   */
  static byte[] signatureMovedToUnsignedRoot(byte[] signed, String evilEntity) {
    Document document = parse(signed);
    Element original = document.getDocumentElement();
    Element signature = signatureOf(original);
    original.removeChild(signature);
    document.removeChild(original);
    Element root = newRoot(document, original, "_wrapper");
    root.appendChild(signature);
    Element extensions = extensions(document);
    extensions.appendChild(original);
    root.appendChild(extensions);
    root.appendChild(imported(document, evilEntity));
    document.appendChild(root);
    return serialize(document);
  }

  /**
   * XSW 2: as XSW 1, but the new root carries the signed element's own ID, so that the reference
   * names two elements.
   */
  static byte[] duplicatedId(byte[] signed, String evilEntity) {
    Document document = parse(signed);
    Element original = document.getDocumentElement();
    Element signature = signatureOf(original);
    original.removeChild(signature);
    document.removeChild(original);
    Element root = newRoot(document, original, original.getAttribute("ID"));
    root.appendChild(signature);
    root.appendChild(imported(document, evilEntity));
    Element extensions = extensions(document);
    extensions.appendChild(original);
    root.appendChild(extensions);
    document.appendChild(root);
    return serialize(document);
  }

  /**
   * XSW 3: the signed aggregate, signature and all, nested as a child of a new unsigned root that
   * also lists {@code evilEntity}.
   */
  static byte[] signedAggregateNestedInUnsignedRoot(byte[] signed, String evilEntity) {
    Document document = parse(signed);
    Element original = document.getDocumentElement();
    document.removeChild(original);
    Element root = newRoot(document, original, "_outer");
    root.appendChild(imported(document, evilEntity));
    root.appendChild(original);
    document.appendChild(root);
    return serialize(document);
  }

  /**
   * XSW 4: the signed root kept, with a second copy of itself (same ID, a different entity list)
   * appended inside it after signing.
   */
  static byte[] copyWithSameIdInside(byte[] signed, String evilEntity) {
    Document document = parse(signed);
    Element original = document.getDocumentElement();
    Element copy = (Element) original.cloneNode(false);
    copy.appendChild(imported(document, evilEntity));
    original.appendChild(copy);
    return serialize(document);
  }

  /**
   * The aggregate with a DOCTYPE declaring {@code internalSubset} before its root, and {@code
   * reference} (an entity reference) in place of the text {@code replaced}.
   */
  static byte[] withDoctype(byte[] xml, String internalSubset, String replaced, String reference) {
    String text = new String(xml, StandardCharsets.UTF_8);
    if (!text.contains(replaced)) {
      throw new IllegalStateException("no " + replaced + " in " + text);
    }
    text = text.replace(replaced, reference);
    int root = 0;
    while (!(text.charAt(root) == '<' && Character.isLetter(text.charAt(root + 1)))) {
      root++;
    }
    return (text.substring(0, root)
            + "<!DOCTYPE EntitiesDescriptor [\n"
            + internalSubset
            + "\n]>\n"
            + text.substring(root))
        .getBytes(StandardCharsets.UTF_8);
  }
}
