package org.scrmportal.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;

class MarkingTest {

  private static final OrganizationId ACME = new OrganizationId("acme");

  private static Marking m(
      TlpLevel level, Set<String> orgs, Set<String> communities, Set<String> people, Tier min) {
    return Marking.of(level, ACME, orgs, communities, people, min);
  }

  @Test
  void eachLevelTakesOnlyTheAudienceTlpGivesIt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> m(TlpLevel.CLEAR, Set.of("grid"), Set.of(), Set.of(), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> m(TlpLevel.CLEAR, Set.of(), Set.of(), Set.of(), Tier.T1));
    assertThrows(
        IllegalArgumentException.class,
        () -> m(TlpLevel.GREEN, Set.of("grid"), Set.of(), Set.of(), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> m(TlpLevel.AMBER, Set.of(), Set.of(), Set.of("pat"), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> m(TlpLevel.AMBER_STRICT, Set.of(), Set.of("c"), Set.of(), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> m(TlpLevel.RED, Set.of("grid"), Set.of(), Set.of(), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> m(TlpLevel.AMBER, Set.of("Not An Id"), Set.of(), Set.of(), null));
  }

  @Test
  void narrowingKeepsTheAudienceInsideTheOldOne() {
    Marking amber = m(TlpLevel.AMBER, Set.of("grid", "agency"), Set.of("c1"), Set.of(), null);

    assertTrue(amber.isNarrowedBy(m(TlpLevel.AMBER, Set.of("grid"), Set.of(), Set.of(), null)));
    assertTrue(
        amber.isNarrowedBy(m(TlpLevel.AMBER_STRICT, Set.of("agency"), Set.of(), Set.of(), null)));
    assertTrue(
        amber.isNarrowedBy(
            m(TlpLevel.AMBER, Set.of("grid", "agency"), Set.of("c1"), Set.of(), Tier.T2)));
    assertTrue(
        m(TlpLevel.CLEAR, Set.of(), Set.of(), Set.of(), null)
            .isNarrowedBy(m(TlpLevel.RED, Set.of(), Set.of(), Set.of("pat"), null)));
    assertTrue(
        m(TlpLevel.GREEN, Set.of(), Set.of(), Set.of(), null)
            .isNarrowedBy(m(TlpLevel.GREEN, Set.of(), Set.of("c1"), Set.of(), null)));
  }

  @Test
  void anythingThatMayShowItToSomeoneNewLoosens() {
    Marking amber = m(TlpLevel.AMBER, Set.of("grid"), Set.of(), Set.of(), Tier.T1);

    assertFalse(
        amber.isNarrowedBy(
            m(TlpLevel.AMBER, Set.of("grid", "agency"), Set.of(), Set.of(), Tier.T1)));
    assertFalse(
        amber.isNarrowedBy(m(TlpLevel.AMBER_STRICT, Set.of("agency"), Set.of(), Set.of(), Tier.T1)),
        "a stricter level for a new organization is still news to that organization");
    assertFalse(
        amber.isNarrowedBy(m(TlpLevel.AMBER, Set.of("grid"), Set.of(), Set.of(), null)),
        "minimum tier dropped");
    assertFalse(
        amber.isNarrowedBy(m(TlpLevel.RED, Set.of(), Set.of(), Set.of("pat"), Tier.T1)),
        "named people may be outside the old audience");
    assertFalse(amber.isNarrowedBy(m(TlpLevel.GREEN, Set.of(), Set.of(), Set.of(), Tier.T1)));
    assertFalse(
        m(TlpLevel.GREEN, Set.of(), Set.of("c1"), Set.of(), null)
            .isNarrowedBy(m(TlpLevel.GREEN, Set.of(), Set.of(), Set.of(), null)),
        "a community's GREEN to the whole portal");
  }

  @Test
  void tlpLevelsParseAsWrittenInTlp2() {
    assertTrue(TlpLevel.parse("TLP:AMBER+STRICT") == TlpLevel.AMBER_STRICT);
    assertTrue(TlpLevel.parse("amber_strict") == TlpLevel.AMBER_STRICT);
    assertTrue(TlpLevel.parse("clear") == TlpLevel.CLEAR);
    assertThrows(IllegalArgumentException.class, () -> TlpLevel.parse("WHITE"));
  }
}
