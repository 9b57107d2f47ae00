package org.scrmportal.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scrmportal.access.Viewer;
import org.scrmportal.baseline.oscal.ImportRef;
import org.scrmportal.baseline.oscal.ImportSource;
import org.scrmportal.baseline.oscal.OscalDocument;

/**
 * The imports of a profile being published, found among the publications the publisher may see (the
 * facade never fetches anything). An import's {@code href} (or, for {@code #uuid}, each rlink of
 * that back-matter resource, in order) names a publication:
 *
 * <ol>
 *   <li>by our scheme {@code urn:scrm:baseline:<name>[:<version>]} (no version: the newest);
 *   <li>by one of its aliases (URLs its publisher gave it, compared in lower case);
 *   <li>by file name: the last path segment without {@code .json}, {@code .xml}, {@code .yaml} or
 *       {@code .yml} is the name of a series (its newest version).
 * </ol>
 *
 * <p>Where several publishers' publications match, the caller's own organization's wins, then the
 * newest. A reference to the series being published (by its name or one of the aliases it is given)
 * names the upload itself, so that a profile importing itself, directly or through stored profiles,
 * is a cycle the resolver refuses.
 */
final class StoredImports implements ImportSource {

  /** {@code urn:scrm:baseline:<name>[:<version>]}. */
  private static final Pattern SCHEME_URN =
      Pattern.compile("urn:scrm:baseline:([A-Za-z0-9._-]{1,100}?)(?::(\\d{1,9}))?");

  private static final Pattern EXTENSION =
      Pattern.compile("\\.(json|xml|ya?ml)$", Pattern.CASE_INSENSITIVE);

  /** The upload that the resolver works on: its series name, aliases and the document. */
  record Upload(String name, List<String> aliases, OscalDocument document) {}

  private final PublicationRepository repository;
  private final Viewer viewer;
  private final Function<byte[], OscalDocument> reader;
  private final Upload upload;
  private final Map<Long, OscalDocument> read = new HashMap<>();

  StoredImports(
      PublicationRepository repository,
      Viewer viewer,
      Function<byte[], OscalDocument> reader,
      Upload upload) {
    this.repository = repository;
    this.viewer = viewer;
    this.reader = reader;
    this.upload = upload;
  }

  @Override
  public Optional<OscalDocument> load(ImportRef ref) {
    for (String name : names(ref)) {
      if (upload != null && namesUpload(name)) {
        return Optional.of(upload.document());
      }
      Optional<Publication> found = find(name);
      if (found.isPresent()) {
        Publication p = found.get();
        return Optional.of(read.computeIfAbsent(p.id(), id -> reader.apply(p.content())));
      }
    }
    return Optional.empty();
  }

  /** The stored publication an import names, if the viewer may see one (not the upload). */
  Optional<Publication> find(ImportRef ref) {
    for (String name : names(ref)) {
      Optional<Publication> found = find(name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** What an import names: its href, or the rlinks of the back-matter resource it points at. */
  static List<String> names(ImportRef ref) {
    return ref.href().startsWith("#") ? ref.locations() : List.of(ref.href());
  }

  Optional<Publication> find(String reference) {
    String ref = reference.strip();
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    Matcher urn = SCHEME_URN.matcher(ref);
    if (urn.matches()) {
      Integer version = urn.group(2) == null ? null : Integer.valueOf(urn.group(2));
      return preferred(repository.byName(viewer, urn.group(1), version));
    }
    Optional<Publication> byAlias = preferred(repository.byAlias(viewer, ref));
    if (byAlias.isPresent()) {
      return byAlias;
    }
    return fileName(ref).flatMap(n -> preferred(repository.byName(viewer, n, null)));
  }

  private boolean namesUpload(String reference) {
    String ref = reference.strip();
    Matcher urn = SCHEME_URN.matcher(ref);
    if (urn.matches()) {
      return urn.group(2) == null && urn.group(1).equals(upload.name());
    }
    String key = PublicationAlias.key(ref);
    return upload.aliases().stream().map(PublicationAlias::key).anyMatch(key::equals)
        || fileName(ref).map(upload.name()::equals).orElse(false);
  }

  /** The series name a reference's file name gives: its last path segment without extension. */
  static Optional<String> fileName(String reference) {
    String s = reference;
    int cut = indexOfAny(s, '?', '#');
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    s = EXTENSION.matcher(s).replaceFirst("");
    return Publication.NAME.matcher(s).matches() ? Optional.of(s) : Optional.empty();
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private Optional<Publication> preferred(List<Publication> candidates) {
    List<Publication> ordered = new ArrayList<>(candidates);
    ordered.sort(
        (x, y) -> {
          int byOwner = Boolean.compare(!own(x), !own(y));
          return byOwner != 0 ? byOwner : Long.compare(y.id(), x.id());
        });
    return ordered.stream().findFirst();
  }

  private boolean own(Publication p) {
    return viewer.organization() != null && viewer.organization().equals(p.publisher());
  }
}
