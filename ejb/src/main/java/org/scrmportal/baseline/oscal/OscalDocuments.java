package org.scrmportal.baseline.oscal;

import gov.nist.secauto.metaschema.core.metapath.item.node.IDocumentNodeItem;
import gov.nist.secauto.metaschema.core.model.IBoundObject;
import gov.nist.secauto.oscal.lib.model.BackMatter.Resource;
import gov.nist.secauto.oscal.lib.model.BackMatter.Resource.Rlink;
import gov.nist.secauto.oscal.lib.model.Metadata;
import gov.nist.secauto.oscal.lib.model.Profile;
import gov.nist.secauto.oscal.lib.model.ProfileImport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads OSCAL catalogs, profiles and component definitions (JSON, XML, YAML), validates them, and
 * maps them to our model. Thread-safe; the OSCAL binding context and schemas are built once per JVM
 * and shared.
 *
 * <p>Validation follows what OSCAL defines for conformance of a document ("OSCAL Schemas" and
 * "Metaschema constraints" in the OSCAL 1.1 reference): the JSON Schema (JSON and YAML) or XML
 * Schema of the model, then the Metaschema constraints (allowed values, indexes, cardinalities,
 * patterns) of the OSCAL version liboscal binds (1.1.3). Any finding of severity ERROR or worse
 * refuses the document with an {@link OscalInvalid} naming the paths.
 */
public final class OscalDocuments {

  private final InputGuard guard;

  /** Reads with {@link OscalLimits#DEFAULTS}. */
  public OscalDocuments() {
    this(OscalLimits.DEFAULTS);
  }

  public OscalDocuments(OscalLimits limits) {
    this.guard = new InputGuard(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads one document: limits and hardening first (nothing is bound before they pass), then the
   * schema of its model, binding, and the Metaschema constraints.
   *
   * @throws OscalInvalid naming every problem found (at most {@value OscalInvalid#MAX_PROBLEMS})
   */
  public OscalDocument read(byte[] content) {
    InputGuard.Checked checked = guard.check(content);
    OscalKind kind = checked.kind();
    boolean xml = checked.format() == OscalFormat.XML;
    List<OscalProblem> schemaProblems =
        xml
            ? XmlSchemaCheck.validate(kind, checked.content())
            : Liboscal.validateJsonSchema(kind, checked.content());
    if (!schemaProblems.isEmpty()) {
      throw new OscalInvalid(
          "The " + kind.rootName() + " does not match the OSCAL schema", schemaProblems);
    }
    IDocumentNodeItem node = Liboscal.bind(checked.format(), kind, checked.content());
    List<OscalProblem> constraintProblems = Liboscal.validateConstraints(node, checked.format());
    if (!constraintProblems.isEmpty()) {
      throw new OscalInvalid(
          "The " + kind.rootName() + " breaks OSCAL's constraints", constraintProblems);
    }
    IBoundObject bound = (IBoundObject) node.getRootAssemblyNodeItem().getValue();
    byte[] json = xml ? Liboscal.toJson(bound) : checked.content();
    return document(kind, checked.format(), bound, json);
  }

  /** Our model of a catalog document. */
  public Catalog catalogOf(OscalDocument catalog) {
    if (catalog.kind() != OscalKind.CATALOG) {
      throw new IllegalArgumentException("not a catalog: " + catalog);
    }
    return ModelMapper.catalog((gov.nist.secauto.oscal.lib.model.Catalog) catalog.bound());
  }

  /** Our model of a component definition document. */
  public ComponentDefinition componentDefinitionOf(OscalDocument definition) {
    if (definition.kind() != OscalKind.COMPONENT_DEFINITION) {
      throw new IllegalArgumentException("not a component definition: " + definition);
    }
    return ModelMapper.componentDefinition(
        (gov.nist.secauto.oscal.lib.model.ComponentDefinition) definition.bound());
  }

  /**
   * Writes a component definition as OSCAL JSON (OSCAL 1.1.3), valid against the schema and the
   * constraints; {@link #read} reads it back into an equal model.
   */
  public byte[] write(ComponentDefinition definition) {
    return ComponentDefinitionWriter.write(definition);
  }

  static OscalDocument document(
      OscalKind kind, OscalFormat format, IBoundObject bound, byte[] json) {
    Metadata metadata;
    UUID uuid;
    List<ImportRef> imports = List.of();
    switch (kind) {
      case CATALOG -> {
        var c = (gov.nist.secauto.oscal.lib.model.Catalog) bound;
        metadata = c.getMetadata();
        uuid = c.getUuid();
      }
      case PROFILE -> {
        var p = (Profile) bound;
        metadata = p.getMetadata();
        uuid = p.getUuid();
        imports = importsOf(p);
      }
      case COMPONENT_DEFINITION -> {
        var d = (gov.nist.secauto.oscal.lib.model.ComponentDefinition) bound;
        metadata = d.getMetadata();
        uuid = d.getUuid();
      }
      default -> throw new IllegalStateException();
    }
    return new OscalDocument(
        kind,
        format,
        bound,
        json,
        uuid == null ? null : uuid.toString(),
        ModelMapper.markdown(metadata.getTitle()),
        metadata.getVersion(),
        metadata.getOscalVersion(),
        metadata.getLastModified() == null ? null : metadata.getLastModified().toInstant(),
        imports);
  }

  /** The profile's imports as written; {@code #uuid} ones with their back-matter resource. */
  static List<ImportRef> importsOf(Profile profile) {
    List<ImportRef> refs = new ArrayList<>();
    for (ProfileImport profileImport : profile.getImports()) {
      String href = profileImport.getHref().toString();
      if (href.startsWith("#")) {
        Resource resource = resource(profile, href.substring(1));
        if (resource == null) {
          refs.add(new ImportRef(href, List.of(), null));
        } else {
          List<String> locations = new ArrayList<>();
          if (resource.getRlinks() != null) {
            for (Rlink rlink : resource.getRlinks()) {
              locations.add(rlink.getHref().toString());
            }
          }
          refs.add(new ImportRef(href, locations, ModelMapper.markdown(resource.getTitle())));
        }
      } else {
        refs.add(new ImportRef(href, List.of(href), null));
      }
    }
    return refs;
  }

  static Resource resource(Profile profile, String uuid) {
    if (profile.getBackMatter() == null || profile.getBackMatter().getResources() == null) {
      return null;
    }
    for (Resource resource : profile.getBackMatter().getResources()) {
      if (resource.getUuid() != null && resource.getUuid().toString().equals(uuid)) {
        return resource;
      }
    }
    return null;
  }
}
