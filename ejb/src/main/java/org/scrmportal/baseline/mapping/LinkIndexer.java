package org.scrmportal.baseline.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scrmportal.access.Memberships;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.AdvisoryStored;
import org.scrmportal.baseline.BaselineDirectory;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.stix.store.ObjectsStored;

/**
 * Links what is stored to controls, inside the storing transaction:
 *
 * <ul>
 *   <li>STIX versions with {@code external_references} ({@link ObjectsStored}, fired only for
 *       those): a reference naming a catalog the submitter may see and one of its controls links
 *       that version (STIX_REFERENCE, under the share's marking); an ATT&CK, CAPEC or CWE id (or
 *       the object's own id) that a mapping document maps links it to the mapped controls
 *       (MAPPING_DOCUMENT, under the mapping's marking);
 *   <li>CSAF advisory revisions ({@link AdvisoryStored}): {@code <catalog> <control>} cited in
 *       remediation details, note texts and reference summaries (CSAF_CITATION, under the
 *       revision's marking); the CWEs of its vulnerabilities are indexed and linked through mapping
 *       documents.
 * </ul>
 *
 * Catalogs are resolved as the submitter (or the publishing organization) may see them ({@link
 * BaselineDirectory#cited}); a catalog published later does not link what was stored before.
 */
@ApplicationScoped
public class LinkIndexer {

  /** A control id inside text: only text holding one is looked at further. */
  private static final Pattern ANY_CONTROL = Pattern.compile("[A-Za-z]{2}-\\d");

  private static final Pattern CWE = Pattern.compile("CWE-\\d{1,6}");

  static final String SYSTEM = "system";

  @Inject ControlLinkRepository links;

  @Inject BaselineDirectory directory;

  @Inject OrganizationRepository organizations;

  @Inject Memberships memberships;

  @Inject Clock clock;

  /** The identifiers mappings are keyed by, as of the newest mapping {@link #mappedAsOf}. */
  private volatile Set<ExternalReferences.SchemeId> mappedIds = Set.of();

  private volatile long mappedAsOf = -1;

  /**
   * Which of {@code ids} some mapping maps: one small query per call (the newest mapping's id) and
   * a reload of the identifiers only after a mapping was published.
   */
  private Set<ExternalReferences.SchemeId> mapped(Set<ExternalReferences.SchemeId> ids) {
    long newest = links.newestMapping();
    if (newest != mappedAsOf) {
      mappedIds = Set.copyOf(links.mappedIds());
      mappedAsOf = newest;
    }
    Set<ExternalReferences.SchemeId> known = mappedIds;
    if (known.isEmpty()) {
      return Set.of();
    }
    Set<ExternalReferences.SchemeId> found = new HashSet<>(ids);
    found.retainAll(known);
    return found;
  }

  public void onObjectsStored(@Observes ObjectsStored stored) {
    Instant now = clock.instant();
    Map<Citations.Citation, Optional<ControlView>> resolved = new HashMap<>();
    List<ExternalReferences.Found> found = new ArrayList<>();
    Set<ExternalReferences.SchemeId> ids = new HashSet<>();
    for (ObjectsStored.Version v : stored.versions()) {
      ExternalReferences.Found f = ExternalReferences.of(v.object().node());
      found.add(f);
      ids.addAll(f.schemeIds());
      if (!f.schemeIds().isEmpty() || !f.citations().isEmpty()) {
        ids.add(new ExternalReferences.SchemeId(MappingScheme.STIX, v.object().id().value()));
      }
    }
    Set<ExternalReferences.SchemeId> mappedHere = ids.isEmpty() ? Set.of() : mapped(ids);
    Map<ExternalReferences.SchemeId, List<ControlLinkRepository.MappedControl>> mapped =
        mappedHere.isEmpty() ? Map.of() : byId(links.mappedControls(mappedHere));
    String by = stored.submitter().subject() == null ? SYSTEM : stored.submitter().subject();
    for (int i = 0; i < found.size(); i++) {
      ObjectsStored.Version v = stored.versions().get(i);
      ExternalReferences.Found f = found.get(i);
      String stixId = v.object().id().value();
      String title = titleOf(v.object().node());
      Set<String> done = new HashSet<>();
      for (Citations.Citation c : f.citations()) {
        Optional<ControlView> control =
            resolved.computeIfAbsent(c, k -> cited(stored.submitter(), k.catalog(), k.controlId()));
        if (control.isPresent() && done.add(key(control.get()) + " ref")) {
          links.store(
              ControlLink.toObject(
                  new ControlLink.Origin(
                      control.get().catalogName(),
                      control.get().controlId(),
                      LinkSource.STIX_REFERENCE,
                      null,
                      "mitigates",
                      by,
                      now,
                      v.marking()),
                  stixId,
                  v.collectionId(),
                  v.version(),
                  v.object().type(),
                  title));
        }
      }
      Set<ExternalReferences.SchemeId> own = new LinkedHashSet<>(f.schemeIds());
      own.add(new ExternalReferences.SchemeId(MappingScheme.STIX, stixId));
      for (ExternalReferences.SchemeId id : own) {
        for (ControlLinkRepository.MappedControl m : mapped.getOrDefault(id, List.of())) {
          if (done.add(m.catalogName() + " " + m.controlId() + " " + m.mappingId())) {
            links.store(
                ControlLink.toObject(
                    origin(m, by, now),
                    stixId,
                    v.collectionId(),
                    v.version(),
                    v.object().type(),
                    title));
          }
        }
      }
    }
  }

  public void onAdvisoryStored(@Observes AdvisoryStored stored) {
    JsonNode document = stored.document();
    Set<String> cwes = cwesOf(document);
    if (!cwes.isEmpty()) {
      links.storeCwes(stored.advisoryId(), cwes);
    }
    String trackingId = document.path("document").path("tracking").path("id").asText("");
    String namespace = document.path("document").path("publisher").path("namespace").asText("");
    String title = document.path("document").path("title").asText(trackingId);
    Instant now = clock.instant();
    Set<String> done = new HashSet<>();
    List<String> texts = citingTexts(document);
    if (!texts.isEmpty()) {
      Viewer asPublisher = organizationViewer(stored);
      Set<String> names = new HashSet<>(Citations.COMMON_NAMES.keySet());
      for (PublicationView p : directory.publications(asPublisher)) {
        names.add(p.catalogName());
        names.add(p.name());
        if (p.title() != null) {
          names.add(p.title());
        }
      }
      Map<Citations.Citation, Optional<ControlView>> resolved = new HashMap<>();
      for (String text : texts) {
        for (Citations.Citation c : Citations.inText(text, names)) {
          Optional<ControlView> control =
              resolved.computeIfAbsent(c, k -> cited(asPublisher, k.catalog(), k.controlId()));
          if (control.isPresent() && done.add(key(control.get()))) {
            links.store(
                ControlLink.toAdvisory(
                    new ControlLink.Origin(
                        control.get().catalogName(),
                        control.get().controlId(),
                        LinkSource.CSAF_CITATION,
                        null,
                        "mitigates",
                        SYSTEM,
                        now,
                        stored.marking()),
                    stored.advisoryId(),
                    trackingId,
                    namespace,
                    title));
          }
        }
      }
    }
    if (cwes.isEmpty()) {
      return;
    }
    Set<ExternalReferences.SchemeId> ids =
        mapped(
            cwes.stream()
                .map(c -> new ExternalReferences.SchemeId(MappingScheme.CWE, c))
                .collect(java.util.stream.Collectors.toSet()));
    if (ids.isEmpty()) {
      return;
    }
    for (ControlLinkRepository.MappedControl m : links.mappedControls(ids)) {
      if (done.add(m.catalogName() + " " + m.controlId() + " " + m.mappingId())) {
        links.store(
            ControlLink.toAdvisory(
                origin(m, SYSTEM, now), stored.advisoryId(), trackingId, namespace, title));
      }
    }
  }

  static ControlLink.Origin origin(ControlLinkRepository.MappedControl m, String by, Instant now) {
    return new ControlLink.Origin(
        m.catalogName(),
        m.controlId(),
        LinkSource.MAPPING_DOCUMENT,
        m.mappingId(),
        m.relationship(),
        by,
        now,
        m.marking());
  }

  private static String titleOf(JsonNode node) {
    JsonNode name = node.get("name");
    return name != null && name.isTextual() ? name.asText() : null;
  }

  /** The CWEs the vulnerabilities carry (CSAF 2.0 {@code cwe}, CSAF 2.1 {@code cwes}). */
  static Set<String> cwesOf(JsonNode document) {
    Set<String> cwes = new java.util.TreeSet<>();
    for (JsonNode v : document.path("vulnerabilities")) {
      addCwe(cwes, v.path("cwe").path("id").asText(""));
      for (JsonNode c : v.path("cwes")) {
        addCwe(cwes, c.path("id").asText(""));
      }
    }
    return cwes;
  }

  private static void addCwe(Set<String> cwes, String id) {
    String v = id.strip().toUpperCase(java.util.Locale.ROOT);
    if (CWE.matcher(v).matches()) {
      cwes.add(v);
    }
  }

  /**
   * The texts of a CSAF document that may cite controls: remediation details, notes and reference
   * summaries, of the document and of its vulnerabilities; only those holding something like a
   * control id.
   */
  static List<String> citingTexts(JsonNode document) {
    List<String> texts = new ArrayList<>();
    collect(texts, document.path("document").path("notes"), "text");
    collect(texts, document.path("document").path("references"), "summary");
    for (JsonNode v : document.path("vulnerabilities")) {
      collect(texts, v.path("remediations"), "details");
      collect(texts, v.path("notes"), "text");
      collect(texts, v.path("references"), "summary");
    }
    return texts;
  }

  private static void collect(List<String> texts, JsonNode array, String member) {
    for (JsonNode item : array) {
      String text = item.path(member).asText("");
      if (ANY_CONTROL.matcher(text).find()) {
        texts.add(text);
      }
    }
  }

  private Optional<ControlView> cited(Viewer viewer, String catalog, String controlId) {
    return directory.cited(viewer, Citations.catalogOf(catalog), controlId);
  }

  private static String key(ControlView c) {
    return c.catalogName() + " " + c.controlId();
  }

  private static Map<ExternalReferences.SchemeId, List<ControlLinkRepository.MappedControl>> byId(
      List<ControlLinkRepository.MappedControl> mapped) {
    Map<ExternalReferences.SchemeId, List<ControlLinkRepository.MappedControl>> by =
        new HashMap<>();
    for (ControlLinkRepository.MappedControl m : mapped) {
      by.computeIfAbsent(
              new ExternalReferences.SchemeId(m.scheme(), m.sourceId()), k -> new ArrayList<>())
          .add(m);
    }
    return by;
  }

  /** The publishing organization as the policy sees it (what catalogs it may cite). */
  private Viewer organizationViewer(AdvisoryStored stored) {
    Optional<Organization> o = organizations.find(stored.publisher());
    if (o.isEmpty()) {
      return Viewer.anonymous();
    }
    return new Viewer(
        "organization:" + stored.publisher().value(),
        stored.publisher(),
        o.get().tier(),
        o.get().suspended(),
        Set.copyOf(memberships.communitiesOf(stored.publisher())),
        false);
  }
}
