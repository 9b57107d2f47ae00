package org.scrmportal.baseline.attestation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scrmportal.baseline.ControlView;
import org.scrmportal.baseline.oscal.ImplementationStatus;

/**
 * The coverage of one attestation with its gaps in full (label, title, family, what the attestation
 * says), as a whole and per family of the baseline. The arithmetic is {@link Coverage}'s: {@code
 * ratio = (implemented + partial / 2) / (required - notApplicable)}, 1.0 when nothing is left.
 *
 * @param coverage the figures
 * @param gaps every gap, in the baseline's order
 * @param families the same figures per family (the baseline's top groups), in the baseline's order
 */
public record CoverageReport(Coverage coverage, List<Gap> gaps, List<Family> families) {

  public CoverageReport {
    gaps = List.copyOf(gaps);
    families = List.copyOf(families);
  }

  /** The coverage of one family of controls. */
  public record Family(String family, String title, Coverage coverage, List<Gap> gaps) {
    public Family {
      gaps = List.copyOf(gaps);
    }
  }

  /**
   * Computes the coverage of {@code statements} against {@code required} (the baseline
   * publication's controls). Statements about controls the baseline does not require count nowhere.
   */
  public static CoverageReport of(
      long attestationId, long baselineId, List<ControlView> required, List<Statement> statements) {
    Map<String, ImplementationStatus> said = new HashMap<>();
    for (Statement s : statements) {
      said.put(s.controlId(), s.status());
    }
    Tally all = new Tally();
    Map<String, Tally> byFamily = new LinkedHashMap<>();
    Map<String, String> familyTitles = new HashMap<>();
    for (ControlView control : required) {
      String family = Objects.requireNonNullElse(control.family(), "");
      familyTitles.putIfAbsent(family, control.familyTitle());
      Tally familyTally = byFamily.computeIfAbsent(family, f -> new Tally());
      ImplementationStatus status = said.get(control.controlId());
      all.count(control, status);
      familyTally.count(control, status);
    }
    List<Family> families = new ArrayList<>();
    byFamily.forEach(
        (family, tally) ->
            families.add(
                new Family(
                    family,
                    familyTitles.get(family),
                    tally.coverage(attestationId, baselineId),
                    tally.gaps)));
    return new CoverageReport(all.coverage(attestationId, baselineId), all.gaps, families);
  }

  /** {@code (implemented + partial / 2) / (required - notApplicable)}, 1.0 when that is 0/0. */
  public static double ratio(int required, int implemented, int partial, int notApplicable) {
    int denominator = required - notApplicable;
    return denominator == 0 ? 1.0 : (implemented + partial / 2.0) / denominator;
  }

  /** A status for people: "implemented", "partial", "planned", "alternative", "not applicable". */
  public static String label(ImplementationStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static final class Tally {
    int required;
    int implemented;
    int partial;
    int notApplicable;
    final List<Gap> gaps = new ArrayList<>();

    void count(ControlView control, ImplementationStatus status) {
      required++;
      if (status == ImplementationStatus.IMPLEMENTED) {
        implemented++;
        return;
      }
      if (status == ImplementationStatus.NOT_APPLICABLE) {
        notApplicable++;
        return;
      }
      if (status == ImplementationStatus.PARTIAL) {
        partial++;
      }
      gaps.add(
          new Gap(
              control.controlId(),
              control.label(),
              control.title(),
              control.family(),
              control.familyTitle(),
              status));
    }

    Coverage coverage(long attestationId, long baselineId) {
      return new Coverage(
          attestationId,
          baselineId,
          required,
          implemented,
          partial,
          notApplicable,
          ratio(required, implemented, partial, notApplicable),
          gaps.stream().map(Gap::controlId).toList());
    }
  }
}
