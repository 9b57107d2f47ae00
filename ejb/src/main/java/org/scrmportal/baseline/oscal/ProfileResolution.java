package org.scrmportal.baseline.oscal;

import gov.nist.secauto.metaschema.core.metapath.DynamicContext;
import gov.nist.secauto.metaschema.core.metapath.IDocumentLoader;
import gov.nist.secauto.metaschema.core.metapath.item.node.IDocumentNodeItem;
import gov.nist.secauto.metaschema.core.model.IBoundObject;
import gov.nist.secauto.metaschema.core.model.IUriResolver;
import gov.nist.secauto.metaschema.databind.io.BindingException;
import gov.nist.secauto.oscal.lib.OscalUtils;
import gov.nist.secauto.oscal.lib.model.BackMatter.Resource;
import gov.nist.secauto.oscal.lib.model.BackMatter.Resource.Rlink;
import gov.nist.secauto.oscal.lib.model.CatalogGroup;
import gov.nist.secauto.oscal.lib.model.Matching;
import gov.nist.secauto.oscal.lib.model.Profile;
import gov.nist.secauto.oscal.lib.model.ProfileImport;
import gov.nist.secauto.oscal.lib.model.ProfileSelectControlById;
import gov.nist.secauto.oscal.lib.profile.resolver.ProfileResolutionException;
import gov.nist.secauto.oscal.lib.profile.resolver.ProfileResolver;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves a profile into a catalog per the OSCAL profile resolution specification
 * (https://pages.nist.gov/OSCAL/resources/concepts/processing/profile-resolution/): the import
 * phase (include-all, include-controls / exclude-controls by id and by matching pattern,
 * with-child-controls), the merge phase (as-is and flat; {@code custom} is refused: liboscal 5.2.0
 * does not implement it) and the modify phase (set-parameters, alters adding and removing), with
 * profiles importing profiles. liboscal's {@code ProfileResolver} does the work; this class gives
 * it the imported documents from an {@link ImportSource} through its own document loader, so that
 * nothing is ever fetched, and turns every failure into an {@link OscalInvalid}.
 *
 * <p>Before resolving, the import graph is walked here: a reference the source does not know is
 * refused ("import #.. names no stored catalog or profile: ..."), and so is a cycle ("profiles
 * import each other: a → b → a"; the spec requires cycles to be an error, "import" section).
 * Documents are identified by the SHA-256 of their JSON. Thread-safe: a new resolver per call.
 *
 * <p>Where liboscal 5.2.0 departs from the specification: {@code with-child-controls} on an
 * exclusion is ignored by it, so this class names the descendants explicitly in a copy of the
 * profile; {@code merge/custom} is not implemented (refused with a clear message); parameters that
 * no insert references are dropped from the resolved catalog; in-document links ({@code #ac-5}) are
 * kept as written even when they name a control outside the selection, as in NIST's own resolved
 * baselines. OSCAL's profile constraint that every {@code with-ids} names a control of the import
 * is checked here, where the imports are known ({@link OscalDocuments#read} cannot see them).
 */
public final class ProfileResolution {

  /** Profiles importing profiles: at most this deep. */
  static final int MAX_IMPORT_DEPTH = 32;

  private static final String BASE = "https://oscal.scrmportal.invalid/documents/";

  public ProfileResolution() {}

  /**
   * Resolves the profile, taking its imports (and theirs) from the source.
   *
   * @throws OscalInvalid when an import is missing, profiles import each other, or the profile
   *     cannot be resolved (e.g. an alter naming a control that was not selected)
   */
  public ResolvedCatalog resolve(OscalDocument profile, ImportSource source) {
    Objects.requireNonNull(source, "source");
    if (profile.kind() != OscalKind.PROFILE) {
      throw new OscalInvalid(
          "Only a profile can be resolved; this is a " + profile.kind().rootName() + ".");
    }
    URI rootUri = URI.create(BASE + profile.digest() + "/profile.json");
    Map<URI, OscalDocument> imported = new HashMap<>();
    Map<URI, List<URI>> importUris = new HashMap<>();
    Deque<OscalDocument> path = new ArrayDeque<>();
    walk(profile, rootUri, path, imported, importUris, source);

    imported.put(rootUri, profile);
    Run run = new Run(imported, importUris);
    run.checkSelections();
    var catalog = run.resolveCatalog(rootUri);
    return new ResolvedCatalog(ModelMapper.catalog(catalog), Liboscal.toJson(catalog));
  }

  /** One resolution: liboscal's resolver over the documents the walk found. */
  private static final class Run implements IDocumentLoader {
    private final Map<URI, OscalDocument> documents;
    private final Map<URI, List<URI>> importUris;
    private final Map<URI, IBoundObject> effective = new HashMap<>();

    Run(Map<URI, OscalDocument> documents, Map<URI, List<URI>> importUris) {
      this.documents = documents;
      this.importUris = importUris;
    }

    gov.nist.secauto.oscal.lib.model.Catalog resolveCatalog(URI uri) {
      DynamicContext context = new DynamicContext(Liboscal.oscalStaticContext());
      context.setDocumentLoader(this);
      ProfileResolver resolver = new ProfileResolver(context, this::rewrite);
      IDocumentNodeItem resolved;
      try {
        resolved = resolver.resolve(loadAsNodeItem(uri));
      } catch (ProfileResolutionException | IOException | RuntimeException e) {
        throw new OscalInvalid("The profile cannot be resolved: " + explain(e));
      }
      return (gov.nist.secauto.oscal.lib.model.Catalog)
          resolved.getRootAssemblyNodeItem().getValue();
    }

    /**
     * How the resolver rewrites references it carries over. The documents' URIs here are keys only
     * (the store knows where a document came from, not this class), so nothing is resolved against
     * them: a reference stays as written ({@code #ac-5}, {@code #uuid} also when it names a control
     * outside the selection, as in NIST's own resolved baselines), and the resolved catalog's
     * {@code source-profile} link names the profile as {@code urn:uuid:<its uuid>}.
     */
    private URI rewrite(URI uri, URI source) {
      OscalDocument document = uri.equals(source) ? documents.get(uri) : null;
      if (document != null && document.uuid() != null) {
        return URI.create("urn:uuid:" + document.uuid());
      }
      return uri;
    }

    @Override
    public void setUriResolver(IUriResolver resolver) {
      // URIs are keys here, never fetched
    }

    /** Hands liboscal's resolver the documents found by {@link #walk}; fetches nothing. */
    @Override
    public IDocumentNodeItem loadAsNodeItem(URI uri) throws IOException {
      OscalDocument document = documents.get(uri);
      if (document == null) {
        throw new IOException("no imported document at " + uri);
      }
      return Liboscal.documentNode(effective(uri, document), uri);
    }

    private IBoundObject effective(URI uri, OscalDocument document) {
      IBoundObject known = effective.get(uri);
      if (known == null) {
        known =
            document.kind() == OscalKind.PROFILE
                ? withChildExclusions(uri, (Profile) document.bound())
                : document.bound();
        effective.put(uri, known);
      }
      return known;
    }

    /**
     * OSCAL's profile constraint {@code oscal-profile-import-has-key-include-exclude-control-id}:
     * every {@code with-ids} of an import's include-controls and exclude-controls names a control
     * of what it imports (for an imported profile, of its resolved catalog). Checked here, where
     * the imports are known; refused with the JSON Pointer of each unknown id.
     */
    void checkSelections() {
      List<OscalProblem> problems = new ArrayList<>();
      for (Map.Entry<URI, List<URI>> entry : importUris.entrySet()) {
        Profile profile = (Profile) documents.get(entry.getKey()).bound();
        List<URI> uris = entry.getValue();
        for (int i = 0; i < uris.size(); i++) {
          ProfileImport profileImport = profile.getImports().get(i);
          if (listOrEmpty(profileImport.getIncludeControls()).stream()
                  .allMatch(s -> listOrEmpty(s.getWithIds()).isEmpty())
              && listOrEmpty(profileImport.getExcludeControls()).stream()
                  .allMatch(s -> listOrEmpty(s.getWithIds()).isEmpty())) {
            continue;
          }
          OscalDocument target = documents.get(uris.get(i));
          var catalog =
              target.kind() == OscalKind.CATALOG
                  ? (gov.nist.secauto.oscal.lib.model.Catalog) target.bound()
                  : resolveCatalog(uris.get(i));
          Set<String> known = new HashSet<>();
          allControls(catalog).forEach(c -> known.add(c.getId()));
          String prefix = "/profile/imports/" + i;
          String who = name(documents.get(entry.getKey()));
          unknown(
              profileImport.getIncludeControls(),
              prefix + "/include-controls/",
              who,
              known,
              problems);
          unknown(
              profileImport.getExcludeControls(),
              prefix + "/exclude-controls/",
              who,
              known,
              problems);
        }
      }
      if (!problems.isEmpty()) {
        throw new OscalInvalid("with-ids name controls the import does not have", problems);
      }
    }

    private static void unknown(
        List<ProfileSelectControlById> selections,
        String prefix,
        String who,
        Set<String> known,
        List<OscalProblem> problems) {
      List<ProfileSelectControlById> list = listOrEmpty(selections);
      for (int s = 0; s < list.size(); s++) {
        List<String> ids = listOrEmpty(list.get(s).getWithIds());
        for (int j = 0; j < ids.size(); j++) {
          if (!known.contains(ids.get(j))) {
            problems.add(
                new OscalProblem(
                    prefix + s + "/with-ids/" + j,
                    "no control " + ids.get(j) + " in what " + who + " imports"));
          }
        }
      }
    }

    /**
     * OSCAL profile resolution, import: {@code exclude-controls} with {@code with-child-controls =
     * yes} excludes the matched controls' descendants too. liboscal 5.2.0 ignores that flag on
     * exclusions, so a copy of the profile names the descendants explicitly ({@code with-ids}),
     * taken from the imported catalog (resolved first when it is a profile).
     */
    private Profile withChildExclusions(URI uri, Profile profile) {
      boolean needed =
          profile.getImports().stream()
              .flatMap(i -> listOrEmpty(i.getExcludeControls()).stream())
              .anyMatch(s -> "yes".equals(s.getWithChildControls()));
      if (!needed) {
        return profile;
      }
      Profile copy;
      try {
        copy = Liboscal.context().deepCopy(profile, null);
      } catch (BindingException e) {
        throw new IllegalStateException("cannot copy the profile", e);
      }
      List<URI> uris = importUris.get(uri);
      for (int i = 0; i < copy.getImports().size(); i++) {
        List<ProfileSelectControlById> exclusions =
            listOrEmpty(copy.getImports().get(i).getExcludeControls()).stream()
                .filter(s -> "yes".equals(s.getWithChildControls()))
                .toList();
        if (exclusions.isEmpty()) {
          continue;
        }
        OscalDocument target = documents.get(uris.get(i));
        var catalog =
            target.kind() == OscalKind.CATALOG
                ? (gov.nist.secauto.oscal.lib.model.Catalog) target.bound()
                : resolveCatalog(uris.get(i));
        for (ProfileSelectControlById exclusion : exclusions) {
          exclusion.setWithIds(withDescendants(exclusion, catalog));
        }
      }
      return copy;
    }
  }

  /** The selection's ids plus every descendant of a control it matches (by id or glob pattern). */
  static List<String> withDescendants(
      ProfileSelectControlById selection, gov.nist.secauto.oscal.lib.model.Catalog catalog) {
    Set<String> ids = new LinkedHashSet<>(listOrEmpty(selection.getWithIds()));
    Set<String> named = Set.copyOf(ids);
    List<Pattern> patterns =
        listOrEmpty(selection.getMatching()).stream()
            .map(Matching::getPattern)
            .filter(Objects::nonNull)
            .map(ProfileResolution::glob)
            .toList();
    Deque<gov.nist.secauto.oscal.lib.model.Control> controls = new ArrayDeque<>();
    controls.addAll(listOrEmpty(catalog.getControls()));
    Deque<CatalogGroup> groups = new ArrayDeque<>(listOrEmpty(catalog.getGroups()));
    while (!groups.isEmpty()) {
      CatalogGroup group = groups.pop();
      controls.addAll(listOrEmpty(group.getControls()));
      groups.addAll(listOrEmpty(group.getGroups()));
    }
    while (!controls.isEmpty()) {
      var control = controls.pop();
      String id = control.getId();
      boolean matched =
          named.contains(id) || patterns.stream().anyMatch(p -> p.matcher(id).matches());
      if (matched) {
        addDescendants(control, ids);
      } else {
        controls.addAll(listOrEmpty(control.getControls()));
      }
    }
    return new ArrayList<>(ids);
  }

  /** Every control of the catalog, depth-first. */
  static List<gov.nist.secauto.oscal.lib.model.Control> allControls(
      gov.nist.secauto.oscal.lib.model.Catalog catalog) {
    List<gov.nist.secauto.oscal.lib.model.Control> all = new ArrayList<>();
    Deque<Object> stack = new ArrayDeque<>();
    stack.push(catalog);
    while (!stack.isEmpty()) {
      Object item = stack.pop();
      List<gov.nist.secauto.oscal.lib.model.Control> controls;
      List<CatalogGroup> groups;
      if (item instanceof gov.nist.secauto.oscal.lib.model.Catalog c) {
        controls = listOrEmpty(c.getControls());
        groups = listOrEmpty(c.getGroups());
      } else if (item instanceof CatalogGroup g) {
        controls = listOrEmpty(g.getControls());
        groups = listOrEmpty(g.getGroups());
      } else {
        var control = (gov.nist.secauto.oscal.lib.model.Control) item;
        all.add(control);
        controls = listOrEmpty(control.getControls());
        groups = List.of();
      }
      groups.forEach(stack::push);
      controls.forEach(stack::push);
    }
    return all;
  }

  private static void addDescendants(
      gov.nist.secauto.oscal.lib.model.Control control, Set<String> ids) {
    for (var child : listOrEmpty(control.getControls())) {
      ids.add(child.getId());
      addDescendants(child, ids);
    }
  }

  /** An OSCAL {@code matching} pattern: a glob where {@code *} and {@code ?} are wildcards. */
  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Loads every import (depth first), refusing missing ones and cycles. */
  private static void walk(
      OscalDocument profile,
      URI base,
      Deque<OscalDocument> path,
      Map<URI, OscalDocument> imported,
      Map<URI, List<URI>> importUris,
      ImportSource source) {
    path.addLast(profile);
    List<URI> uris = new ArrayList<>();
    importUris.put(base, uris);
    if (path.size() > MAX_IMPORT_DEPTH) {
      throw new OscalInvalid(
          "Profiles import profiles more than " + MAX_IMPORT_DEPTH + " levels deep.");
    }
    Profile bound = (Profile) profile.bound();
    List<ImportRef> refs = profile.imports();
    List<ProfileImport> imports = bound.getImports();
    for (int i = 0; i < imports.size(); i++) {
      ImportRef ref = refs.get(i);
      URI uri = requestedUri(bound, imports.get(i), base, ref);
      uris.add(uri);
      Optional<OscalDocument> found = source.load(ref);
      if (found.isEmpty()) {
        throw new OscalInvalid(
            "import "
                + ref.href()
                + " names no stored catalog or profile: "
                + (ref.locations().isEmpty() ? ref.href() : String.join(", ", ref.locations())));
      }
      OscalDocument document = found.get();
      if (document.kind() == OscalKind.COMPONENT_DEFINITION) {
        throw new OscalInvalid(
            "import " + ref.href() + " names a component definition, not a catalog or profile.");
      }
      if (path.stream().anyMatch(d -> d.digest().equals(document.digest()))) {
        List<String> names = new ArrayList<>();
        boolean in = false;
        for (OscalDocument d : path) {
          in = in || d.digest().equals(document.digest());
          if (in) {
            names.add(name(d));
          }
        }
        names.add(name(document));
        throw new OscalInvalid("profiles import each other: " + String.join(" → ", names));
      }
      OscalDocument previous = imported.putIfAbsent(uri, document);
      if (previous != null && !previous.digest().equals(document.digest())) {
        throw new OscalInvalid(
            "import " + ref.href() + " names two different documents at " + uri + ".");
      }
      if (document.kind() == OscalKind.PROFILE) {
        walk(document, uri, path, imported, importUris, source);
      }
    }
    path.removeLast();
  }

  /**
   * The URI liboscal's resolver asks its loader for: a back-matter resource's embedded content
   * ({@code base#uuid}) or its first rlink, else the href, resolved against the importing document.
   */
  private static URI requestedUri(
      Profile profile, ProfileImport profileImport, URI base, ImportRef ref) {
    URI href = profileImport.getHref();
    if (!OscalUtils.isInternalReference(href)) {
      return base.resolve(href);
    }
    Resource resource =
        OscalDocuments.resource(profile, OscalUtils.internalReferenceFragmentToId(href));
    if (resource == null) {
      throw new OscalInvalid(
          "import " + ref.href() + " names no resource in the profile's back-matter.");
    }
    if (resource.getBase64() != null && resource.getBase64().getValue() != null) {
      return base.resolve("#" + resource.getUuid());
    }
    Rlink rlink = OscalUtils.findMatchingRLink(resource, null);
    if (rlink == null || rlink.getHref() == null) {
      throw new OscalInvalid(
          "import " + ref.href() + " names a back-matter resource without an rlink.");
    }
    return base.resolve(rlink.getHref());
  }

  private static String name(OscalDocument document) {
    return document.title() == null || document.title().isBlank()
        ? document.uuid()
        : "\"" + document.title() + "\"";
  }

  private static String explain(Throwable e) {
    List<String> messages = new ArrayList<>();
    Throwable t = e;
    while (t != null && messages.size() < 4) {
      if (t instanceof UnsupportedOperationException
          && "custom structuring".equals(t.getMessage())) {
        return "merge \"custom\" is not supported (liboscal 5.2.0 implements as-is and flat).";
      }
      String message = t.getMessage();
      if (message != null && messages.stream().noneMatch(m -> m.contains(message))) {
        messages.add(message);
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return messages.isEmpty()
        ? e.getClass().getSimpleName()
        : messages.stream().collect(Collectors.joining(": "));
  }
}
