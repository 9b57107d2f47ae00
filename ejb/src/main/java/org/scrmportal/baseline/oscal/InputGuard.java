package org.scrmportal.baseline.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * The checks every upload passes before any binding: size, nesting depth, duplicate JSON keys, no
 * XML DOCTYPE (so no external entity, file or http, and no entity expansion bomb ever reaches a
 * parser that would honour it), no YAML anchors or aliases (so no alias bomb), and the root names
 * an OSCAL model the portal reads. YAML is turned into JSON here: the rest of the pipeline reads
 * JSON or XML only.
 */
final class InputGuard {

  /** The OSCAL XML namespace (OSCAL 1.x, all models). */
  static final String OSCAL_NS = "http://csrc.nist.gov/ns/oscal/1.0";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the guard found: the format, the model, and the bytes to bind (YAML as JSON). */
  record Checked(OscalFormat format, OscalKind kind, byte[] content) {}

  private final OscalLimits limits;

  InputGuard(OscalLimits limits) {
    this.limits = limits;
  }

  Checked check(byte[] content) {
    if (content == null || content.length == 0) {
      throw new OscalInvalid("The document is empty.");
    }
    if (content.length > limits.maxBytes()) {
      throw new OscalInvalid(
          "The document is "
              + content.length
              + " bytes; at most "
              + limits.maxBytes()
              + " are accepted.");
    }
    OscalFormat format = OscalFormat.detect(content);
    return switch (format) {
      case JSON -> new Checked(format, checkJson(content), content);
      case XML -> new Checked(format, checkXml(content), content);
      case YAML -> {
        byte[] json = yamlToJson(content);
        yield new Checked(format, checkJson(json), json);
      }
    };
  }

  private JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxDocumentLength(limits.maxBytes())
                .build())
        .build();
  }

  /** One streaming pass: well-formed, depth, no duplicate keys; returns the model. */
  private OscalKind checkJson(byte[] content) {
    OscalKind kind = null;
    List<String> roots = new ArrayList<>();
    try (JsonParser parser = jsonFactory().createParser(content)) {
      int depth = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            depth++;
            if (depth > limits.maxDepth()) {
              throw tooDeep(pointer(parser));
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            if (depth == 1) {
              roots.add(parser.currentName());
            }
          }
          default -> {
            if (depth == 0) {
              throw new OscalInvalid("The document must be a JSON object.");
            }
          }
        }
      }
    } catch (OscalInvalid e) {
      throw e;
    } catch (IOException e) {
      throw new OscalInvalid("The document is not well-formed JSON: " + firstLine(e));
    }
    for (String root : roots) {
      if (root.equals("$schema")) {
        continue;
      }
      OscalKind found = kindOf(root);
      if (found == null || kind != null) {
        throw wrongRoot("/" + root);
      }
      kind = found;
    }
    if (kind == null) {
      throw wrongRoot("");
    }
    return kind;
  }

  private static String pointer(JsonParser parser) {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /** One StAX pass with DTDs off: refuses any DOCTYPE, checks depth and the root element. */
  private OscalKind checkXml(byte[] content) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    OscalKind kind = null;
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
      int depth = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw new OscalInvalid(
                  "XML documents with a DOCTYPE are refused (no DTDs or entities in OSCAL).");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new OscalInvalid("XML entity references are refused.");
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            if (depth > limits.maxDepth()) {
              throw tooDeep("line " + reader.getLocation().getLineNumber());
            }
            if (depth == 1) {
              kind = kindOf(reader.getLocalName());
              if (kind == null || !OSCAL_NS.equals(reader.getNamespaceURI())) {
                throw wrongRoot("/" + reader.getLocalName());
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> depth--;
          default -> {
            // text, comments, processing instructions
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new OscalInvalid("The document is not well-formed XML: " + firstLine(e));
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // nothing held
        }
      }
    }
    if (kind == null) {
      throw wrongRoot("");
    }
    return kind;
  }

  /**
   * Refuses anchors and aliases (OSCAL has no use for them; an alias bomb expands exponentially),
   * checks depth on the event stream, then converts the YAML to JSON.
   */
  private byte[] yamlToJson(byte[] content) {
    LoaderOptions options = loaderOptions();
    try (Reader reader =
        new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
      int depth = 0;
      for (Event event : new Yaml(options).parse(reader)) {
        if (event instanceof AliasEvent) {
          throw new OscalInvalid(
              "YAML aliases are refused (line " + (event.getStartMark().getLine() + 1) + ").");
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
          throw new OscalInvalid(
              "YAML anchors are refused (line " + (event.getStartMark().getLine() + 1) + ").");
        }
        if (event instanceof CollectionStartEvent) {
          depth++;
          if (depth > limits.maxDepth()) {
            throw tooDeep("line " + (event.getStartMark().getLine() + 1));
          }
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        }
      }
    } catch (OscalInvalid e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      throw new OscalInvalid("The document is not well-formed YAML: " + firstLine(e));
    }
    try {
      YAMLFactory yaml = YAMLFactory.builder().loaderOptions(options).build();
      JsonNode tree = new ObjectMapper(yaml).readTree(content);
      if (tree == null || !tree.isObject()) {
        throw new OscalInvalid("The document must be a YAML mapping.");
      }
      return JSON.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new OscalInvalid("The document is not well-formed YAML: " + firstLine(e));
    }
  }

  private LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(limits.maxDepth() + 1);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
    return options;
  }

  private static OscalKind kindOf(String root) {
    for (OscalKind kind : OscalKind.values()) {
      if (kind.rootName().equals(root)) {
        return kind;
      }
    }
    return null;
  }

  private OscalInvalid tooDeep(String where) {
    return new OscalInvalid(
        "The document nests too deeply",
        List.of(new OscalProblem(where, "nesting deeper than " + limits.maxDepth() + " levels")));
  }

  private static OscalInvalid wrongRoot(String path) {
    return new OscalInvalid(
        "Not an OSCAL document the portal reads",
        List.of(
            new OscalProblem(
                path, "the root must be one of catalog, profile, component-definition")));
  }

  static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
