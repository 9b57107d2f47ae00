package org.scrmportal.advisory.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.Advisory;

/**
 * The CSAF trusted provider (CSAF 2.0 sections 7.1 and 7.2.3): what {@code /.well-known/csaf/}
 * serves, for the caller of this request. TLP:WHITE is the same for everyone, signed in or not
 * (requirement 4); the other labels list what the store's access policy lets the caller see, and
 * nothing else ({@link PublishedAdvisories} decides). Documents are served exactly as stored, with
 * hashes of those bytes (requirement 18) and the portal's signature over them (requirement 19).
 */
@Stateless
public class CsafProvider {

  /** Category terms by document content (SHA-512), so that a feed does not parse every document. */
  private static final int TERMS_CACHED = 20_000;

  private static final Map<String, Set<String>> TERMS =
      Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
              return size() > TERMS_CACHED;
            }
          });

  @Inject Instance<PublishedAdvisories> store;

  @Inject CurrentViewer currentViewer;

  @Inject Signatures signatures;

  @Inject ProviderSettings settings;

  @Inject Clock clock;

  /**
   * One served document: its bytes exactly as stored, where it lies, and the hashes the store kept
   * of those bytes (lower-case hex).
   */
  public record Document(PublishedFile file, byte[] content, String sha256, String sha512) {

    static Document of(Advisory advisory) {
      return new Document(
          PublishedFile.of(advisory), advisory.content(), advisory.sha256(), advisory.sha512());
    }
  }

  /**
   * The address of {@code /.well-known/csaf/} for the documents' links: the configured one, or the
   * one the request came to.
   */
  public URI base(URI requestBase) {
    return settings.baseUrl().orElse(requestBase);
  }

  /** Requirement 7: the provider metadata. */
  public ObjectNode providerMetadata(URI requestBase) {
    URI base = base(requestBase);
    return ProviderDocuments.providerMetadata(
        base,
        settings.publisher(base),
        settings.portalName(),
        signatures.fingerprint(),
        signatures.keyCreated(),
        settings.listOnAggregators(),
        settings.mirrorOnAggregators());
  }

  /** Requirement 16: the ROLIE service document. */
  public ObjectNode service(URI requestBase) {
    return ProviderDocuments.service(base(requestBase), settings.portalName());
  }

  /** Requirement 20: the public key, when {@code fingerprint} is the signing key's (any case). */
  public Optional<String> publicKey(String fingerprint) {
    return signatures.fingerprint().equalsIgnoreCase(fingerprint)
        ? Optional.of(signatures.publicKey())
        : Optional.empty();
  }

  /** Where the public key is served, relative to {@code /.well-known/csaf/}. */
  public String publicKeyPath() {
    return ProviderDocuments.publicKeyPath(signatures.fingerprint());
  }

  /** Requirement 12: {@code index.txt} of one label, as the caller may see it. */
  public String index(CsafTlp tlp) {
    return ProviderDocuments.indexTxt(files(tlp));
  }

  /** Requirement 13: {@code changes.csv} of one label, as the caller may see it. */
  public String changes(CsafTlp tlp) {
    return ProviderDocuments.changesCsv(files(tlp));
  }

  /** The years with documents the caller may see under this label, newest first. */
  public List<Integer> years(CsafTlp tlp) {
    return files(tlp).stream().map(PublishedFile::year).distinct().sorted((a, b) -> b - a).toList();
  }

  /** The documents the caller may see under this label in one year's folder. */
  public List<PublishedFile> filesOf(CsafTlp tlp, int year) {
    return files(tlp).stream().filter(f -> f.year() == year).toList();
  }

  /** Requirement 15: the ROLIE feed of one label, as the caller may see it. */
  public ObjectNode feed(CsafTlp tlp, URI requestBase) {
    return ProviderDocuments.feed(
        base(requestBase), tlp, settings.portalName(), files(tlp), clock.instant());
  }

  /** Requirement 17: the ROLIE category document of one label, as the caller may see it. */
  public ObjectNode category(CsafTlp tlp) {
    Set<String> terms = new TreeSet<>();
    for (Advisory advisory : advisories(tlp)) {
      Set<String> of = TERMS.get(advisory.sha512());
      if (of == null) {
        of = CategoryTerms.of(advisory.content());
        TERMS.put(advisory.sha512(), of);
      }
      terms.addAll(of);
    }
    return ProviderDocuments.category(terms);
  }

  /** One document the caller may see, exactly as stored. */
  public Optional<Document> document(CsafTlp tlp, int year, String fileName) {
    return listings().flatMap(l -> l.find(viewer(tlp), tlp, year, fileName)).map(Document::of);
  }

  /** Requirement 19: the portal's detached signature over one document the caller may see. */
  public Optional<String> signature(CsafTlp tlp, int year, String fileName) {
    return document(tlp, year, fileName).map(d -> signatures.sign(d.content(), d.sha512()));
  }

  private List<PublishedFile> files(CsafTlp tlp) {
    return listings().map(l -> l.files(viewer(tlp), tlp)).orElse(List.of());
  }

  private List<Advisory> advisories(CsafTlp tlp) {
    return listings().map(l -> l.advisories(viewer(tlp), tlp)).orElse(List.of());
  }

  /** WHITE is the same for everyone; the other labels are what this caller may see. */
  private Viewer viewer(CsafTlp tlp) {
    return tlp.isPublic() ? Viewer.anonymous() : currentViewer.get();
  }

  /** Nothing is published until the store is deployed (it implements PublishedAdvisories). */
  private Optional<Listings> listings() {
    return store.isResolvable() ? Optional.of(new Listings(store.get())) : Optional.empty();
  }
}
