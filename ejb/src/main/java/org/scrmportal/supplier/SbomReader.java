package org.scrmportal.supplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cyclonedx.model.Bom;

/**
 * Reads the components of a CycloneDX SBOM, JSON or XML, into the model of {@code
 * cyclonedx-core-java} (with Jackson, as the library's own parsers do; their schema validation,
 * which needs networknt 1.x beside our 2.x, is not used), within limits checked before the library
 * sees a byte: size, nesting depth, number of components. An XML SBOM with a document type
 * declaration is refused outright, so no external entity (XXE), external DTD or entity expansion is
 * ever read: CycloneDX needs none.
 */
public final class SbomReader {

  /** The limits of one SBOM. */
  public record Limits(int maxBytes, int maxDepth, int maxComponents) {
    public static final Limits DEFAULTS = new Limits(10 * 1024 * 1024, 64, 20_000);
  }

  /** An SBOM refused, with a reason fit for the caller (never the content of the document). */
  public static final class SbomException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SbomException(String message) {
      super(message);
    }
  }

  /** Reads the library's model from JSON (its classes carry the Jackson mappings). */
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads it from XML with a StAX factory that supports no DTD and no external entity. */
  private static final XmlMapper XML = new XmlMapper(new XmlFactory(safeXmlInputFactory()));

  private final Limits limits;

  public SbomReader() {
    this(Limits.DEFAULTS);
  }

  public SbomReader(Limits limits) {
    this.limits = limits;
  }

  /** The components, nested ones included, in document order. */
  public List<Component> read(byte[] sbom) {
    if (sbom == null || sbom.length == 0) {
      throw new SbomException("The SBOM is empty");
    }
    if (sbom.length > limits.maxBytes()) {
      throw new SbomException("The SBOM is larger than " + limits.maxBytes() + " bytes");
    }
    Bom bom;
    try {
      if (startsWith(sbom, '{')) {
        checkJson(sbom);
        bom = JSON.readValue(sbom, Bom.class);
      } else if (startsWith(sbom, '<')) {
        checkXml(sbom);
        bom = XML.readValue(sbom, Bom.class);
      } else {
        throw new SbomException("Not a CycloneDX SBOM: JSON or XML expected");
      }
    } catch (IOException e) {
      throw new SbomException("Not a readable CycloneDX SBOM");
    } catch (RuntimeException e) {
      if (e instanceof SbomException) {
        throw e;
      }
      throw new SbomException("Not a readable CycloneDX SBOM");
    }
    List<Component> components = new ArrayList<>();
    if (bom.getComponents() != null) {
      collect(bom.getComponents(), components, 0);
    }
    return components;
  }

  private void collect(List<org.cyclonedx.model.Component> from, List<Component> into, int depth) {
    if (depth > limits.maxDepth()) {
      throw new SbomException("Components nest deeper than " + limits.maxDepth());
    }
    for (org.cyclonedx.model.Component c : from) {
      if (into.size() >= limits.maxComponents()) {
        throw new SbomException("More than " + limits.maxComponents() + " components");
      }
      String supplier = c.getSupplier() == null ? null : c.getSupplier().getName();
      String vendor = c.getPublisher() != null ? c.getPublisher() : supplier;
      try {
        into.add(
            new Component(supplier, vendor, c.getName(), c.getVersion(), c.getPurl(), c.getCpe()));
      } catch (IllegalArgumentException e) {
        throw new SbomException(
            "Component " + (into.size() + 1) + " is not usable: " + e.getMessage());
      }
      if (c.getComponents() != null) {
        collect(c.getComponents(), into, depth + 1);
      }
    }
  }

  private static boolean startsWith(byte[] content, char c) {
    for (byte b : content) {
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        continue;
      }
      if (b == (byte) 0xEF) {
        continue; // a UTF-8 byte order mark
      }
      if (b == (byte) 0xBB || b == (byte) 0xBF) {
        continue;
      }
      return b == c;
    }
    return false;
  }

  /** Reads the JSON once with Jackson's stream limits, before the library builds its model. */
  private void checkJson(byte[] sbom) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth() * 2 + 8)
                    .maxStringLength(1_000_000)
                    .build())
            .build();
    try (JsonParser parser = factory.createParser(sbom)) {
      while (parser.nextToken() != null) {
        // reading is the check
      }
    } catch (IOException e) {
      throw new SbomException("Not a readable JSON SBOM, or beyond its limits");
    }
  }

  /**
   * Reads the XML once with a StAX reader that supports no DTD and resolves no external entity; a
   * document type declaration, or nesting beyond the limit, refuses the SBOM before anything else
   * reads it.
   */
  private void checkXml(byte[] sbom) {
    XMLInputFactory factory = safeXmlInputFactory();
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(sbom));
      int depth = 0;
      int maxDepth = limits.maxDepth() * 3 + 8;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
              throw new SbomException(
                  "An XML SBOM may not have a document type declaration or entities");
          case XMLStreamConstants.START_ELEMENT -> {
            if (++depth > maxDepth) {
              throw new SbomException("The XML SBOM nests deeper than " + maxDepth);
            }
          }
          case XMLStreamConstants.END_ELEMENT -> depth--;
          default -> {}
        }
      }
    } catch (XMLStreamException e) {
      throw new SbomException("Not a readable XML SBOM");
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing was held open
        }
      }
    }
  }

  private static XMLInputFactory safeXmlInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are not read");
        });
    return factory;
  }
}
