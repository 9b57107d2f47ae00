package org.scrmportal.baseline.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.Advisory;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.platform.UnfilteredRead;
import org.scrmportal.stix.store.Share;
import org.scrmportal.stix.store.StoredObject;

/**
 * Links, mappings and their index on JPA. Every read of links applies the access policy's predicate
 * twice: to the link's marking and to its target (a share of the STIX object's version, or the
 * advisory revision's marking), so that neither an invisible link nor an invisible target shows.
 */
@ApplicationScoped
public class JpaControlLinks implements ControlLinks, ControlLinkRepository {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Identifiers per query when looking up the index. */
  private static final int CHUNK = 200;

  /** Identifiers per text scan of stored objects. */
  private static final int SCAN_CHUNK = 40;

  @PersistenceContext(unitName = "scrm")
  EntityManager em;

  @Inject AccessPolicy policy;

  // ---------------------------------------------------------------- reads through the policy

  @Override
  public List<LinkedThreat> linked(Viewer viewer, String catalogName, String controlId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ControlLink> q = cb.createQuery(ControlLink.class);
    Root<ControlLink> l = q.from(ControlLink.class);
    q.select(l)
        .where(
            cb.equal(l.get("catalogName"), catalogName),
            cb.equal(l.get("controlId"), controlId),
            visible(viewer, cb, q, l))
        .orderBy(cb.asc(l.get("id")));
    Map<String, List<ControlLink>> byThreat = new LinkedHashMap<>();
    for (ControlLink link : em.createQuery(q).getResultList()) {
      String key =
          link.targetKind() == ControlLink.TargetKind.STIX
              ? "stix " + link.stixId()
              : "csaf " + link.publisherNamespace() + " " + link.trackingId();
      byThreat.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
    }
    List<LinkedThreat> threats = new ArrayList<>();
    for (List<ControlLink> links : byThreat.values()) {
      ControlLink newest =
          links.stream()
              .max(
                  java.util.Comparator.comparing(
                      (ControlLink x) -> x.advisoryId() == null ? 0L : x.advisoryId()))
              .orElseThrow();
      Set<LinkSource> sources = EnumSet.noneOf(LinkSource.class);
      Set<String> relationships = new TreeSet<>();
      TlpLevel loosest = null;
      for (ControlLink x : links) {
        sources.add(x.source());
        relationships.add(x.relationship());
        TlpLevel level = x.marking().level();
        loosest = loosest == null || level.compareTo(loosest) < 0 ? level : loosest;
      }
      String title =
          links.stream()
              .filter(x -> x == newest || newest.targetTitle() == null)
              .map(ControlLink::targetTitle)
              .filter(t -> t != null)
              .findFirst()
              .orElse(null);
      threats.add(
          new LinkedThreat(
              newest.targetKind().name(),
              newest.stixId(),
              newest.advisoryId(),
              newest.trackingId(),
              newest.publisherNamespace(),
              newest.targetType(),
              title,
              relationships,
              sources,
              loosest));
    }
    return threats;
  }

  @Override
  public List<LinkedControl> controlsFor(Viewer viewer, String stixId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ControlLink> q = cb.createQuery(ControlLink.class);
    Root<ControlLink> l = q.from(ControlLink.class);
    q.select(l).where(cb.equal(l.get("stixId"), stixId), visible(viewer, cb, q, l));
    return controls(em.createQuery(q).getResultList());
  }

  @Override
  public List<LinkedControl> controlsForAdvisory(Viewer viewer, long advisoryId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ControlLink> q = cb.createQuery(ControlLink.class);
    Root<ControlLink> l = q.from(ControlLink.class);
    q.select(l).where(cb.equal(l.get("advisoryId"), advisoryId), visible(viewer, cb, q, l));
    return controls(em.createQuery(q).getResultList());
  }

  private static List<LinkedControl> controls(List<ControlLink> links) {
    Map<String, Set<LinkSource>> sources = new java.util.TreeMap<>();
    for (ControlLink link : links) {
      sources
          .computeIfAbsent(
              link.catalogName() + " " + link.controlId(), k -> EnumSet.noneOf(LinkSource.class))
          .add(link.source());
    }
    List<LinkedControl> controls = new ArrayList<>();
    sources.forEach(
        (key, s) -> {
          int space = key.indexOf(' ');
          String control = key.substring(space + 1);
          controls.add(
              new LinkedControl(
                  key.substring(0, space), control, LinkedControl.labelOf(control), s, null));
        });
    return controls;
  }

  /** The link's own marking, and its target, through the policy. */
  private Predicate visible(
      Viewer viewer, CriteriaBuilder cb, AbstractQuery<?> q, Root<ControlLink> l) {
    Join<ControlLink, Marking> marking = l.join("marking");
    return cb.and(
        policy.predicate(viewer, cb, q, marking),
        cb.or(
            cb.and(
                cb.equal(l.get("targetKind"), ControlLink.TargetKind.STIX),
                cb.exists(visibleObjectVersion(viewer, cb, q, l))),
            cb.and(
                cb.equal(l.get("targetKind"), ControlLink.TargetKind.ADVISORY),
                cb.exists(visibleAdvisoryRevision(viewer, cb, q, l)))));
  }

  /**
   * A share the viewer may see of the linked version (or of any version, for a link to the object
   * as a whole).
   */
  private Subquery<Integer> visibleObjectVersion(
      Viewer viewer, CriteriaBuilder cb, AbstractQuery<?> q, Root<ControlLink> l) {
    Subquery<Integer> sub = q.subquery(Integer.class);
    Root<StoredObject> o = sub.from(StoredObject.class);
    Root<Share> share = sub.from(Share.class);
    Join<Share, Marking> marking = share.join("marking");
    return sub.select(cb.literal(1))
        .where(
            cb.equal(share.get("objectSeq"), o.get("seq")),
            cb.equal(o.get("objectId"), l.get("stixId")),
            cb.or(
                cb.isNull(l.get("collectionId")),
                cb.and(
                    cb.equal(o.get("collectionId"), l.get("collectionId")),
                    cb.equal(o.get("version"), l.get("stixVersion")))),
            policy.predicate(viewer, cb, sub, marking));
  }

  private Subquery<Integer> visibleAdvisoryRevision(
      Viewer viewer, CriteriaBuilder cb, AbstractQuery<?> q, Root<ControlLink> l) {
    Subquery<Integer> sub = q.subquery(Integer.class);
    Root<Advisory> a = sub.from(Advisory.class);
    Join<Advisory, Marking> marking = a.join("marking");
    return sub.select(cb.literal(1))
        .where(
            cb.equal(a.get("id"), l.get("advisoryId")), policy.predicate(viewer, cb, sub, marking));
  }

  @Override
  public List<ControlMapping> mappings(Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ControlMapping> q = cb.createQuery(ControlMapping.class);
    Root<ControlMapping> m = q.from(ControlMapping.class);
    q.select(m)
        .where(policy.predicate(viewer, cb, q, m.join("marking")))
        .orderBy(cb.desc(m.get("publishedAt")), cb.desc(m.get("id")));
    return em.createQuery(q).setMaxResults(1000).getResultList();
  }

  @Override
  public Optional<Target> visibleObject(Viewer viewer, String stixId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<StoredObject> o = q.from(StoredObject.class);
    Root<Share> share = q.from(Share.class);
    Join<Share, Marking> marking = share.join("marking");
    q.multiselect(o.get("type"), o.get("json"))
        .where(
            cb.equal(share.get("objectSeq"), o.get("seq")),
            cb.equal(o.get("objectId"), stixId),
            policy.predicate(viewer, cb, q, marking))
        .orderBy(cb.desc(o.get("version")), cb.desc(o.get("seq")));
    return em.createQuery(q).setMaxResults(1).getResultList().stream()
        .findFirst()
        .map(t -> new Target(t.get(0, String.class), titleOf(t.get(1, String.class))));
  }

  @Override
  public Optional<AdvisoryTarget> visibleAdvisory(Viewer viewer, long advisoryId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Advisory> q = cb.createQuery(Advisory.class);
    Root<Advisory> a = q.from(Advisory.class);
    q.select(a)
        .where(
            cb.equal(a.get("id"), advisoryId), policy.predicate(viewer, cb, q, a.join("marking")));
    return em.createQuery(q).getResultList().stream()
        .findFirst()
        .map(x -> new AdvisoryTarget(x.id(), x.trackingId(), x.publisherNamespace(), x.title()));
  }

  /** The name of a STIX object from its JSON, else null. */
  static String titleOf(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      String name = node.path("name").asText(null);
      return name != null ? name : node.path("value").asText(null);
    } catch (IOException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- writes and index

  @Override
  public void store(ControlLink link) {
    em.persist(link);
  }

  @Override
  public void store(ControlMapping mapping) {
    em.persist(mapping);
    em.flush();
  }

  @Override
  public void storeEntries(List<ControlMappingEntry> entries) {
    entries.forEach(em::persist);
  }

  @Override
  @UnfilteredRead("the newest mapping's id, to know when the mapped identifiers changed")
  public long newestMapping() {
    Long max =
        em.createQuery("select max(m.id) from ControlMapping m", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  @Override
  @UnfilteredRead(
      "the identifiers mappings are keyed by, to tell which new objects to look up: no link or"
          + " mapping reaches a caller from here")
  public Set<ExternalReferences.SchemeId> mappedIds() {
    Set<ExternalReferences.SchemeId> ids = new HashSet<>();
    for (Object[] row :
        em.createQuery(
                "select distinct e.scheme, e.sourceId from ControlMappingEntry e", Object[].class)
            .getResultList()) {
      MappingScheme.ofCode((String) row[0])
          .ifPresent(s -> ids.add(new ExternalReferences.SchemeId(s, (String) row[1])));
    }
    return ids;
  }

  @Override
  @UnfilteredRead(
      "the mapping index, to link newly stored objects and advisories: every link made from it is"
          + " read through the policy on the mapping's marking and on its target")
  public List<MappedControl> mappedControls(Collection<ExternalReferences.SchemeId> ids) {
    List<MappedControl> found = new ArrayList<>();
    List<ExternalReferences.SchemeId> all = List.copyOf(new HashSet<>(ids));
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<ExternalReferences.SchemeId> chunk =
          all.subList(from, Math.min(all.size(), from + CHUNK));
      Set<String> sourceIds = new HashSet<>();
      chunk.forEach(id -> sourceIds.add(id.id()));
      List<Tuple> rows =
          em.createQuery(
                  "select e, m.marking from ControlMappingEntry e, ControlMapping m"
                      + " where m.id = e.mappingId and e.sourceId in :ids",
                  Tuple.class)
              .setParameter("ids", sourceIds)
              .getResultList();
      for (Tuple t : rows) {
        ControlMappingEntry e = t.get(0, ControlMappingEntry.class);
        if (chunk.contains(new ExternalReferences.SchemeId(e.scheme(), e.sourceId()))) {
          found.add(
              new MappedControl(
                  e.mappingId(),
                  e.scheme(),
                  e.sourceId(),
                  e.catalogName(),
                  e.controlId(),
                  e.relationship(),
                  t.get(1, Marking.class)));
        }
      }
    }
    return found;
  }

  @Override
  @UnfilteredRead(
      "finds the stored versions a new mapping document links: every link made is read through"
          + " the policy on the mapping's marking and on the version's shares")
  @SuppressWarnings("unchecked")
  public List<StoredCarrier> objectsCarrying(Collection<ExternalReferences.SchemeId> ids) {
    List<StoredCarrier> found = new ArrayList<>();
    Set<ExternalReferences.SchemeId> wanted = new HashSet<>(ids);
    List<String> stixIds = new ArrayList<>();
    List<String> external = new ArrayList<>();
    for (ExternalReferences.SchemeId id : wanted) {
      (id.scheme() == MappingScheme.STIX ? stixIds : external).add(id.id());
    }
    for (int from = 0; from < stixIds.size(); from += CHUNK) {
      List<Object[]> rows =
          em.createNativeQuery(
                  "select collection_id, object_id, version, object_type, json from stix_object"
                      + " where object_id in (:ids)")
              .setParameter("ids", stixIds.subList(from, Math.min(stixIds.size(), from + CHUNK)))
              .getResultList();
      for (Object[] r : rows) {
        found.add(
            new StoredCarrier(
                (String) r[0],
                (String) r[1],
                instant(r[2]),
                (String) r[3],
                titleOf((String) r[4]),
                new ExternalReferences.SchemeId(MappingScheme.STIX, (String) r[1])));
      }
    }
    // the JSON is searched for the quoted identifier, then each hit's references are read
    for (int from = 0; from < external.size(); from += SCAN_CHUNK) {
      List<String> chunk = external.subList(from, Math.min(external.size(), from + SCAN_CHUNK));
      StringBuilder sql =
          new StringBuilder(
              "select collection_id, object_id, version, object_type, json from stix_object"
                  + " where json like '%external_references%' and (");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : " or ").append("json like ?").append(i + 1);
      }
      sql.append(')');
      var query = em.createNativeQuery(sql.toString());
      for (int i = 0; i < chunk.size(); i++) {
        query.setParameter(i + 1, "%\"" + chunk.get(i) + "\"%");
      }
      for (Object[] r : (List<Object[]>) query.getResultList()) {
        String json = (String) r[4];
        JsonNode node;
        try {
          node = JSON.readTree(json);
        } catch (IOException e) {
          continue;
        }
        for (ExternalReferences.SchemeId id : ExternalReferences.of(node).schemeIds()) {
          if (wanted.contains(id)) {
            found.add(
                new StoredCarrier(
                    (String) r[0], (String) r[1], instant(r[2]), (String) r[3], titleOf(json), id));
          }
        }
      }
    }
    return found;
  }

  @Override
  @UnfilteredRead(
      "finds the advisory revisions a new mapping document links: every link made is read through"
          + " the policy on the mapping's marking and on the revision's marking")
  @SuppressWarnings("unchecked")
  public List<AdvisoryCarrier> advisoriesCarrying(Collection<String> cwes) {
    List<AdvisoryCarrier> found = new ArrayList<>();
    List<String> all = List.copyOf(new HashSet<>(cwes));
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Object[]> rows =
          em.createNativeQuery(
                  "select a.id, a.tracking_id, a.publisher_namespace, a.title, c.cwe"
                      + " from csaf_advisory_cwe c join csaf_advisory a on a.id = c.advisory_id"
                      + " where c.cwe in (:cwes)")
              .setParameter("cwes", all.subList(from, Math.min(all.size(), from + CHUNK)))
              .getResultList();
      for (Object[] r : rows) {
        found.add(
            new AdvisoryCarrier(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4]));
      }
    }
    return found;
  }

  @Override
  @UnfilteredRead("an insert into the CWE index: reads nothing")
  public void storeCwes(long advisoryId, Collection<String> cwes) {
    for (String cwe : new TreeSet<>(cwes)) {
      em.createNativeQuery("insert into csaf_advisory_cwe (advisory_id, cwe) values (?1, ?2)")
          .setParameter(1, advisoryId)
          .setParameter(2, cwe)
          .executeUpdate();
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value);
  }
}
