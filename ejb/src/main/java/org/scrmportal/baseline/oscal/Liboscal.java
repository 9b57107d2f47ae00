package org.scrmportal.baseline.oscal;

import gov.nist.secauto.metaschema.core.metapath.DynamicContext;
import gov.nist.secauto.metaschema.core.metapath.IDocumentLoader;
import gov.nist.secauto.metaschema.core.metapath.StaticContext;
import gov.nist.secauto.metaschema.core.metapath.format.IPathFormatter;
import gov.nist.secauto.metaschema.core.metapath.item.node.IDocumentNodeItem;
import gov.nist.secauto.metaschema.core.metapath.item.node.IFlagNodeItem;
import gov.nist.secauto.metaschema.core.metapath.item.node.IModelNodeItem;
import gov.nist.secauto.metaschema.core.metapath.item.node.INodeItem;
import gov.nist.secauto.metaschema.core.metapath.item.node.INodeItemFactory;
import gov.nist.secauto.metaschema.core.model.IBoundObject;
import gov.nist.secauto.metaschema.core.model.IUriResolver;
import gov.nist.secauto.metaschema.core.model.JsonGroupAsBehavior;
import gov.nist.secauto.metaschema.core.model.constraint.ConstraintValidationFinding;
import gov.nist.secauto.metaschema.core.model.constraint.FindingCollectingConstraintValidationHandler;
import gov.nist.secauto.metaschema.core.model.constraint.IConstraint;
import gov.nist.secauto.metaschema.core.model.constraint.IConstraintValidator;
import gov.nist.secauto.metaschema.core.model.constraint.IIndexHasKeyConstraint;
import gov.nist.secauto.metaschema.core.model.validation.IValidationFinding;
import gov.nist.secauto.metaschema.core.model.validation.IValidationResult;
import gov.nist.secauto.metaschema.core.model.validation.JsonSchemaContentValidator;
import gov.nist.secauto.metaschema.databind.io.DeserializationFeature;
import gov.nist.secauto.metaschema.databind.io.Format;
import gov.nist.secauto.metaschema.databind.io.IBoundLoader;
import gov.nist.secauto.metaschema.databind.io.ISerializer;
import gov.nist.secauto.metaschema.databind.model.IBoundDefinitionModelAssembly;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.OscalModelConstants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Everything that talks to liboscal-java: the one binding context (built once: loading the OSCAL
 * Metaschema modules and their constraints is the slow part), the OSCAL JSON and XML schemas of the
 * bound OSCAL version (compiled once), binding, constraint validation and serialization.
 */
final class Liboscal {

  /** The document URI given to uploads: a name only, never fetched. */
  static final URI UPLOAD_URI = URI.create("https://oscal.scrmportal.invalid/upload.json");

  private static final Map<OscalKind, JsonSchemaContentValidator> JSON_SCHEMAS =
      Collections.synchronizedMap(new EnumMap<>(OscalKind.class));

  private Liboscal() {}

  static OscalBindingContext context() {
    return OscalBindingContext.instance();
  }

  /** A loader that binds without validating (we validate ourselves) and never fetches. */
  static IBoundLoader newLoader() {
    IBoundLoader loader = context().newBoundLoader();
    loader.disableFeature(DeserializationFeature.DESERIALIZE_VALIDATE_CONSTRAINTS);
    loader.setUriResolver(REFUSE);
    return loader;
  }

  /** Refuses to resolve any URI to something to fetch. */
  static final IUriResolver REFUSE =
      uri -> {
        throw new UncheckedIOException(
            new IOException("the portal fetches nothing over the network: " + uri));
      };

  static Class<? extends IBoundObject> boundClass(OscalKind kind) {
    return switch (kind) {
      case CATALOG -> gov.nist.secauto.oscal.lib.model.Catalog.class;
      case PROFILE -> gov.nist.secauto.oscal.lib.model.Profile.class;
      case COMPONENT_DEFINITION -> gov.nist.secauto.oscal.lib.model.ComponentDefinition.class;
    };
  }

  // ---------------------------------------------------------------- schema validation

  static JsonSchemaContentValidator jsonSchema(OscalKind kind) {
    return JSON_SCHEMAS.computeIfAbsent(
        kind,
        k -> {
          String resource = "/schema/json/oscal-" + k.rootName() + "_schema.json";
          try (InputStream in = OscalBindingContext.class.getResourceAsStream(resource)) {
            if (in == null) {
              throw new IllegalStateException("liboscal has no " + resource);
            }
            return new JsonSchemaContentValidator(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Validates JSON against the OSCAL JSON schema of its model; problems as JSON Pointers. */
  static List<OscalProblem> validateJsonSchema(OscalKind kind, byte[] json) {
    JSONObject object;
    try {
      object = new JSONObject(new JSONTokener(new ByteArrayInputStream(json)));
    } catch (JSONException e) {
      return List.of(new OscalProblem("", "not well-formed JSON: " + e.getMessage()));
    }
    IValidationResult result = jsonSchema(kind).validate(object, UPLOAD_URI);
    List<OscalProblem> problems = new ArrayList<>();
    for (IValidationFinding finding : result.getFindings()) {
      if (isError(finding.getSeverity())) {
        String path = finding.getPath() == null ? "" : finding.getPath();
        if (path.startsWith("#")) {
          path = path.substring(1);
        }
        problems.add(new OscalProblem(path, finding.getMessage()));
      }
    }
    return problems;
  }

  static boolean isError(IConstraint.Level level) {
    return level != null && level.ordinal() >= IConstraint.Level.ERROR.ordinal();
  }

  // ---------------------------------------------------------------- binding

  static IDocumentNodeItem bind(OscalFormat format, OscalKind kind, byte[] content) {
    try {
      return newLoader()
          .loadAsNodeItem(
              format == OscalFormat.XML ? Format.XML : Format.JSON,
              new ByteArrayInputStream(content),
              UPLOAD_URI);
    } catch (IOException | RuntimeException e) {
      throw new OscalInvalid(
          "The " + kind.rootName() + " could not be read: " + InputGuard.firstLine(rootCause(e)));
    }
  }

  private static Exception rootCause(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t && t.getCause() instanceof Exception) {
      t = t.getCause();
    }
    return (Exception) t;
  }

  /** A node tree over a bound object, for the resolver and the validator. */
  static IDocumentNodeItem documentNode(IBoundObject root, URI uri) {
    IBoundDefinitionModelAssembly definition =
        (IBoundDefinitionModelAssembly) context().getBoundDefinitionForClass(root.getClass());
    return INodeItemFactory.instance().newDocumentNodeItem(definition, uri, root);
  }

  // ---------------------------------------------------------------- constraints

  /**
   * Validates the bound document against the Metaschema constraints of the OSCAL modules (allowed
   * values, indexes, cardinalities, patterns); findings of severity ERROR or worse are returned.
   */
  static List<OscalProblem> validateConstraints(IDocumentNodeItem document, OscalFormat format) {
    FindingCollectingConstraintValidationHandler handler =
        new FindingCollectingConstraintValidationHandler();
    IConstraintValidator validator = context().newValidator(handler, null);
    DynamicContext dynamicContext = new DynamicContext(document.getStaticContext());
    dynamicContext.setDocumentLoader(EMPTY_IMPORTS);
    validator.validate(document.getRootAssemblyNodeItem(), dynamicContext);
    validator.finalizeValidation(dynamicContext);
    List<OscalProblem> problems = new ArrayList<>();
    for (ConstraintValidationFinding finding : handler.getFindings()) {
      if (isError(finding.getSeverity()) && !danglingLink(finding) && !importCheck(finding)) {
        INodeItem target = finding.getTarget();
        String path =
            format == OscalFormat.XML
                ? target.toPath(IPathFormatter.METAPATH_PATH_FORMATER)
                : jsonPointer(target);
        problems.add(new OscalProblem(path, finding.getMessage()));
      }
    }
    return problems;
  }

  /**
   * A link whose {@code #id} names no control or part of the document (index-has-key on a link's
   * href). NIST's own resolved SP 800-53 baselines have hundreds ({@code related} links to controls
   * outside the baseline), and the profile resolution specification keeps links as they are; such
   * links do not refuse a document.
   */
  private static boolean danglingLink(ConstraintValidationFinding finding) {
    if (finding.getConstraints().isEmpty()
        || !finding.getConstraints().stream().allMatch(c -> c instanceof IIndexHasKeyConstraint)) {
      return false;
    }
    INodeItem target = finding.getTarget();
    if (target instanceof IFlagNodeItem flag) {
      target = flag.getParentNodeItem();
    }
    return target instanceof IModelNodeItem<?, ?> model
        && "link".equals(model.getDefinition().getName());
  }

  /** The profile constraint that looks into the imported catalogs (a profile's import section). */
  static final String IMPORT_HAS_CONTROL =
      "oscal-profile-import-has-key-include-exclude-control-id";

  /**
   * Whether the finding is the profile import check: reading a profile alone cannot see its imports
   * (they come from the store at resolution), so this check is left to the resolution.
   */
  private static boolean importCheck(ConstraintValidationFinding finding) {
    return finding.getConstraints().stream().anyMatch(c -> IMPORT_HAS_CONTROL.equals(c.getId()));
  }

  /**
   * Constraint validation loads no other document: OSCAL's profile constraints ask for each
   * import's resolved catalog, and get an empty one (see {@link #importCheck}).
   */
  static final IDocumentLoader EMPTY_IMPORTS =
      new IDocumentLoader() {
        @Override
        public void setUriResolver(IUriResolver resolver) {
          // nothing is ever loaded
        }

        @Override
        public IDocumentNodeItem loadAsNodeItem(URI uri) {
          var empty = new gov.nist.secauto.oscal.lib.model.Catalog();
          empty.setUuid(
              java.util.UUID.nameUUIDFromBytes(
                  uri.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
          return documentNode(empty, uri);
        }
      };

  static StaticContext oscalStaticContext() {
    return StaticContext.builder().defaultModelNamespace(OscalModelConstants.NS_OSCAL).build();
  }

  /**
   * The JSON Pointer (RFC 6901) of a node in the document's OSCAL JSON form: group-as names for
   * lists ({@code groups}, {@code controls}), zero-based indexes, flags as properties.
   */
  static String jsonPointer(INodeItem node) {
    List<String> segments = new ArrayList<>();
    INodeItem current = node;
    while (current != null && !(current instanceof IDocumentNodeItem)) {
      if (current instanceof IFlagNodeItem flag) {
        segments.add(escape(flag.getInstance().getJsonName()));
      } else if (current instanceof IModelNodeItem<?, ?> model) {
        var instance = model.getInstance();
        if (instance == null) {
          segments.add(escape(model.getDefinition().getJsonName()));
        } else {
          JsonGroupAsBehavior behavior = instance.getJsonGroupAsBehavior();
          String name =
              instance.getGroupAsName() != null
                  ? instance.getGroupAsName()
                  : instance.getJsonName();
          INodeItem parent = current.getParentNodeItem();
          int siblings = parent == null ? 1 : parent.getModelItemsByName(model.getQName()).size();
          boolean list =
              behavior == JsonGroupAsBehavior.LIST
                  || behavior == JsonGroupAsBehavior.KEYED
                  || (behavior == JsonGroupAsBehavior.SINGLETON_OR_LIST && siblings > 1);
          if (list) {
            segments.add(String.valueOf(model.getPosition() - 1));
          }
          segments.add(escape(name));
        }
      }
      current = current.getParentNodeItem();
    }
    Collections.reverse(segments);
    return segments.isEmpty() ? "" : "/" + String.join("/", segments);
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  // ---------------------------------------------------------------- writing

  /** The bound object as OSCAL JSON (with its root property). */
  static byte[] toJson(IBoundObject root) {
    @SuppressWarnings("unchecked")
    ISerializer<IBoundObject> serializer =
        (ISerializer<IBoundObject>) context().newSerializer(Format.JSON, root.getClass());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      serializer.serialize(root, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
