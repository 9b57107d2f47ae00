package org.scrmportal.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.AdvisoryRepository;
import org.scrmportal.baseline.BaselineDirectory;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.attestation.AttestationDirectory;
import org.scrmportal.baseline.attestation.Coverage;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.supplier.NoticeRepository;

/**
 * The calculator's wiring without a container: the baseline chosen (per supplier before the
 * default), the coverage the attestations give for it, and every read made as the consumer
 * organization (subject {@code organization:<id>}, never a person), with the snapshot of the day.
 */
class RiskCalculatorTest {

  private static final OrganizationId NORTHGRID = new OrganizationId("northgrid-energy");
  private static final OrganizationId ACME = new OrganizationId("acme-components");
  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  /** An interface whose every method answers {@code answer(name, args)}. */
  @SuppressWarnings("unchecked")
  private static <T> T fake(
      Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> answer.apply(method.getName(), args));
  }

  private static Organization org(OrganizationId id, String name) {
    return Organization.admitted(
        new OrganizationClaims(id, name, OrganizationType.COMPANY, Tier.T1, null, "DE"), NOW);
  }

  private static PublicationView publication(long id, String name) {
    return new PublicationView(
        id,
        "cyber-standards-board",
        name,
        1,
        OscalKind.PROFILE,
        "NIST_SP-800-53_rev5",
        name,
        "5.1",
        NOW,
        150,
        TlpLevel.CLEAR);
  }

  /** A repository kept in memory. */
  private static final class Memory implements RiskRepository {
    final List<SupplierDependency> dependencies = new ArrayList<>();
    final List<BaselineChoice> choices = new ArrayList<>();
    final List<RiskSnapshot> snapshots = new ArrayList<>();

    public List<SupplierDependency> dependencies(OrganizationId c) {
      return dependencies.stream().filter(d -> d.consumer().equals(c)).toList();
    }

    public Optional<SupplierDependency> dependency(OrganizationId c, OrganizationId s) {
      return dependencies(c).stream().filter(d -> d.supplier().equals(s)).findFirst();
    }

    public void store(SupplierDependency d) {
      dependencies.add(d);
    }

    public void remove(SupplierDependency d) {
      dependencies.remove(d);
    }

    public Optional<BaselineChoice> choice(OrganizationId c, OrganizationId s) {
      return choices.stream()
          .filter(x -> x.consumer().equals(c) && x.supplier().equals(Optional.ofNullable(s)))
          .findFirst();
    }

    public List<BaselineChoice> choices(OrganizationId c) {
      return choices;
    }

    public void store(BaselineChoice c) {
      choices.add(c);
    }

    public void remove(BaselineChoice c) {
      choices.remove(c);
    }

    public Optional<RiskSnapshot> snapshot(OrganizationId c, OrganizationId s, LocalDate day) {
      return snapshots.stream()
          .filter(x -> x.consumer().equals(c) && x.supplier().equals(s) && x.day().equals(day))
          .findFirst();
    }

    public void store(RiskSnapshot s) {
      snapshots.add(s);
    }

    public List<RiskSnapshot> history(OrganizationId c, OrganizationId s, LocalDate from) {
      return snapshots;
    }
  }

  private final List<Viewer> readers = new ArrayList<>();
  private final Memory memory = new Memory();

  private RiskCalculator calculator(Map<Long, Coverage> coverageByBaseline) {
    OrganizationRepository organizations =
        fake(
            OrganizationRepository.class,
            (m, a) ->
                switch (m) {
                  case "find" ->
                      Optional.of(
                          a[0].equals(NORTHGRID)
                              ? org(NORTHGRID, "Northgrid Energy")
                              : org((OrganizationId) a[0], "Acme Components"));
                  default -> throw new UnsupportedOperationException(m);
                });
    RiskCalculator c = new RiskCalculator();
    c.viewers = new OrganizationViewers();
    c.viewers.organizations = organizations;
    c.viewers.memberships = org -> List.of("community-1");
    c.organizations = organizations;
    c.notices =
        fake(
            NoticeRepository.class,
            (m, a) -> {
              readers.add((Viewer) a[0]);
              return List.of();
            });
    c.advisories = fake(AdvisoryRepository.class, (m, a) -> Optional.empty());
    c.stix =
        fake(
            StixEvidenceRepository.class,
            (m, a) -> {
              readers.add((Viewer) a[0]);
              return List.of();
            });
    c.risk = memory;
    c.baselines =
        fake(
            BaselineDirectory.class,
            (m, a) -> {
              readers.add((Viewer) a[0]);
              long id = (Long) a[1];
              return id == 404 ? Optional.empty() : Optional.of(publication(id, "LOW-" + id));
            });
    c.attestations =
        (AttestationDirectory)
            (viewer, supplier, baselineId) -> {
              readers.add(viewer);
              return Optional.ofNullable(coverageByBaseline.get(baselineId));
            };
    c.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return c;
  }

  private void choose(OrganizationId supplier, long publication) {
    BaselineChoice choice = new BaselineChoice(NORTHGRID, supplier);
    choice.choose(publication, "nora", NOW);
    memory.store(choice);
  }

  @Test
  void theSuppliersOwnBaselineBeatsTheDefaultAndItsCoverageCounts() {
    memory.store(new SupplierDependency(NORTHGRID, ACME, "nora", NOW));
    choose(null, 1);
    choose(ACME, 2);
    Coverage low = new Coverage(9, 2, 10, 6, 2, 0, 0.7, List.of("sr-3", "sr-5", "sr-6", "sr-8"));
    SupplierRisk r = calculator(Map.of(2L, low)).one(NORTHGRID, ACME).orElseThrow();
    assertEquals(2L, r.baselineId());
    assertFalse(r.baselineIsDefault());
    assertTrue(r.declared());
    assertFalse(r.advised());
    // no advisories, no sightings: 30·(1 − 0.7) = 9
    assertEquals(30 * (1 - 0.7), r.score().value(), 1e-9);
    assertTrue(
        r.score().coverage().explanation().get(0).startsWith("Coverage: attestation 9 of acme"),
        r.score().explanation().toString());
    // every read was made as the organization, which no marking names
    assertFalse(readers.isEmpty());
    for (Viewer v : readers) {
      assertEquals("organization:northgrid-energy", v.subject());
      assertEquals(NORTHGRID, v.organization());
      assertEquals(Set.of("community-1"), v.communities());
      assertFalse(v.operator());
    }
  }

  @Test
  void theDefaultAppliesAndWithoutAVisibleAttestationThereIsNoCoverage() {
    memory.store(new SupplierDependency(NORTHGRID, ACME, "nora", NOW));
    choose(null, 1);
    SupplierRisk r = calculator(Map.of()).one(NORTHGRID, ACME).orElseThrow();
    assertTrue(r.baselineIsDefault());
    assertEquals(30.0, r.score().value(), 1e-9);
    assertTrue(
        r.score().coverage().explanation().get(0).contains("no attestation of acme-components"),
        r.score().explanation().toString());
  }

  @Test
  void aBaselineTheConsumerMayNoLongerSeeCountsAsNone() {
    memory.store(new SupplierDependency(NORTHGRID, ACME, "nora", NOW));
    choose(null, 404);
    SupplierRisk r =
        calculator(Map.of(404L, new Coverage(1, 404, 1, 1, 0, 0, 1.0, List.of())))
            .one(NORTHGRID, ACME)
            .orElseThrow();
    assertEquals(null, r.baselineId());
    assertEquals(30.0, r.score().value(), 1e-9, "the coverage of a hidden baseline never counts");
  }

  @Test
  void anOrganizationThatIsNoSupplierIsNoneAndSnapshotsAreOnePerDay() {
    RiskCalculator c = calculator(Map.of());
    assertTrue(c.one(NORTHGRID, ACME).isEmpty(), "not declared, no notices: no supplier");
    memory.store(new SupplierDependency(NORTHGRID, ACME, "nora", NOW));
    assertEquals(1, c.snapshotAll(NORTHGRID));
    assertEquals(1, c.snapshotAll(NORTHGRID));
    assertEquals(1, memory.snapshots.size(), "the day's snapshot is replaced, not added");
    assertEquals(LocalDate.of(2026, 11, 30), memory.snapshots.get(0).day());
    assertEquals(30, memory.snapshots.get(0).score());
  }
}
