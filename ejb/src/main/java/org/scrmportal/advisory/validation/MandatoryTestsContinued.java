package org.scrmportal.advisory.validation;

import java.util.List;

/** The tests 6.1.17 to 6.1.33 (with every profile test of 6.1.27) of CSAF 2.0. */
public final class MandatoryTestsContinued {

  private static final List<CsafTest> ALL =
      List.of(
          new DocumentStatusDraft(),
          new ReleasedRevisionHistory(),
          new PreReleaseRevisionHistoryEntries(),
          new NonDraftDocumentVersion(),
          new MissingItemInRevisionHistory(),
          new MultipleDefinitionInRevisionHistory(),
          new MultipleUseOfSameCve(),
          new MultipleDefinitionInInvolvements(),
          new MultipleUseOfSameHashAlgorithm(),
          new ProhibitedDocumentCategoryName(),
          new ProfileDocumentNotes(),
          new ProfileDocumentReferences(),
          new ProfileNoVulnerabilities(),
          new ProfileProductTree(),
          new ProfileVulnerabilityNotes(),
          new ProfileProductStatus(),
          new ProfileVexProductStatus(),
          new ProfileVulnerabilityId(),
          new ProfileImpactStatement(),
          new ProfileActionStatement(),
          new ProfileVulnerabilities(),
          new Translation(),
          new RemediationWithoutProductReference(),
          new MixedIntegerAndSemanticVersioning(),
          new VersionRangeInProductVersion(),
          new FlagWithoutProductReference(),
          new MultipleFlagsWithVexJustificationCodes());

  private MandatoryTestsContinued() {}

  /** Every test of this group, in the order of the specification. */
  public static List<CsafTest> all() {
    return ALL;
  }
}
