package org.scrmportal.baseline;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Marking;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.oscal.Catalog;
import org.scrmportal.baseline.oscal.ImportRef;
import org.scrmportal.baseline.oscal.OscalDocument;
import org.scrmportal.baseline.oscal.OscalDocuments;
import org.scrmportal.baseline.oscal.OscalFormat;
import org.scrmportal.baseline.oscal.OscalInvalid;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.baseline.oscal.ProfileResolution;
import org.scrmportal.baseline.oscal.ResolvedCatalog;
import org.scrmportal.identity.People;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;

/**
 * Publishing OSCAL catalogs and profiles (NIST OSCAL 1.1; JSON, XML or YAML) and reading them.
 * Standards editors publish for their organization; each upload of a (publisher, name) adds a
 * version and rewrites nothing. A profile is resolved at upload (OSCAL Profile Resolution
 * Specification) against the publications the publisher may see ({@link StoredImports}); its
 * controls are those of the resolved catalog. Everything of one upload happens in one transaction:
 * a refused upload stores nothing. Reads answer with what the access policy lets the caller see; a
 * publication the caller may not see reads like one that does not exist.
 */
@Stateless
@PermitAll
public class Baselines {

  /**
   * The largest document taken: 24 MiB, below the facade's own limit and the server's 32 MiB
   * max-post-size, so that a larger body is our 413 (the REST layer reads no more than this).
   */
  public static final long MAX_BYTES = 24L * 1024 * 1024;

  /** The most aliases one publication carries. */
  public static final int MAX_ALIASES = 20;

  @Inject PublicationRepository store;

  @Inject BaselineDirectory directory;

  @Inject CurrentViewer viewer;

  @Inject PortalPrincipal principal;

  @Inject People people;

  @Inject Clock clock;

  private final OscalDocuments documents = new OscalDocuments();

  private final ProfileResolution resolution = new ProfileResolution();

  /**
   * Publishes a new version of the caller organization's series {@code name}.
   *
   * @param marking who may see it; null for TLP:CLEAR (published standards are public by default)
   * @param aliases URLs (or URNs) under which profile imports and citations may name it
   * @throws OscalInvalid (422) naming the paths of what is wrong with the document, an import of
   *     nothing the caller may see, or profiles importing each other
   */
  @RolesAllowed(Roles.STANDARDS_EDITOR)
  public PublicationView publish(
      byte[] content, String name, MarkingRequest marking, List<String> aliases) {
    Viewer me = viewer.get();
    if (me.organization() == null || me.suspended()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Publishing takes a member organization in good standing");
    }
    if (name == null || !Publication.NAME.matcher(name).matches()) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "name is required: 1 to 100 letters, digits, '.', '_' or '-'");
    }
    List<String> names = checkAliases(aliases);
    if (content == null || content.length == 0) {
      throw new DomainException(DomainException.Kind.INVALID, "The document is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new DomainException(
          DomainException.Kind.TOO_LARGE, "The document is larger than " + MAX_BYTES + " bytes");
    }
    OscalDocument document = documents.read(content);
    Catalog catalog;
    byte[] resolved = null;
    String catalogName;
    if (document.kind() == OscalKind.CATALOG) {
      catalog = documents.catalogOf(document);
      catalogName = name;
    } else if (document.kind() == OscalKind.PROFILE) {
      StoredImports imports =
          new StoredImports(
              store, me, documents::read, new StoredImports.Upload(name, names, document));
      ResolvedCatalog result = resolution.resolve(document, imports);
      catalog = result.catalog();
      resolved = result.json();
      catalogName = catalogNameOf(document.imports(), imports).orElse(name);
    } else {
      throw new OscalInvalid(
          "Only OSCAL catalogs and profiles are published as baselines; this is a "
              + document.kind().rootName());
    }
    List<OscalControl.Row> rows = ControlRows.of(catalog);
    int version =
        store
            .newestOwn(me.organization(), name)
            .map(
                previous -> {
                  previous.superseded();
                  return previous.version() + 1;
                })
            .orElse(1);
    Publication publication =
        new Publication(
            new Publication.Draft(
                me.organization(),
                name,
                version,
                document.kind(),
                catalogName,
                orEmpty(document.title()),
                document.uuid(),
                orEmpty(document.version()),
                orEmpty(document.oscalVersion()),
                document.lastModified(),
                content,
                resolved,
                names,
                rows.size(),
                principal.subject().orElseThrow(),
                clock.instant(),
                marking(me, marking)));
    store.store(publication, rows);
    return publication.view();
  }

  /** The catalog a profile's controls come from: that of its first import found. */
  private static Optional<String> catalogNameOf(List<ImportRef> refs, StoredImports imports) {
    for (ImportRef ref : refs) {
      Optional<Publication> p = imports.find(ref);
      if (p.isPresent()) {
        return Optional.of(p.get().catalogName());
      }
    }
    return Optional.empty();
  }

  private Marking marking(Viewer me, MarkingRequest request) {
    if (request == null) {
      return Marking.of(TlpLevel.CLEAR, me.organization(), Set.of(), Set.of(), Set.of(), null);
    }
    MarkingRequest named =
        request.people().isEmpty()
            ? request
            : request.withPeople(people.subjectsOf(request.people()));
    return named.toMarking(me.organization());
  }

  private static List<String> checkAliases(List<String> aliases) {
    List<String> names = new ArrayList<>();
    if (aliases == null) {
      return names;
    }
    for (String alias : aliases) {
      if (alias == null || alias.isBlank()) {
        continue;
      }
      String a = alias.strip();
      if (a.length() > 2000 || a.chars().anyMatch(Character::isWhitespace)) {
        throw new DomainException(
            DomainException.Kind.INVALID,
            "An alias is a URL or URN of at most 2000 characters, without blanks");
      }
      if (names.stream().noneMatch(n -> PublicationAlias.key(n).equals(PublicationAlias.key(a)))) {
        names.add(a);
      }
    }
    if (names.size() > MAX_ALIASES) {
      throw new DomainException(
          DomainException.Kind.INVALID, "At most " + MAX_ALIASES + " aliases");
    }
    return names;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  // ------------------------------------------------------------------ reads

  /** The newest version of each series the caller may see. */
  public List<PublicationView> publications() {
    return directory.publications(viewer.get());
  }

  public Optional<PublicationView> publication(long id) {
    return directory.publication(viewer.get(), id);
  }

  /** A publication with its aliases. */
  public Optional<Published> published(long id) {
    return store.find(viewer.get(), id).map(p -> new Published(p.view(), p.aliases()));
  }

  /** A publication and its aliases. */
  public record Published(PublicationView view, List<String> aliases) {}

  /** Every version of the publication's series the caller may see, newest first. */
  public List<PublicationView> versions(long id) {
    Viewer me = viewer.get();
    PublicationView p = directory.publication(me, id).orElseThrow(Baselines::notFound);
    return directory.versions(me, p.publisher(), p.name());
  }

  /** The document as uploaded, with its format. */
  public Document content(long id) {
    Publication p = store.find(viewer.get(), id).orElseThrow(Baselines::notFound);
    byte[] bytes = p.content();
    return new Document(bytes, OscalFormat.detect(bytes));
  }

  /** The resolved catalog (OSCAL JSON): a profile's as resolved at upload, a catalog itself. */
  public byte[] resolved(long id) {
    Publication p = store.find(viewer.get(), id).orElseThrow(Baselines::notFound);
    return p.resolvedJson().orElseGet(() -> documents.read(p.content()).json());
  }

  /** A document's bytes and format. */
  public record Document(byte[] bytes, OscalFormat format) {}

  /** The controls of a publication, optionally of one family only. */
  public List<ControlView> controls(long id, String family) {
    Viewer me = viewer.get();
    directory.publication(me, id).orElseThrow(Baselines::notFound);
    List<ControlView> all = directory.controls(me, id);
    return family == null || family.isBlank()
        ? all
        : all.stream().filter(c -> c.family().equalsIgnoreCase(family.strip())).toList();
  }

  /** One control for display, with its enhancements. */
  public Optional<ControlDetail> control(long id, String controlId) {
    Viewer me = viewer.get();
    Optional<PublicationView> publication = directory.publication(me, id);
    if (publication.isEmpty()) {
      return Optional.empty();
    }
    return store
        .controlRow(me, id, controlId)
        .map(
            row ->
                new ControlDetail(
                    publication.get(),
                    row.view(),
                    ControlRows.control(row.detailJson()),
                    directory.controls(me, id).stream()
                        .filter(c -> row.controlId().equals(c.parentId()))
                        .toList()));
  }

  /** Controls of the newest versions whose text contains {@code text}. */
  public List<ControlView> search(String text, int limit) {
    checkSearch(text, limit);
    return directory.search(viewer.get(), text, limit);
  }

  /** Controls of one publication whose text contains {@code text}. */
  public List<ControlView> search(long id, String text, int limit) {
    checkSearch(text, limit);
    Viewer me = viewer.get();
    directory.publication(me, id).orElseThrow(Baselines::notFound);
    return directory.search(me, id, text, limit);
  }

  private static void checkSearch(String text, int limit) {
    if (text == null || text.isBlank()) {
      throw new DomainException(DomainException.Kind.INVALID, "q is required");
    }
    if (text.length() > 200) {
      throw new DomainException(DomainException.Kind.INVALID, "q is at most 200 characters");
    }
    if (limit < 1 || limit > BaselineDirectory.MAX_SEARCH) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "limit must be between 1 and " + BaselineDirectory.MAX_SEARCH);
    }
  }

  static DomainException notFound() {
    return new DomainException(DomainException.Kind.NOT_FOUND, "No such publication");
  }
}
