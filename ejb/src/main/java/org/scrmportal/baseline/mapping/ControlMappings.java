package org.scrmportal.baseline.mapping;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Marking;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.BaselineDirectory;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.identity.People;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;

/**
 * The application service of the mapping: reads the links of a control or of a threat as the caller
 * may see them, links a threat to a control with the form, and publishes mapping documents
 * (docs/MAPPINGS.md), each in one transaction (a refused document stores nothing).
 */
@Stateless
@PermitAll
public class ControlMappings {

  @Inject ControlLinks reads;

  @Inject ControlLinkRepository links;

  @Inject BaselineDirectory directory;

  @Inject CurrentViewer viewer;

  @Inject PortalPrincipal principal;

  @Inject People people;

  @Inject Clock clock;

  /** A link asked for with the form: exactly one of {@code stixId} and {@code advisoryId}. */
  public record LinkRequest(
      String catalog,
      String control,
      String stixId,
      Long advisoryId,
      String relationship,
      MarkingRequest marking) {}

  /**
   * The threats linked to a control the caller may see; not found if it may not see the control.
   */
  public List<LinkedThreat> linked(String catalog, String control) {
    Viewer me = viewer.get();
    ControlView c = control(me, catalog, control);
    return reads.linked(me, c.catalogName(), c.controlId());
  }

  /** A control of a publication the caller may see (for the link form's page). */
  public Optional<ControlView> control(long publicationId, String controlId) {
    return directory.control(viewer.get(), publicationId, controlId);
  }

  /** The controls a STIX object is linked to, as the caller may see them. */
  public List<LinkedControl> controlsFor(String stixId) {
    Viewer me = viewer.get();
    return withPublications(me, reads.controlsFor(me, stixId));
  }

  /** The controls an advisory revision is linked to, as the caller may see them. */
  public List<LinkedControl> controlsForAdvisory(long advisoryId) {
    Viewer me = viewer.get();
    return withPublications(me, reads.controlsForAdvisory(me, advisoryId));
  }

  private List<LinkedControl> withPublications(Viewer me, List<LinkedControl> controls) {
    return controls.stream()
        .map(
            c ->
                c.in(
                    directory
                        .cited(me, c.catalogName(), c.controlId())
                        .map(ControlView::publicationId)
                        .orElse(null)))
        .toList();
  }

  /**
   * Links an object or advisory the caller may see to a control (the form): analysts and
   * submitters, and standards editors, of an organization in good standing. The link's marking is
   * the one asked for (authored by the caller's organization), TLP:CLEAR when none.
   */
  @RolesAllowed({Roles.ANALYST, Roles.SUBMITTER, Roles.STANDARDS_EDITOR})
  public LinkedThreat link(LinkRequest request) {
    Viewer me = member();
    ControlView c = control(me, request.catalog(), request.control());
    String relationship = relationship(request.relationship());
    Marking marking = marking(me, request.marking());
    ControlLink.Origin origin =
        new ControlLink.Origin(
            c.catalogName(),
            c.controlId(),
            LinkSource.FORM,
            null,
            relationship,
            principal.username(),
            clock.instant(),
            marking);
    boolean object = request.stixId() != null && !request.stixId().isBlank();
    if (object == (request.advisoryId() != null)) {
      throw new DomainException(
          DomainException.Kind.INVALID, "Name either a STIX object (object) or an advisory");
    }
    ControlLink link;
    if (object) {
      String id = request.stixId().strip();
      ControlLinkRepository.Target t =
          links
              .visibleObject(me, id)
              .orElseThrow(
                  () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such object"));
      link = ControlLink.toObject(origin, id, null, null, t.type(), t.title());
    } else {
      ControlLinkRepository.AdvisoryTarget a =
          links
              .visibleAdvisory(me, request.advisoryId())
              .orElseThrow(
                  () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such advisory"));
      link = ControlLink.toAdvisory(origin, a.id(), a.trackingId(), a.namespace(), a.title());
    }
    links.store(link);
    return new LinkedThreat(
        link.targetKind().name(),
        link.stixId(),
        link.advisoryId(),
        link.trackingId(),
        link.publisherNamespace(),
        link.targetType(),
        link.targetTitle(),
        Set.of(relationship),
        Set.of(LinkSource.FORM),
        marking.level());
  }

  /** The mapping documents the caller may see. */
  public List<MappingView> mappings() {
    return links.mappings(viewer.get()).stream().map(ControlMappings::view).toList();
  }

  /**
   * Publishes a mapping document (CSV or JSON, docs/MAPPINGS.md) under its marking (TLP:CLEAR when
   * none): every row's catalog and control must be published and visible to the caller, else
   * nothing is stored and every problem is named with its row and column. Links at once every
   * stored STIX object version carrying a mapped identifier and every advisory revision carrying a
   * mapped CWE; what is stored later is linked as it arrives.
   */
  @RolesAllowed(Roles.STANDARDS_EDITOR)
  public MappingView publish(String name, byte[] content, MarkingRequest markingRequest) {
    Viewer me = member();
    String title = name == null || name.isBlank() ? "mapping" : name.strip();
    if (title.length() > 200) {
      throw new DomainException(DomainException.Kind.INVALID, "name is at most 200 characters");
    }
    List<MappingDocuments.Row> rows = MappingDocuments.read(content);
    Set<String> known = new HashSet<>();
    for (PublicationView p : directory.publications(me)) {
      known.add(p.catalogName().toLowerCase(Locale.ROOT));
      known.add(p.name().toLowerCase(Locale.ROOT));
      if (p.title() != null) {
        known.add(p.title().strip().toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Optional<ControlView>> resolved = new HashMap<>();
    List<MappingProblem> problems = new ArrayList<>();
    List<ControlView> controls = new ArrayList<>();
    for (MappingDocuments.Row row : rows) {
      String catalog = Citations.catalogOf(row.catalog());
      Optional<ControlView> c =
          resolved.computeIfAbsent(
              catalog.toLowerCase(Locale.ROOT) + " " + row.controlId(),
              k -> directory.cited(me, catalog, row.controlId()));
      if (c.isPresent()) {
        controls.add(c.get());
      } else if (problems.size() < MappingDocuments.MAX_PROBLEMS) {
        problems.add(
            known.contains(catalog.toLowerCase(Locale.ROOT))
                ? new MappingProblem(
                    row.row(),
                    MappingDocuments.CONTROL,
                    "names no control of the catalog " + catalog)
                : new MappingProblem(
                    row.row(),
                    MappingDocuments.CATALOG,
                    "'" + row.catalog() + "' names no published catalog"));
      }
    }
    if (!problems.isEmpty()) {
      throw new MappingInvalid(problems);
    }
    Marking marking = marking(me, markingRequest);
    Instant now = clock.instant();
    ControlMapping mapping =
        new ControlMapping(title, principal.username(), now, rows.size(), marking);
    links.store(mapping);
    List<ControlMappingEntry> entries = new ArrayList<>();
    List<ControlLinkRepository.MappedControl> mapped = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      MappingDocuments.Row row = rows.get(i);
      ControlView c = controls.get(i);
      entries.add(
          new ControlMappingEntry(
              mapping.id(),
              row.row(),
              row.scheme(),
              row.sourceId(),
              c.catalogName(),
              c.controlId(),
              row.relationship(),
              row.comment()));
      mapped.add(
          new ControlLinkRepository.MappedControl(
              mapping.id(),
              row.scheme(),
              row.sourceId(),
              c.catalogName(),
              c.controlId(),
              row.relationship(),
              marking));
    }
    links.storeEntries(entries);
    linkStored(mapped, principal.username(), now);
    return view(mapping);
  }

  /** Links what is already stored to the rows of a new mapping. */
  private void linkStored(
      List<ControlLinkRepository.MappedControl> mapped, String by, Instant now) {
    Map<ExternalReferences.SchemeId, List<ControlLinkRepository.MappedControl>> byId =
        new HashMap<>();
    for (ControlLinkRepository.MappedControl m : mapped) {
      byId.computeIfAbsent(
              new ExternalReferences.SchemeId(m.scheme(), m.sourceId()), k -> new ArrayList<>())
          .add(m);
    }
    Set<String> done = new HashSet<>();
    for (ControlLinkRepository.StoredCarrier o : links.objectsCarrying(byId.keySet())) {
      for (ControlLinkRepository.MappedControl m : byId.getOrDefault(o.schemeId(), List.of())) {
        if (done.add(
            o.collectionId() + o.stixId() + o.version() + m.catalogName() + m.controlId())) {
          links.store(
              ControlLink.toObject(
                  LinkIndexer.origin(m, by, now),
                  o.stixId(),
                  o.collectionId(),
                  o.version(),
                  o.type(),
                  o.title()));
        }
      }
    }
    Set<String> cwes = new HashSet<>();
    byId.keySet().stream()
        .filter(id -> id.scheme() == MappingScheme.CWE)
        .forEach(id -> cwes.add(id.id()));
    if (cwes.isEmpty()) {
      return;
    }
    for (ControlLinkRepository.AdvisoryCarrier a : links.advisoriesCarrying(cwes)) {
      for (ControlLinkRepository.MappedControl m :
          byId.getOrDefault(
              new ExternalReferences.SchemeId(MappingScheme.CWE, a.cwe()), List.of())) {
        if (done.add("csaf " + a.advisoryId() + m.catalogName() + m.controlId())) {
          links.store(
              ControlLink.toAdvisory(
                  LinkIndexer.origin(m, by, now),
                  a.advisoryId(),
                  a.trackingId(),
                  a.namespace(),
                  a.title()));
        }
      }
    }
  }

  private ControlView control(Viewer me, String catalog, String control) {
    if (catalog == null || catalog.isBlank() || control == null || control.isBlank()) {
      throw new DomainException(DomainException.Kind.INVALID, "catalog and control are required");
    }
    Optional<String> id = Citations.controlId(control);
    return id.flatMap(c -> directory.cited(me, Citations.catalogOf(catalog), c))
        .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "No such control"));
  }

  private static String relationship(String relationship) {
    String r =
        relationship == null || relationship.isBlank()
            ? "mitigates"
            : relationship.strip().toLowerCase(Locale.ROOT);
    if (!MappingDocuments.RELATIONSHIPS.contains(r)) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "relationship must be one of " + new java.util.TreeSet<>(MappingDocuments.RELATIONSHIPS));
    }
    return r;
  }

  private Marking marking(Viewer me, MarkingRequest request) {
    MarkingRequest r =
        request == null ? new MarkingRequest(TlpLevel.CLEAR, null, null, null, null) : request;
    return r.withPeople(people.subjectsOf(r.people())).toMarking(me.organization());
  }

  private Viewer member() {
    Viewer me = viewer.get();
    if (me.organization() == null || me.suspended()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN, "Linking takes a member organization in good standing");
    }
    return me;
  }

  private static MappingView view(ControlMapping m) {
    return new MappingView(
        m.id(),
        m.name(),
        m.organization().value(),
        m.publishedAt(),
        m.rowCount(),
        m.marking().level());
  }
}
