package org.scrmportal.baseline.oscal;

import gov.nist.secauto.metaschema.core.datatype.markup.IMarkupString;
import gov.nist.secauto.oscal.lib.model.CatalogGroup;
import gov.nist.secauto.oscal.lib.model.ComponentControlImplementation;
import gov.nist.secauto.oscal.lib.model.ComponentImplementedRequirement;
import gov.nist.secauto.oscal.lib.model.ControlPart;
import gov.nist.secauto.oscal.lib.model.DefinedComponent;
import gov.nist.secauto.oscal.lib.model.Parameter;
import gov.nist.secauto.oscal.lib.model.ParameterGuideline;
import gov.nist.secauto.oscal.lib.model.ParameterSelection;
import gov.nist.secauto.oscal.lib.model.Property;
import java.util.List;
import java.util.function.Function;

/** Maps liboscal's bound objects to our records: markup as markdown, lists never null. */
final class ModelMapper {

  /** The OSCAL namespace of props (OSCAL 1.1, "prop" ns default). */
  static final String OSCAL_PROP_NS = "http://csrc.nist.gov/ns/oscal";

  /**
   * Written where OSCAL requires a description (component, control implementation, implemented
   * requirement) and ours is blank; read back as blank.
   */
  static final String NOT_STATED = "Not stated.";

  private ModelMapper() {}

  static Catalog catalog(gov.nist.secauto.oscal.lib.model.Catalog c) {
    return new Catalog(
        c.getUuid() == null ? null : c.getUuid().toString(),
        c.getMetadata() == null ? null : markdown(c.getMetadata().getTitle()),
        c.getMetadata() == null ? null : c.getMetadata().getVersion(),
        map(c.getParams(), ModelMapper::param),
        map(c.getGroups(), ModelMapper::group),
        map(c.getControls(), ModelMapper::control));
  }

  static Group group(CatalogGroup g) {
    return new Group(
        g.getId(),
        g.getClazz(),
        markdown(g.getTitle()),
        map(g.getParams(), ModelMapper::param),
        map(g.getProps(), ModelMapper::prop),
        map(g.getParts(), ModelMapper::part),
        map(g.getGroups(), ModelMapper::group),
        map(g.getControls(), ModelMapper::control));
  }

  static Control control(gov.nist.secauto.oscal.lib.model.Control c) {
    return new Control(
        c.getId(),
        c.getClazz(),
        markdown(c.getTitle()),
        map(c.getParams(), ModelMapper::param),
        map(c.getProps(), ModelMapper::prop),
        map(c.getLinks(), ModelMapper::link),
        map(c.getParts(), ModelMapper::part),
        map(c.getControls(), ModelMapper::control));
  }

  static Param param(Parameter p) {
    ParameterSelection s = p.getSelect();
    return new Param(
        p.getId(),
        markdown(p.getLabel()),
        p.getValues() == null ? List.of() : List.copyOf(p.getValues()),
        s == null ? null : new Select(s.getHowMany(), map(s.getChoice(), ModelMapper::markdown)),
        map(p.getGuidelines(), ModelMapper::guideline),
        map(p.getProps(), ModelMapper::prop));
  }

  private static String guideline(ParameterGuideline g) {
    return markdown(g.getProse());
  }

  static Part part(ControlPart p) {
    return new Part(
        p.getId(),
        p.getName(),
        markdown(p.getTitle()),
        markdown(p.getProse()),
        map(p.getProps(), ModelMapper::prop),
        map(p.getParts(), ModelMapper::part));
  }

  static Prop prop(Property p) {
    return new Prop(
        p.getName(),
        p.getValue(),
        p.getNs() == null || OSCAL_PROP_NS.equals(p.getNs().toString())
            ? null
            : p.getNs().toString(),
        p.getClazz());
  }

  static Link link(gov.nist.secauto.oscal.lib.model.Link l) {
    return new Link(
        l.getHref() == null ? "" : l.getHref().toString(), l.getRel(), markdown(l.getText()));
  }

  static ComponentDefinition componentDefinition(
      gov.nist.secauto.oscal.lib.model.ComponentDefinition d) {
    return new ComponentDefinition(
        d.getUuid().toString(),
        markdown(d.getMetadata().getTitle()),
        d.getMetadata().getVersion(),
        map(d.getComponents(), ModelMapper::component));
  }

  private static Component component(DefinedComponent c) {
    return new Component(
        c.getUuid().toString(),
        c.getType(),
        markdown(c.getTitle()),
        described(c.getDescription()),
        map(c.getControlImplementations(), ModelMapper::implementation));
  }

  private static ControlImplementation implementation(ComponentControlImplementation i) {
    return new ControlImplementation(
        i.getUuid().toString(),
        i.getSource() == null ? "" : i.getSource().toString(),
        described(i.getDescription()),
        map(i.getImplementedRequirements(), ModelMapper::requirement));
  }

  private static ImplementedRequirement requirement(ComponentImplementedRequirement r) {
    String statement = described(r.getDescription());
    boolean described = !statement.isBlank();
    ImplementationStatus status =
        (r.getProps() == null ? List.<Property>of() : r.getProps())
            .stream()
                .filter(p -> ImplementationStatus.PROP_NAME.equals(p.getName()))
                .filter(p -> p.getNs() == null || OSCAL_PROP_NS.equals(p.getNs().toString()))
                .map(p -> ImplementationStatus.fromValue(p.getValue()))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(
                    described ? ImplementationStatus.IMPLEMENTED : ImplementationStatus.PLANNED);
    return new ImplementedRequirement(r.getUuid().toString(), r.getControlId(), status, statement);
  }

  /** A required description as markdown; {@link #NOT_STATED} and none read as blank. */
  static String described(IMarkupString<?> markup) {
    String text = markdown(markup);
    return text == null || text.equals(NOT_STATED) ? "" : text;
  }

  static String markdown(IMarkupString<?> markup) {
    return markup == null ? null : markup.toMarkdown().strip();
  }

  static <T, R> List<R> map(List<T> list, Function<T, R> mapper) {
    return list == null ? List.of() : list.stream().map(mapper).toList();
  }
}
