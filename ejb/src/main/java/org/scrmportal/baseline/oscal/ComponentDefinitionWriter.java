package org.scrmportal.baseline.oscal;

import gov.nist.secauto.metaschema.core.datatype.markup.MarkupLine;
import gov.nist.secauto.metaschema.core.datatype.markup.MarkupMultiline;
import gov.nist.secauto.oscal.lib.model.ComponentControlImplementation;
import gov.nist.secauto.oscal.lib.model.ComponentImplementedRequirement;
import gov.nist.secauto.oscal.lib.model.DefinedComponent;
import gov.nist.secauto.oscal.lib.model.Metadata;
import gov.nist.secauto.oscal.lib.model.Property;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes our component definition model as OSCAL 1.1.3 JSON (component definition model): metadata
 * (title, last-modified now, version, oscal-version), components with their control implementations
 * and implemented requirements, each requirement's status as the prop {@code implementation-status}
 * in the OSCAL namespace and its statement as the description.
 */
final class ComponentDefinitionWriter {

  /** The OSCAL version liboscal 5.2.0 binds and validates. */
  static final String OSCAL_VERSION = "1.1.3";

  private ComponentDefinitionWriter() {}

  static byte[] write(ComponentDefinition definition) {
    var out = new gov.nist.secauto.oscal.lib.model.ComponentDefinition();
    out.setUuid(UUID.fromString(definition.uuid()));
    Metadata metadata = new Metadata();
    metadata.setTitle(MarkupLine.fromMarkdown(definition.title()));
    metadata.setLastModified(ZonedDateTime.now(ZoneOffset.UTC));
    metadata.setVersion(definition.version());
    metadata.setOscalVersion(OSCAL_VERSION);
    out.setMetadata(metadata);
    List<DefinedComponent> components = new ArrayList<>();
    for (Component component : definition.components()) {
      DefinedComponent c = new DefinedComponent();
      c.setUuid(UUID.fromString(component.uuid()));
      c.setType(component.type());
      c.setTitle(MarkupLine.fromMarkdown(component.title()));
      c.setDescription(required(component.description()));
      List<ComponentControlImplementation> implementations = new ArrayList<>();
      for (ControlImplementation implementation : component.implementations()) {
        ComponentControlImplementation i = new ComponentControlImplementation();
        i.setUuid(UUID.fromString(implementation.uuid()));
        i.setSource(URI.create(implementation.source()));
        i.setDescription(required(implementation.description()));
        List<ComponentImplementedRequirement> requirements = new ArrayList<>();
        for (ImplementedRequirement requirement : implementation.requirements()) {
          ComponentImplementedRequirement r = new ComponentImplementedRequirement();
          r.setUuid(UUID.fromString(requirement.uuid()));
          r.setControlId(requirement.controlId());
          r.setDescription(required(requirement.statement()));
          Property status = new Property();
          status.setName(ImplementationStatus.PROP_NAME);
          status.setValue(requirement.status().value());
          r.setProps(new ArrayList<>(List.of(status)));
          requirements.add(r);
        }
        i.setImplementedRequirements(requirements);
        implementations.add(i);
      }
      c.setControlImplementations(implementations.isEmpty() ? null : implementations);
      components.add(c);
    }
    out.setComponents(components.isEmpty() ? null : components);
    return Liboscal.toJson(out);
  }

  private static MarkupMultiline required(String text) {
    return MarkupMultiline.fromMarkdown(
        text == null || text.isBlank() ? ModelMapper.NOT_STATED : text);
  }
}
