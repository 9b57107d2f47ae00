package org.scrmportal.baseline.oscal;

import gov.nist.secauto.metaschema.core.metapath.DynamicContext;
import gov.nist.secauto.metaschema.core.metapath.IDocumentLoader;
import gov.nist.secauto.metaschema.core.metapath.item.node.IDocumentNodeItem;
import gov.nist.secauto.metaschema.core.model.IUriResolver;
import gov.nist.secauto.oscal.lib.OscalUtils;
import gov.nist.secauto.oscal.lib.model.BackMatter.Resource;
import gov.nist.secauto.oscal.lib.model.BackMatter.Resource.Rlink;
import gov.nist.secauto.oscal.lib.model.Profile;
import gov.nist.secauto.oscal.lib.model.ProfileImport;
import gov.nist.secauto.oscal.lib.profile.resolver.ProfileResolutionException;
import gov.nist.secauto.oscal.lib.profile.resolver.ProfileResolver;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    Deque<OscalDocument> path = new ArrayDeque<>();
    walk(profile, rootUri, path, imported, source);

    DynamicContext context = new DynamicContext(Liboscal.oscalStaticContext());
    context.setDocumentLoader(new SourceLoader(imported));
    ProfileResolver resolver = new ProfileResolver(context, ProfileResolution::rewrite);
    IDocumentNodeItem resolved;
    try {
      resolved = resolver.resolve(Liboscal.documentNode(profile.bound(), rootUri));
    } catch (ProfileResolutionException | IOException | RuntimeException e) {
      throw new OscalInvalid("The profile cannot be resolved: " + explain(e));
    }
    var catalog =
        (gov.nist.secauto.oscal.lib.model.Catalog) resolved.getRootAssemblyNodeItem().getValue();
    return new ResolvedCatalog(ModelMapper.catalog(catalog), Liboscal.toJson(catalog));
  }

  /**
   * How the resolver rewrites references it carries over: an in-document reference ({@code #ac-5},
   * {@code #uuid}) stays as written, also when it names a control outside the selection, as in
   * NIST's own resolved baselines; anything else is resolved against the document it came from.
   */
  private static URI rewrite(URI uri, URI source) {
    if (uri.getScheme() == null
        && (uri.getRawSchemeSpecificPart() == null || uri.getRawSchemeSpecificPart().isEmpty())
        && uri.getRawFragment() != null) {
      return uri;
    }
    return source.resolve(uri);
  }

  /** Loads every import (depth first), refusing missing ones and cycles. */
  private static void walk(
      OscalDocument profile,
      URI base,
      Deque<OscalDocument> path,
      Map<URI, OscalDocument> imported,
      ImportSource source) {
    path.addLast(profile);
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
        walk(document, uri, path, imported, source);
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

  /** Hands liboscal's resolver the documents found by {@link #walk}; fetches nothing. */
  private static final class SourceLoader implements IDocumentLoader {
    private final Map<URI, OscalDocument> documents;

    SourceLoader(Map<URI, OscalDocument> documents) {
      this.documents = Map.copyOf(documents);
    }

    @Override
    public void setUriResolver(IUriResolver resolver) {
      // URIs are keys here, never fetched
    }

    @Override
    public IDocumentNodeItem loadAsNodeItem(URI uri) throws IOException {
      OscalDocument document = documents.get(uri);
      if (document == null) {
        throw new IOException("no imported document at " + uri);
      }
      return Liboscal.documentNode(document.bound(), uri);
    }
  }
}
