package org.scrmportal.taxii;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Decision;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.community.Community;
import org.scrmportal.community.CommunityRepository;
import org.scrmportal.identity.People;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.BundleReader;
import org.scrmportal.stix.BundleResult;
import org.scrmportal.stix.Container;
import org.scrmportal.stix.StixObject;
import org.scrmportal.stix.StixTimestamp;
import org.scrmportal.stix.TlpMarkings;
import org.scrmportal.stix.store.ContentSink;
import org.scrmportal.stix.store.Cursor;
import org.scrmportal.stix.store.Ingester;
import org.scrmportal.stix.store.ObjectQuery;
import org.scrmportal.stix.store.ObjectRepository;
import org.scrmportal.stix.store.ObjectRow;
import org.scrmportal.stix.store.ObjectWriter;
import org.scrmportal.stix.store.StatusRepository;
import org.scrmportal.stix.store.Submission;
import org.scrmportal.stix.store.SubmissionStatus;
import org.scrmportal.stix.store.Submissions;
import org.scrmportal.stix.store.VersionMatch;
import org.scrmportal.stix.store.VisibleVersion;

/**
 * The TAXII 2.1 server's application service (sections 4 and 5), for the caller of the request:
 * which collections they may read and write, pages of objects, manifests and versions filtered by
 * the access policy object by object, deletion by the author organization, and submissions with
 * their status.
 */
@Stateless
@PermitAll
public class TaxiiService {

  /** A collection as one caller may use it. */
  public record CollectionAccess(TaxiiCollection collection, boolean canRead, boolean canWrite) {}

  /**
   * One page: its rows, whether more follow, and where the next page starts.
   *
   * @param next the cursor of the last row when more follow
   */
  public static final class Page {
    private final List<ObjectRow> rows;
    private final boolean more;
    private final Optional<Cursor> next;

    /** Only this service makes pages: their rows are what the access policy let the caller see. */
    private Page(List<ObjectRow> rows, boolean more, Optional<Cursor> next) {
      this.rows = List.copyOf(rows);
      this.more = more;
      this.next = next;
    }

    public List<ObjectRow> rows() {
      return rows;
    }

    public boolean more() {
      return more;
    }

    public Optional<Cursor> next() {
      return next;
    }

    public Optional<Instant> firstDateAdded() {
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).dateAdded());
    }

    public Optional<Instant> lastDateAdded() {
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1).dateAdded());
    }
  }

  /**
   * An export of the objects the caller may see: what to write, up to which row, and where the next
   * export continues when more match.
   *
   * @param query the first page's query (latest versions, the filters asked for)
   * @param last the last row to write; empty when nothing matches
   * @param next the {@code next} cursor of the following export, when more objects match
   */
  public record Export(
      String collectionId, ObjectQuery query, Optional<Cursor> last, Optional<String> next) {}

  /** The five official TLP 2.0 marking definitions, as FIRST publishes them. */
  private static final List<String> TLP2_DEFINITIONS =
      TlpMarkings.tlp2Definitions().stream().map(StixObject::json).toList();

  /** The most objects in one export. */
  public static final int MAX_EXPORT = 1_000_000;

  /** One version of an object with the reason the caller may see it. */
  public record SeenVersion(VisibleVersion version, Decision decision) {}

  @Inject ObjectRepository objects;

  @Inject ObjectWriter writer;

  @Inject StatusRepository statuses;

  @Inject CommunityRepository communities;

  @Inject OrganizationRepository organizations;

  @Inject Submissions submissions;

  @Inject Ingester ingester;

  @Inject CurrentViewer viewer;

  @Inject PortalPrincipal principal;

  @Inject People people;

  @Inject AccessPolicy policy;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "scrm.taxii.post-wait-millis", defaultValue = "2000")
  long postWaitMillis;

  /** The largest body the server takes, in bytes (the API root's max_content_length). */
  public long maxContentLength() {
    return submissions.reader().limits().maxBytes();
  }

  /** The collections the caller may read or write (section 5.1). */
  public List<CollectionAccess> collections() {
    List<TaxiiCollection> all = new ArrayList<>(TaxiiCollection.FIXED);
    communities.findAll().stream().map(TaxiiService::collectionOf).forEach(all::add);
    return all.stream().map(this::access).filter(a -> a.canRead() || a.canWrite()).toList();
  }

  /**
   * One collection (section 5.2).
   *
   * @throws DomainException NOT_FOUND when there is none, or when the caller may neither read nor
   *     write it (section 5.2: "or the client does not have access to the collection resource")
   */
  public CollectionAccess collection(String id) {
    CollectionAccess access = access(find(id));
    if (!access.canRead() && !access.canWrite()) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, "No such collection");
    }
    return access;
  }

  /** Objects (section 5.4), the latest versions unless the query says otherwise. */
  public Page objects(String collectionId, ObjectQuery query) {
    return page(readable(collectionId), query, true);
  }

  /**
   * The rows of Get Objects (section 5.4) without their content, which {@link #writeContent} then
   * streams.
   */
  public Page objectRows(String collectionId, ObjectQuery query) {
    return page(readable(collectionId), query, false);
  }

  /** The manifest (section 5.3): the same rows as objects, without their content. */
  public Page manifest(String collectionId, ObjectQuery query) {
    return page(readable(collectionId), query, false);
  }

  /**
   * An export of the latest versions the caller may see in a collection, filtered like Get Objects:
   * at most {@code limit} objects, and where the next export continues when more match. Only the
   * bounds are found here (a walk over the rows without their content); {@link #writeBundle}
   * streams the objects, so that neither holds more than a page in memory.
   *
   * @throws DomainException INVALID when the limit is out of range
   */
  public Export export(String collectionId, ObjectQuery query, int limit) {
    if (limit < 1 || limit > MAX_EXPORT) {
      throw new DomainException(
          DomainException.Kind.INVALID, "limit must be between 1 and " + MAX_EXPORT);
    }
    TaxiiCollection collection = readable(collectionId);
    ObjectQuery pages =
        query.withVersions(VersionMatch.LAST).withLimit(Math.min(limit, ObjectQuery.MAX_LIMIT));
    int taken = 0;
    Optional<Cursor> last = Optional.empty();
    boolean more = false;
    while (taken < limit) {
      Page page = page(collection, pages, false);
      int take = Math.min(page.rows().size(), limit - taken);
      if (take > 0) {
        last = Optional.of(page.rows().get(take - 1).cursor());
      }
      taken += take;
      more = take < page.rows().size() || page.more();
      if (!page.more() || take < page.rows().size()) {
        break;
      }
      pages = pages.after(page.next().orElseThrow());
    }
    return new Export(
        collection.id(), pages(query), last, more ? last.map(Cursor::text) : Optional.empty());
  }

  private static ObjectQuery pages(ObjectQuery query) {
    return query.withVersions(VersionMatch.LAST).withLimit(ObjectQuery.MAX_LIMIT);
  }

  /**
   * Writes an export as one STIX 2.1 bundle (section 8) that also holds the official TLP 2.0
   * marking definitions, so that a consumer needs nothing else to read the markings. Page by page,
   * each page's objects read a few at a time: the heap stays bounded whatever the export's size.
   * Outside a transaction, each page on its own: an export of a million objects outlasts a
   * transaction's timeout.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void writeBundle(Export export, Writer out) throws IOException {
    out.write("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[");
    out.write(String.join(",", TLP2_DEFINITIONS));
    if (export.last().isPresent()) {
      Cursor last = export.last().get();
      TaxiiCollection collection = readable(export.collectionId());
      ObjectQuery query = export.query();
      ContentSink sink =
          json -> {
            out.write(',');
            out.write(json);
          };
      while (true) {
        Page page = page(collection, query, false);
        List<ObjectRow> rows = page.rows().stream().filter(r -> !r.cursor().isAfter(last)).toList();
        writeContent(new Page(rows, false, Optional.empty()), sink);
        if (!page.more() || rows.size() < page.rows().size()) {
          break;
        }
        query = query.after(page.next().orElseThrow());
      }
    }
    out.write("]}");
    out.flush();
  }

  /**
   * The JSON of the rows of a page this service gave the caller, in order, into {@code sink}, read
   * through a cursor: TAXII pages and exports are streamed with a bounded heap. Only this service
   * makes pages, and their rows are those the access policy let the caller see in this request, so
   * the content is read by row number, without deciding again.
   */
  public void writeContent(Page page, ContentSink sink) throws IOException {
    objects.contents(page.rows().stream().map(ObjectRow::seq).toList(), sink);
  }

  /**
   * One object's versions that match (section 5.6), without their content, which {@link
   * #writeContent} then streams.
   *
   * @throws DomainException NOT_FOUND when the caller may see no version of it
   */
  public Page object(String collectionId, String objectId, ObjectQuery query) {
    TaxiiCollection collection = readable(collectionId);
    Page page = page(collection, query.forObject(objectId), false);
    if (page.rows().isEmpty() && query.after().isEmpty()) {
      requireVisible(collection, objectId);
    }
    return page;
  }

  /** The versions of one object (section 5.8), oldest first. */
  public Page versions(String collectionId, String objectId, ObjectQuery query) {
    TaxiiCollection collection = readable(collectionId);
    Page page = page(collection, query.forObject(objectId), false);
    if (page.rows().isEmpty() && query.after().isEmpty()) {
      requireVisible(collection, objectId);
    }
    return page;
  }

  /**
   * The least restrictive TLP level under which the caller sees each row: for the portal's pages.
   */
  public Map<Long, TlpLevel> levels(List<ObjectRow> rows) {
    return objects.levels(viewer.get(), rows.stream().map(ObjectRow::seq).toList());
  }

  /** Every version of one object the caller may see, each with the reason: for the object page. */
  public List<SeenVersion> history(String collectionId, String objectId) {
    TaxiiCollection collection = readable(collectionId);
    Viewer me = readerOf(collection);
    List<SeenVersion> seen =
        objects.versions(me, collection.storedIn(), objectId).stream()
            .map(v -> new SeenVersion(v, policy.decide(me, v.marking())))
            .toList();
    if (seen.isEmpty()) {
      throw notFound();
    }
    return seen;
  }

  /**
   * Deletes the matching versions of an object (section 5.7): all of them unless {@code
   * match[version]} names some. Only its author organization may.
   *
   * @return how many versions were deleted
   */
  public int delete(String collectionId, String objectId, ObjectQuery query) {
    TaxiiCollection collection = readable(collectionId);
    if (collection.isPublic()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN, policy.decidePublicFeedWrite(viewer.get()).reason());
    }
    Viewer me = readerOf(collection);
    List<VisibleVersion> visible = objects.versions(me, collection.storedIn(), objectId);
    if (visible.isEmpty()) {
      throw notFound();
    }
    // the versions shown through the caller's own organization's share, if any
    Decision decision =
        policy.decideDelete(
            me,
            submittingRole(),
            visible.stream()
                .map(v -> v.marking().author())
                .filter(a -> a.equals(me.organization()))
                .findFirst()
                .orElse(visible.get(0).marking().author()));
    if (!decision.permitted()) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, decision.reason());
    }
    List<Instant> versions = List.of();
    if (!query.versions().all()) {
      versions =
          page(collection, query.forObject(objectId).withVersions(query.versions()), false)
              .rows()
              .stream()
              .map(r -> parseVersion(r.version()))
              .toList();
      if (versions.isEmpty()) {
        throw notFound();
      }
    }
    return writer.withdraw(collection.storedIn(), objectId, me.organization(), versions);
  }

  /**
   * Admits a submission to a collection before its body is read (section 5.5): the caller must be
   * allowed to write there, and the queue must have room for their organization. The caller reads
   * the body and hands it to {@link #submit} with the slot, or closes the slot.
   *
   * @throws DomainException NOT_FOUND, FORBIDDEN, UNAVAILABLE
   */
  public Submissions.Slot admit(String collectionId) {
    writable(find(collectionId));
    return submissions.admit(viewer.get().organization());
  }

  /**
   * Takes a body for a collection (section 5.5) in an admitted slot: checks at once that the body
   * is a JSON envelope (or bundle) within the limits, then processes it in the background and
   * answers with its status, complete if processing ended within a short wait.
   *
   * @param sharing the level for unmarked objects and the audience to add (people by user name,
   *     resolved to subjects here); null for the caller's organization's default level and no
   *     audience
   * @param keepValid whether the valid objects are kept when others fail, or the body is kept whole
   *     or not at all
   * @throws DomainException FORBIDDEN, INVALID (the body as a whole), TOO_LARGE
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SubmissionStatus submit(
      Submissions.Slot slot,
      String collectionId,
      byte[] body,
      Container container,
      MarkingRequest sharing,
      boolean keepValid) {
    try (slot) {
      TaxiiCollection collection = writable(find(collectionId));
      Viewer me = viewer.get();
      BundleReader.Parsed parsed = submissions.reader().parse(body, container);
      Optional<BundleResult.Invalid> rejected = parsed.rejection();
      if (rejected.isPresent()) {
        boolean tooLarge =
            rejected.get().errors().stream()
                .anyMatch(e -> e.kind() == org.scrmportal.stix.StixError.Kind.TOO_LARGE);
        throw new DomainException(
            tooLarge ? DomainException.Kind.TOO_LARGE : DomainException.Kind.INVALID,
            String.join("; ", rejected.get().errors().stream().map(Object::toString).toList()));
      }
      Organization organization =
          organizations
              .find(me.organization())
              .orElseThrow(() -> new IllegalStateException("no organization " + me.organization()));
      MarkingRequest effective =
          sharing == null
              ? new MarkingRequest(organization.defaultTlp(), null, null, null, null)
              : sharing.level() == null
                  ? new MarkingRequest(
                      organization.defaultTlp(),
                      sharing.organizations(),
                      sharing.communities(),
                      sharing.people(),
                      sharing.minTier())
                  : sharing;
      effective = effective.withPeople(people.subjectsOf(effective.people()));
      for (String community : effective.communities()) {
        if (communities.find(community).isEmpty()) {
          throw new DomainException(DomainException.Kind.INVALID, "No community " + community);
        }
      }
      SubmissionStatus status =
          new SubmissionStatus(
              UUID.randomUUID().toString(),
              collection.id(),
              principal.username(),
              me.subject(),
              me.organization().value(),
              clock.instant(),
              parsed.objectCount());
      ingester.open(status);
      Future<?> done =
          submissions.submit(
              slot,
              new Submission(
                  status.id(), collection.feed(), principal.username(), effective, me, keepValid),
              parsed);
      try {
        done.get(postWaitMillis, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // still processing: the client polls the status
      } catch (ExecutionException e) {
        throw new IllegalStateException("processing failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return statuses.find(status.id()).orElseThrow();
    }
  }

  /**
   * The status of a submission (section 4.3).
   *
   * @throws DomainException NOT_FOUND unless the caller or their organization submitted it
   */
  public SubmissionStatus status(String id) {
    return statuses
        .find(id)
        .filter(
            s ->
                policy.permitsSubmissionStatus(
                    viewer.get(), s.requestedBySubject().orElse(null), s.organization()))
        .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "No such status"));
  }

  /**
   * The newest objects (latest versions) the caller may see in the collections it may read, newest
   * first, with their TLP levels: what the dashboard lists as new.
   */
  public List<ObjectRow> newest(int limit) {
    List<ObjectRow> newest = new ArrayList<>();
    readableStores()
        .forEach((reader, stores) -> newest.addAll(objects.newest(reader, stores, limit)));
    return newest.stream()
        .sorted(
            java.util.Comparator.comparing(ObjectRow::dateAdded)
                .thenComparing(ObjectRow::seq)
                .reversed())
        .distinct()
        .limit(limit)
        .toList();
  }

  /** Versions the caller may see, added on each day of a frame: per STIX type and per TLP level. */
  public record Arrivals(DailyCounts byType, DailyCounts byLevel) {}

  /**
   * Versions the caller may see, added on each day of {@code frame}, per STIX type and per TLP
   * level: both charts from one look at the collections the caller may read.
   */
  public Arrivals arrivals(DailyCounts frame) {
    DailyCounts byType = frame;
    DailyCounts byLevel = frame;
    for (var e : readableStores().entrySet()) {
      byType = byType.plus(objects.arrivalsByType(e.getKey(), e.getValue(), frame));
      byLevel = byLevel.plus(objects.arrivalsByLevel(e.getKey(), e.getValue(), frame));
    }
    return new Arrivals(byType, byLevel);
  }

  /**
   * Where the collections the caller may read are stored, per the eyes they are read with: the
   * caller's own, and the anonymous caller's for the public feed unless the caller reads the
   * collection it is stored in anyway (so that nothing is counted twice).
   */
  private Map<Viewer, Set<String>> readableStores() {
    Viewer me = viewer.get();
    Set<String> mine = new java.util.TreeSet<>();
    Set<String> publicOnly = new java.util.TreeSet<>();
    for (CollectionAccess c : collections()) {
      if (c.canRead()) {
        (c.collection().isPublic() ? publicOnly : mine).add(c.collection().storedIn());
      }
    }
    publicOnly.removeAll(mine);
    Map<Viewer, Set<String>> stores = new java.util.LinkedHashMap<>();
    if (!mine.isEmpty()) {
      stores.put(me, mine);
    }
    if (!publicOnly.isEmpty()) {
      stores.merge(
          Viewer.anonymous(),
          publicOnly,
          (a, b) -> {
            Set<String> both = new java.util.TreeSet<>(a);
            both.addAll(b);
            return both;
          });
    }
    return stores;
  }

  // ------------------------------------------------------------------------------------------

  private Page page(TaxiiCollection collection, ObjectQuery query, boolean withContent) {
    List<ObjectRow> rows =
        objects.page(readerOf(collection), collection.storedIn(), query, withContent);
    boolean more = rows.size() > query.limit();
    List<ObjectRow> page = more ? rows.subList(0, query.limit()) : rows;
    return new Page(
        page, more, more ? Optional.of(page.get(page.size() - 1).cursor()) : Optional.empty());
  }

  private void requireVisible(TaxiiCollection collection, String objectId) {
    if (!objects.anyVisible(readerOf(collection), collection.storedIn(), objectId)) {
      throw notFound();
    }
  }

  private TaxiiCollection readable(String collectionId) {
    TaxiiCollection collection = find(collectionId);
    Decision read = readDecision(collection);
    if (!read.permitted()) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, read.reason());
    }
    return collection;
  }

  private TaxiiCollection writable(TaxiiCollection collection) {
    Decision write = writeDecision(collection);
    if (!write.permitted()) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, write.reason());
    }
    return collection;
  }

  private TaxiiCollection find(String id) {
    return TaxiiCollection.fixed(id)
        .or(() -> communities.find(id).map(TaxiiService::collectionOf))
        .orElseThrow(
            () -> new DomainException(DomainException.Kind.NOT_FOUND, "No such collection"));
  }

  private CollectionAccess access(TaxiiCollection c) {
    return new CollectionAccess(c, readDecision(c).permitted(), writeDecision(c).permitted());
  }

  private Decision readDecision(TaxiiCollection c) {
    Viewer me = viewer.get();
    return c.isPublic()
        ? policy.decidePublicFeedRead(me)
        : policy.decideFeedRead(me, c.minTier(), c.community());
  }

  private Decision writeDecision(TaxiiCollection c) {
    Viewer me = viewer.get();
    return c.isPublic()
        ? policy.decidePublicFeedWrite(me)
        : policy.decideFeedWrite(me, submittingRole(), c.minTier(), c.community());
  }

  /**
   * Whose eyes the collection's objects are read with: the anonymous caller's for the public feed
   * (TLP:CLEAR only, whoever asks), the caller's own otherwise.
   */
  private Viewer readerOf(TaxiiCollection c) {
    return c.isPublic() ? Viewer.anonymous() : viewer.get();
  }

  private boolean submittingRole() {
    return principal.hasRole(Roles.SUBMITTER) || principal.hasRole(Roles.ANALYST);
  }

  private static TaxiiCollection collectionOf(Community community) {
    return TaxiiCollection.ofCommunity(
        community.id(), "Community: " + community.name(), community.purpose());
  }

  private static Instant parseVersion(String text) {
    return StixTimestamp.parse(text).instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private static DomainException notFound() {
    return new DomainException(DomainException.Kind.NOT_FOUND, "No such object");
  }
}
