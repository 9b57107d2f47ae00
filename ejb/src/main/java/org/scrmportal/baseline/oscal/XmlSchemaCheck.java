package org.scrmportal.baseline.oscal;

import gov.nist.secauto.oscal.lib.OscalBindingContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Validates OSCAL XML against the XML Schema of its model (shipped in liboscal, compiled once per
 * model, never fetching anything), naming each problem by an XPath-like path ({@code
 * /catalog[1]/group[2]/control[1]}) and its line and column.
 */
final class XmlSchemaCheck {

  private static final Map<OscalKind, Schema> SCHEMAS =
      Collections.synchronizedMap(new EnumMap<>(OscalKind.class));

  private XmlSchemaCheck() {}

  private static Schema schema(OscalKind kind) {
    return SCHEMAS.computeIfAbsent(
        kind,
        k -> {
          String resource = "/schema/xml/oscal-" + k.rootName() + "_schema.xsd";
          try (InputStream in = OscalBindingContext.class.getResourceAsStream(resource)) {
            if (in == null) {
              throw new IllegalStateException("liboscal has no " + resource);
            }
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, resource));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (SAXException e) {
            throw new IllegalStateException("liboscal's " + resource + " does not compile", e);
          }
        });
  }

  static List<OscalProblem> validate(OscalKind kind, byte[] xml) {
    List<OscalProblem> problems = new ArrayList<>();
    PathTracker tracker = new PathTracker();
    try {
      SAXParserFactory parsers = SAXParserFactory.newDefaultInstance();
      parsers.setNamespaceAware(true);
      parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      XMLReader reader = parsers.newSAXParser().getXMLReader();
      ValidatorHandler validator = schema(kind).newValidatorHandler();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      ErrorHandler errors =
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
              // warnings do not refuse a document
            }

            @Override
            public void error(SAXParseException e) {
              add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
              add(e);
            }

            private void add(SAXParseException e) {
              if (problems.size() < OscalInvalid.MAX_PROBLEMS) {
                problems.add(
                    new OscalProblem(
                        tracker.path()
                            + " (line "
                            + e.getLineNumber()
                            + ":"
                            + e.getColumnNumber()
                            + ")",
                        e.getMessage()));
              }
            }
          };
      validator.setErrorHandler(errors);
      tracker.setParent(reader);
      tracker.setContentHandler(validator);
      tracker.setErrorHandler(errors);
      tracker.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      if (problems.isEmpty()) {
        problems.add(new OscalProblem(tracker.path(), e.getMessage()));
      }
    } catch (SAXException | ParserConfigurationException e) {
      problems.add(new OscalProblem("", "XML schema validation failed: " + e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /** Keeps the path of the element being read: name and position among same-named siblings. */
  private static final class PathTracker extends XMLFilterImpl {
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> counts = new ArrayDeque<>();

    PathTracker() {
      counts.push(new HashMap<>());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      int position = counts.peek().merge(localName, 1, Integer::sum);
      path.addLast(localName + "[" + position + "]");
      counts.push(new HashMap<>());
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      super.endElement(uri, localName, qName);
      path.removeLast();
      counts.pop();
    }

    String path() {
      return path.isEmpty() ? "" : "/" + String.join("/", path);
    }
  }
}
