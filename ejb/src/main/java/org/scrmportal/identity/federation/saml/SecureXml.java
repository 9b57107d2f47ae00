package org.scrmportal.identity.federation.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The hardened parser of metadata: no DOCTYPE at all (so no external entities, no entity expansion,
 * no external DTD), secure processing, no external access, a depth limit. Always the JDK's own
 * parser ({@link DocumentBuilderFactory#newDefaultInstance()}), whatever the server plugs in, so
 * that the features below mean what they say.
 */
final class SecureXml {

  /**
   * Deeper than any real metadata (about 12 levels) and shallow enough for OpenSAML's recursion.
   */
  static final int MAX_DEPTH = 64;

  private static final String DOCTYPE_REFUSED =
      "the metadata has a DOCTYPE declaration: refused (it could read local files, fetch"
          + " addresses or expand entities without bound)";

  private SecureXml() {}

  /** Parses {@code xml}, or throws {@link InvalidMetadata} saying why it is not acceptable XML. */
  static Document parse(byte[] xml) {
    DocumentBuilder builder = builder();
    Document document;
    try {
      document = builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      throw new InvalidMetadata(describe(e));
    } catch (SAXException e) {
      throw new InvalidMetadata("the metadata is not well-formed XML");
    } catch (IOException e) {
      throw new InvalidMetadata("the metadata could not be read as XML");
    }
    document.getDocumentElement().normalize();
    if (document.getDoctype() != null) {
      throw new InvalidMetadata(DOCTYPE_REFUSED);
    }
    if (depth(document.getDocumentElement()) > MAX_DEPTH) {
      throw new InvalidMetadata(tooDeep());
    }
    return document;
  }

  private static String describe(SAXParseException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("DOCTYPE")) {
      return DOCTYPE_REFUSED;
    }
    if (message.contains("maxElementDepth") || message.contains("JAXP00081")) {
      return tooDeep();
    }
    if (e.getLineNumber() == 1 && e.getColumnNumber() <= 1) {
      return "the metadata is not XML (SAML metadata is an XML document)";
    }
    return "the metadata is not well-formed XML (line "
        + e.getLineNumber()
        + ", column "
        + e.getColumnNumber()
        + "): "
        + message;
  }

  private static String tooDeep() {
    return "the metadata nests elements deeper than " + MAX_DEPTH + " levels: refused";
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      // comments are outside exclusive canonicalization, so they can be added to a signed aggregate
      // without breaking its signature: drop them, and join the text around them (with CDATA), so
      // that no value is read truncated at an inserted comment
      factory.setIgnoringComments(true);
      factory.setCoalescing(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      // the JDK parser stops at this depth itself; depth() below checks again after parsing
      factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver(
          (publicId, systemId) -> {
            // never reached while DOCTYPE is refused; a second lock on the same door
            return new InputSource(new StringReader(""));
          });
      builder.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder;
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
    }
  }

  /** The depth of the element tree under {@code root} (root alone: 1), without recursion. */
  static int depth(Element root) {
    int deepest = 0;
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(1);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      deepest = Math.max(deepest, depth);
      for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == Node.ELEMENT_NODE) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    }
    return deepest;
  }
}
