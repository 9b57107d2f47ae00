package org.scrmportal.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.AdvisoryRepository;
import org.scrmportal.baseline.BaselineDirectory;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.attestation.AttestationDirectory;
import org.scrmportal.baseline.attestation.Coverage;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.supplier.Exposure;
import org.scrmportal.supplier.Notice;
import org.scrmportal.supplier.NoticeRepository;
import org.scrmportal.supplier.Notices;

/**
 * Gathers a consumer organization's suppliers and the inputs of {@link RiskFormula} for each, every
 * input read as the consumer organization may see it ({@link OrganizationViewers}): its inbox of
 * notices, the advisories that raised them, the STIX sightings and indicators, the chosen baseline
 * and the supplier's attestations, each through the access policy. Who the caller is does not
 * matter here; {@link SupplierRisks} checks that the caller belongs to the consumer.
 */
@Stateless
@PermitAll
public class RiskCalculator {

  private static final Logger LOG = Logger.getLogger(RiskCalculator.class.getName());

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject OrganizationViewers viewers;

  @Inject OrganizationRepository organizations;

  @Inject NoticeRepository notices;

  @Inject AdvisoryRepository advisories;

  @Inject StixEvidenceRepository stix;

  @Inject RiskRepository risk;

  @Inject BaselineDirectory baselines;

  @Inject AttestationDirectory attestations;

  @Inject Clock clock;

  /** The consumer's suppliers with their scores, by supplier id; empty without such consumer. */
  public List<SupplierRisk> all(OrganizationId consumer) {
    Optional<Viewer> viewer = viewers.of(consumer);
    if (viewer.isEmpty()) {
      return List.of();
    }
    Context context = new Context(consumer, viewer.get());
    List<SupplierRisk> all = new ArrayList<>();
    for (OrganizationId supplier : context.suppliers()) {
      all.add(context.risk(supplier));
    }
    return all;
  }

  /** One supplier of the consumer with its score; empty when it is none of its suppliers. */
  public Optional<SupplierRisk> one(OrganizationId consumer, OrganizationId supplier) {
    Optional<Viewer> viewer = viewers.of(consumer);
    if (viewer.isEmpty()) {
      return Optional.empty();
    }
    Context context = new Context(consumer, viewer.get());
    return context.suppliers().contains(supplier)
        ? Optional.of(context.risk(supplier))
        : Optional.empty();
  }

  /** Writes today's snapshot of every supplier of the consumer (the daily timer). */
  public int snapshotAll(OrganizationId consumer) {
    List<SupplierRisk> all = all(consumer);
    all.forEach(r -> record(consumer, r));
    return all.size();
  }

  /**
   * Today's (UTC) snapshot of a score, replacing one computed earlier today; in a transaction of
   * its own, so that a reader racing another for the same day's row loses nothing but the write.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(OrganizationId consumer, SupplierRisk r) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    RiskSnapshot snapshot =
        risk.snapshot(consumer, r.supplier(), today)
            .orElseGet(() -> new RiskSnapshot(consumer, r.supplier(), today));
    boolean fresh = snapshot.computedAt() == null;
    snapshot.record(r.score(), clock.instant());
    if (fresh) {
      risk.store(snapshot);
    }
  }

  /** One computation for one consumer: what it may see, read once for all its suppliers. */
  private final class Context {
    private final OrganizationId consumer;
    private final Viewer viewer;
    private final Map<OrganizationId, List<Notice>> open = new TreeMap<>(by());
    private final Set<OrganizationId> declared = new LinkedHashSet<>();
    private final Map<Long, JsonNode> documents = new HashMap<>();
    private List<StixEvidence.SightingFact> sightings;
    private Map<String, StixEvidence.IndicatorFact> indicators;

    Context(OrganizationId consumer, Viewer viewer) {
      this.consumer = consumer;
      this.viewer = viewer;
      for (Notice n : notices.open(viewer, Notices.MAX)) {
        if (n.outcome() == Exposure.Outcome.AFFECTED
            || n.outcome() == Exposure.Outcome.POSSIBLY_AFFECTED) {
          open.computeIfAbsent(n.publisher(), k -> new ArrayList<>()).add(n);
        }
      }
      risk.dependencies(consumer).forEach(d -> declared.add(d.supplier()));
    }

    private static java.util.Comparator<OrganizationId> by() {
      return java.util.Comparator.comparing(OrganizationId::value);
    }

    /** Declared suppliers and publishers of the advisories in the inbox, by id. */
    Set<OrganizationId> suppliers() {
      Set<OrganizationId> all = new java.util.TreeSet<>(by());
      all.addAll(declared);
      all.addAll(open.keySet());
      all.remove(consumer);
      return all;
    }

    SupplierRisk risk(OrganizationId supplier) {
      List<RiskInputs.Finding> findings = new ArrayList<>();
      Set<String> cves = new LinkedHashSet<>();
      for (Notice n : open.getOrDefault(supplier, List.of())) {
        AdvisoryFacts facts =
            Optional.ofNullable(document(n.advisoryId()))
                .map(d -> AdvisoryFacts.of(d, n.vulnerability()))
                .orElse(AdvisoryFacts.NONE);
        findings.add(
            new RiskInputs.Finding(
                n.trackingId(),
                n.title(),
                n.vulnerability(),
                n.outcome() == Exposure.Outcome.AFFECTED
                    ? RiskInputs.Outcome.AFFECTED
                    : RiskInputs.Outcome.POSSIBLY_AFFECTED,
                n.component(),
                facts.cvss(),
                facts.cvssSource(),
                facts.exploitation()));
        if (n.cve() != null) {
          cves.add(n.cve());
        }
      }
      List<RiskInputs.Sighting> related =
          cves.isEmpty() ? List.of() : StixEvidence.related(sightings(), indicators(), cves);

      Optional<BaselineChoice> own = risk.choice(consumer, supplier);
      Optional<BaselineChoice> choice = own.or(() -> risk.choice(consumer, null));
      Optional<PublicationView> baseline =
          choice.flatMap(c -> baselines.publication(viewer, c.publicationId()));
      RiskInputs.Coverage coverage = coverage(supplier, baseline);
      RiskScore score =
          RiskFormula.score(new RiskInputs(supplier.value(), findings, related, coverage));
      return new SupplierRisk(
          supplier,
          organizations.find(supplier).map(Organization::name).orElse(supplier.value()),
          declared.contains(supplier),
          open.containsKey(supplier),
          baseline.map(PublicationView::id).orElse(null),
          baseline.map(RiskCalculator::label).orElse(null),
          baseline.isPresent() && own.isEmpty(),
          score);
    }

    private RiskInputs.Coverage coverage(
        OrganizationId supplier, Optional<PublicationView> baseline) {
      if (baseline.isEmpty()) {
        return new RiskInputs.NoBaseline();
      }
      String label = label(baseline.get());
      Optional<Coverage> c = attestations.coverage(viewer, supplier, baseline.get().id());
      return c.<RiskInputs.Coverage>map(
              x ->
                  new RiskInputs.Attested(
                      label,
                      x.attestationId(),
                      x.required(),
                      x.implemented(),
                      x.partial(),
                      x.notApplicable(),
                      Math.max(0, Math.min(1, x.ratio())),
                      x.gaps()))
          .orElseGet(() -> new RiskInputs.NoAttestation(label));
    }

    /** The advisory revision's document, as the consumer may see it; null otherwise. */
    private JsonNode document(long advisoryId) {
      return documents.computeIfAbsent(
          advisoryId,
          id ->
              advisories
                  .find(viewer, id)
                  .map(
                      a -> {
                        try {
                          return JSON.readTree(a.content());
                        } catch (IOException e) {
                          LOG.log(Level.WARNING, "advisory " + id + " does not parse", e);
                          return null;
                        }
                      })
                  .orElse(null));
    }

    private List<StixEvidence.SightingFact> sightings() {
      if (sightings == null) {
        Instant since = clock.instant().minus(Duration.ofDays(RiskFormula.SIGHTING_DAYS));
        sightings = StixEvidence.sightings(stix.sightingsSince(viewer, since), since);
      }
      return sightings;
    }

    private Map<String, StixEvidence.IndicatorFact> indicators() {
      if (indicators == null) {
        Set<String> ids = new LinkedHashSet<>();
        sightings().forEach(s -> ids.add(s.indicatorId()));
        indicators =
            ids.isEmpty() ? Map.of() : StixEvidence.indicators(stix.indicators(viewer, ids));
      }
      return indicators;
    }
  }

  /** A baseline as people read it: {@code publisher/name vN}. */
  static String label(PublicationView p) {
    return p.publisher() + "/" + p.name() + " v" + p.version() + " (#" + p.id() + ")";
  }
}
