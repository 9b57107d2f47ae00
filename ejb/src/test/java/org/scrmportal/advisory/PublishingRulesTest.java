package org.scrmportal.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Marking;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;

/** The marking of an advisory from its CSAF TLP label, drafts, versions and file names. */
class PublishingRulesTest {

  private static final OrganizationId ACME = new OrganizationId("acme");
  private static final AccessPolicy POLICY = new AccessPolicy();

  private static CsafDocument doc(SampleAdvisories sample) {
    return CsafDocument.of(sample.json());
  }

  /** CSAF 2.0 section 3.2.1.5.2: TLP 1.0 labels; WHITE is TLP:CLEAR in TLP 2.0. */
  @ParameterizedTest
  @CsvSource({"WHITE,CLEAR", "GREEN,GREEN", "AMBER,AMBER", "RED,RED"})
  void theTlpLabelDecidesTheLevel(String label, TlpLevel level) {
    Marking marking =
        PublishingRules.marking(
            doc(SampleAdvisories.advisory().tlp(label)), ACME, null, TlpLevel.AMBER);
    assertEquals(level, marking.level());
    assertEquals(ACME, marking.author());
  }

  @Test
  void withoutALabelTheAskedLevelElseTheOrganizationsDefault() {
    CsafDocument unlabelled = doc(SampleAdvisories.advisory().tlp(null));
    assertEquals(
        TlpLevel.AMBER,
        PublishingRules.marking(unlabelled, ACME, null, TlpLevel.AMBER).level(),
        "never TLP:CLEAR by default");
    assertEquals(
        TlpLevel.GREEN,
        PublishingRules.marking(
                unlabelled,
                ACME,
                new MarkingRequest(TlpLevel.GREEN, Set.of(), Set.of(), Set.of(), null),
                TlpLevel.AMBER)
            .level());
  }

  @Test
  void aLevelContradictingTheLabelIsRefused() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                PublishingRules.marking(
                    doc(SampleAdvisories.advisory().tlp("RED")),
                    ACME,
                    new MarkingRequest(TlpLevel.CLEAR, Set.of(), Set.of(), Set.of(), null),
                    TlpLevel.AMBER));
    assertEquals(DomainException.Kind.INVALID, e.kind());
  }

  @Test
  void amberMayBeNarrowedToAmberStrictWithAnAudience() {
    Marking marking =
        PublishingRules.marking(
            doc(SampleAdvisories.advisory().tlp("AMBER")),
            ACME,
            new MarkingRequest(TlpLevel.AMBER_STRICT, Set.of("grid"), Set.of(), Set.of(), null),
            TlpLevel.AMBER);
    assertEquals(TlpLevel.AMBER_STRICT, marking.level());
    assertEquals(Set.of("grid"), marking.organizations());
  }

  @Test
  void anAudienceThatDoesNotFitClearIsRefused() {
    assertThrows(
        DomainException.class,
        () ->
            PublishingRules.marking(
                doc(SampleAdvisories.advisory().tlp("WHITE")),
                ACME,
                new MarkingRequest(null, Set.of("grid"), Set.of(), Set.of(), null),
                TlpLevel.AMBER));
  }

  /** A draft is for its organization only, whatever its label and audience. */
  @Test
  void aDraftOnlyItsOrganizationPasses() {
    Marking marking =
        PublishingRules.marking(
            doc(SampleAdvisories.advisory().tlp("WHITE").status("draft").version(0)),
            ACME,
            new MarkingRequest(null, Set.of("grid"), Set.of(), Set.of(), null),
            TlpLevel.CLEAR);
    assertTrue(POLICY.permits(new Viewer("a", ACME, Tier.T0, false, Set.of(), false), marking));
    assertFalse(POLICY.permits(Viewer.anonymous(), marking));
    assertFalse(
        POLICY.permits(
            new Viewer("g", new OrganizationId("grid"), Tier.T3, false, Set.of("c"), false),
            marking));
    assertFalse(
        POLICY.permits(
            new Viewer("o", new OrganizationId("ops"), Tier.T3, false, Set.of(), true), marking),
        "operators see no draft's content either");
  }

  @Test
  void aFirstRevisionIsStoredAsIs() {
    assertEquals(
        PublishingRules.Step.FIRST,
        PublishingRules.step(java.util.Optional.empty(), doc(SampleAdvisories.advisory()), "x"));
  }

  @ParameterizedTest
  @CsvSource({
    "1, 2, true",
    "2, 10, true",
    "1.0.0, 1.0.1, true",
    "1.0.0-alpha, 1.0.0, true",
    "1.0.0-alpha, 1.0.0-alpha.1, true",
    "1.0.0-alpha.beta, 1.0.0-beta, true",
    "1.0.0-beta.2, 1.0.0-beta.11, true",
    "1.0.0-rc.1, 1.0.0, true",
    "1.9.0, 1.10.0, true",
    "2, 1, false",
    "1.0.0+build1, 1.0.0+build2, false"
  })
  void versionsCompareByTheirScheme(String lower, String higher, boolean less) {
    assertEquals(less, TrackingVersion.compare(lower, higher) < 0);
  }

  @Test
  void schemesDoNotMix() {
    assertThrows(IllegalArgumentException.class, () -> TrackingVersion.compare("1", "1.0.0"));
  }

  /** CSAF 2.0 section 5.1, its examples. */
  @ParameterizedTest
  @CsvSource({
    "cisco-sa-20190513-secureboot, cisco-sa-20190513-secureboot.json",
    "Example Company - 2019-YH3234, example_company_-_2019-yh3234.json",
    "RHBA-2019:0024, rhba-2019_0024.json",
    "2022_#01-A, 2022_01-a.json"
  })
  void fileNamesFollowSection51(String trackingId, String fileName) {
    assertEquals(fileName, CsafDocument.fileName(trackingId));
  }

  @ParameterizedTest
  @CsvSource({
    "https://Example.COM/, https://example.com",
    "HTTPS://example.com:443/psirt/, https://example.com/psirt",
    "http://example.com:8080, http://example.com:8080"
  })
  void namespacesCompareInNormalForm(String namespace, String normal) {
    assertEquals(normal, Namespaces.normalize(namespace));
  }

  @Test
  void namespacesAreHttpUris() {
    assertThrows(DomainException.class, () -> Namespaces.normalize("urn:example:acme"));
    assertThrows(DomainException.class, () -> Namespaces.normalize("https://example.com/?q=1"));
  }
}
