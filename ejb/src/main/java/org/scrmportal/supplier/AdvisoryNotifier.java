package org.scrmportal.supplier;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Memberships;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.AdvisoryStored;
import org.scrmportal.identity.Person;
import org.scrmportal.identity.PersonRepository;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.platform.TlpLevel;

/**
 * Indexes the products of every stored advisory revision and tells the affected parties, inside the
 * storing transaction ({@link AdvisoryStored} is fired synchronously there):
 *
 * <ol>
 *   <li>every full product name of the product tree goes into the index, with its statuses;
 *   <li>a draft stops there: it notifies nobody;
 *   <li>inventory entries that may be the products named are looked up by key, and each is assessed
 *       ({@link Exposure}): affected opens (or reopens) a notice, known_not_affected (CSAF VEX) and
 *       fixed close the publisher's notices about that vulnerability and component, whichever of
 *       its documents raised them;
 *   <li>a new notice goes only to an organization the access policy lets see the advisory ({@link
 *       AccessPolicy#decideForOrganization}); for TLP:RED, only to the named people, each in their
 *       own organization's inbox, addressed to them;
 *   <li>each opened or closed notice is announced on the JMS topic.
 * </ol>
 */
@ApplicationScoped
public class AdvisoryNotifier {

  private static final Logger LOG = Logger.getLogger(AdvisoryNotifier.class.getName());

  @Inject ProductIndex index;

  @Inject InventoryRepository inventories;

  @Inject NoticeRepository notices;

  @Inject NoticeMessages messages;

  @Inject OrganizationRepository organizations;

  @Inject PersonRepository people;

  @Inject Memberships memberships;

  @Inject AccessPolicy policy;

  @Inject Clock clock;

  public void onStored(@Observes AdvisoryStored stored) {
    JsonNode document = stored.document();
    ProductTree tree;
    try {
      tree = ProductTree.of(document);
    } catch (IllegalArgumentException e) {
      LOG.warning("Advisory " + stored.advisoryId() + " not indexed: " + e.getMessage());
      return;
    }
    String trackingId = document.path("document").path("tracking").path("id").asText("");
    String title = document.path("document").path("title").asText(trackingId);
    List<ProductKeys> keys = tree.products().stream().map(ProductKeys::of).toList();
    index(
        new IndexedProduct.Revision(
            stored.advisoryId(),
            stored.marking(),
            stored.publisher(),
            trackingId,
            title,
            stored.draft()),
        tree,
        keys);
    if (stored.draft()) {
      return;
    }
    notify(
        new Notice.Source(
            stored.advisoryId(), stored.publisher(), trackingId, title, stored.marking()),
        tree,
        keys);
  }

  private void index(IndexedProduct.Revision revision, ProductTree tree, List<ProductKeys> keys) {
    if (!revision.draft()) {
      index.supersede(revision.publisher(), revision.trackingId(), revision.advisoryId());
    }
    Map<String, Set<String>> statuses = new HashMap<>();
    for (ProductTree.Vulnerability v : tree.vulnerabilities()) {
      v.statuses()
          .forEach(
              (productId, set) ->
                  set.forEach(
                      s ->
                          statuses
                              .computeIfAbsent(productId, k -> new HashSet<>())
                              .add(v.key() + " " + s.jsonName())));
    }
    for (int i = 0; i < keys.size(); i++) {
      AdvisoryProduct p = tree.products().get(i);
      index.store(
          new IndexedProduct(
              revision, p, keys.get(i), statuses.getOrDefault(p.productId(), Set.of())));
    }
  }

  /** Decides the notices of one non-draft revision, whose products have these keys. */
  private void notify(Notice.Source source, ProductTree tree, List<ProductKeys> keys) {
    Set<String> purlKeys = new HashSet<>();
    Set<String> cpeKeys = new HashSet<>();
    Set<String> nameKeys = new HashSet<>();
    for (ProductKeys k : keys) {
      Optional.ofNullable(k.purl()).ifPresent(purlKeys::add);
      Optional.ofNullable(k.cpe()).ifPresent(cpeKeys::add);
      Optional.ofNullable(k.name()).ifPresent(nameKeys::add);
    }
    List<InventoryEntry> candidates = inventories.candidates(purlKeys, cpeKeys, nameKeys);
    if (candidates.isEmpty()) {
      return;
    }
    Map<Long, List<Exposure.Finding>> findings = new HashMap<>();
    Set<String> vulnerabilities = new HashSet<>();
    for (InventoryEntry entry : candidates) {
      if (entry.inventory().organization().equals(source.publisher())) {
        continue; // a publisher is not told about its own advisory
      }
      List<Exposure.Finding> f = Exposure.assess(tree, entry.component());
      if (!f.isEmpty()) {
        findings.put(entry.id(), f);
        f.forEach(x -> vulnerabilities.add(x.vulnerability()));
      }
    }
    if (findings.isEmpty()) {
      return;
    }
    Map<String, Notice> existing = new HashMap<>();
    for (Notice n : notices.ofPublisher(source.publisher(), vulnerabilities, findings.keySet())) {
      existing.put(n.entry().id() + " " + n.vulnerability() + " " + n.recipient().orElse(""), n);
    }
    Map<OrganizationId, List<String>> audience = new HashMap<>();
    Instant now = clock.instant();
    for (InventoryEntry entry : candidates) {
      List<Exposure.Finding> entryFindings = findings.get(entry.id());
      if (entryFindings == null) {
        continue;
      }
      List<String> recipients =
          audience.computeIfAbsent(
              entry.inventory().organization(), org -> recipients(org, source.marking()));
      for (Exposure.Finding finding : entryFindings) {
        boolean affected =
            finding.outcome() == Exposure.Outcome.AFFECTED
                || finding.outcome() == Exposure.Outcome.POSSIBLY_AFFECTED;
        for (String recipient : recipients) {
          Notice notice =
              existing.get(entry.id() + " " + finding.vulnerability() + " " + recipient);
          if (notice != null) {
            Notice.Status before = notice.status();
            notice.revise(source, finding, now);
            if (before != notice.status()) {
              messages.announce(notice);
            }
          } else if (affected) {
            Notice created =
                new Notice(source, entry, recipient.isEmpty() ? null : recipient, finding, now);
            notices.store(created);
            messages.announce(created);
          }
        }
        if (!affected) {
          // VEX or fix: close the publisher's notices however they were addressed
          existing.values().stream()
              .filter(
                  n ->
                      n.entry().id().equals(entry.id())
                          && n.vulnerability().equals(finding.vulnerability())
                          && n.status() == Notice.Status.OPEN)
              .forEach(
                  n -> {
                    n.revise(source, finding, now);
                    messages.announce(n);
                  });
        }
      }
    }
  }

  /**
   * Tells an organization about advisories already stored that affect entries it just added to its
   * inventory: the newest non-draft revision of each advisory the index names them in, as the
   * policy lets the organization (or, for TLP:RED, its named people) see it. Where several
   * documents of a publisher speak of the same vulnerability, the latest stored one decides (a VEX
   * document saying not affected, or a fix, leaves no notice).
   */
  public void entriesAdded(List<InventoryEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Set<String> purlKeys = new HashSet<>();
    Set<String> cpeKeys = new HashSet<>();
    Set<String> nameKeys = new HashSet<>();
    for (InventoryEntry e : entries) {
      Component c = e.component();
      c.purlKey().ifPresent(purlKeys::add);
      c.cpeKey().ifPresent(cpeKeys::add);
      nameKeys.add(c.nameKey());
    }
    Map<Long, List<IndexedProduct>> byAdvisory = new java.util.TreeMap<>();
    for (IndexedProduct p : index.candidates(purlKeys, cpeKeys, nameKeys)) {
      byAdvisory.computeIfAbsent(p.advisoryId(), k -> new ArrayList<>()).add(p);
    }
    if (byAdvisory.isEmpty()) {
      return;
    }
    record Candidate(Notice.Source source, ProductTree tree) {}
    List<Candidate> advisories = new ArrayList<>();
    for (List<IndexedProduct> products : byAdvisory.values()) {
      IndexedProduct first = products.get(0);
      advisories.add(
          new Candidate(
              new Notice.Source(
                  first.advisoryId(),
                  first.publisher(),
                  first.trackingId(),
                  first.title(),
                  first.marking()),
              tree(products)));
    }
    record Decided(Notice.Source source, Exposure.Finding finding) {}
    Map<String, List<String>> recipients = new HashMap<>();
    Instant now = clock.instant();
    for (InventoryEntry entry : entries) {
      OrganizationId org = entry.inventory().organization();
      Map<String, Decided> decided = new java.util.LinkedHashMap<>();
      for (Candidate advisory : advisories) {
        Notice.Source source = advisory.source();
        if (source.publisher().equals(org)) {
          continue;
        }
        for (Exposure.Finding f : Exposure.assess(advisory.tree(), entry.component())) {
          decided.put(source.publisher().value() + " " + f.vulnerability(), new Decided(source, f));
        }
      }
      for (Decided d : decided.values()) {
        Exposure.Outcome outcome = d.finding().outcome();
        if (outcome != Exposure.Outcome.AFFECTED && outcome != Exposure.Outcome.POSSIBLY_AFFECTED) {
          continue;
        }
        for (String recipient :
            recipients.computeIfAbsent(
                org.value() + " " + d.source().advisoryId(),
                k -> recipients(org, d.source().marking()))) {
          Notice created =
              new Notice(
                  d.source(), entry, recipient.isEmpty() ? null : recipient, d.finding(), now);
          notices.store(created);
          messages.announce(created);
        }
      }
    }
  }

  /** The part of an advisory's product tree that the index returned. */
  private static ProductTree tree(List<IndexedProduct> products) {
    Map<String, Map<String, Set<ProductStatus>>> vulnerabilities = new java.util.LinkedHashMap<>();
    List<AdvisoryProduct> named = new ArrayList<>();
    for (IndexedProduct p : products) {
      named.add(p.product());
      for (String status : p.statuses()) {
        int space = status.lastIndexOf(' ');
        if (space < 0) {
          continue;
        }
        String key = status.substring(0, space);
        ProductStatus.ofJsonName(status.substring(space + 1))
            .ifPresent(
                s ->
                    vulnerabilities
                        .computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(
                            p.productId(), k -> java.util.EnumSet.noneOf(ProductStatus.class))
                        .add(s));
      }
    }
    List<ProductTree.Vulnerability> list = new ArrayList<>();
    vulnerabilities.forEach(
        (key, statuses) ->
            list.add(
                new ProductTree.Vulnerability(key, key.startsWith("CVE-") ? key : null, statuses)));
    return new ProductTree(named, list);
  }

  /**
   * Who in the organization may be told: the empty string for the whole organization, where the
   * policy lets it see the advisory; for TLP:RED the subjects of the named people who belong to it,
   * each as the policy decides for them.
   */
  private List<String> recipients(OrganizationId org, Marking marking) {
    Optional<Organization> organization = organizations.find(org);
    if (organization.isEmpty()) {
      return List.of();
    }
    Organization o = organization.get();
    Set<String> communities = Set.copyOf(memberships.communitiesOf(org));
    if (marking.level() != TlpLevel.RED) {
      Viewer asOrganization = new Viewer(null, org, o.tier(), o.suspended(), communities, false);
      return policy.decideForOrganization(asOrganization, marking).permitted()
          ? List.of("")
          : List.of();
    }
    List<String> named = new ArrayList<>();
    for (Person person : people.findAll(marking.people())) {
      if (person.organization().filter(org.value()::equals).isPresent()
          && policy.permits(
              new Viewer(person.subject(), org, o.tier(), o.suspended(), communities, false),
              marking)) {
        named.add(person.subject());
      }
    }
    return named;
  }
}
