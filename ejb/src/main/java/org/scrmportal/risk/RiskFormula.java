package org.scrmportal.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a supplier's risk score is computed: a pure function of {@link RiskInputs}, every constant
 * here (docs/RISK.md and the README's "How a supplier's risk score is computed" say the same).
 *
 * <pre>
 * score = 50·A + 20·S + 30·C                         (0..100, higher = riskier)
 *
 * A = 1 − Π over vulnerabilities v (1 − w_v · s_v)   advisories
 *     s_v = highest CVSS base score of v / 10        (no score: 5.0)
 *     s_v ← s_v + (1 − s_v) · 0.5 when the advisory states known exploitation
 *     w_v = 1.0 if some notice says AFFECTED, else 0.5 (POSSIBLY_AFFECTED)
 * S = 1 − (1 − 0.25)^n                               n sightings in the last 30 days
 * C = 1 − coverage                                   no baseline or no visible attestation: 1
 * </pre>
 *
 * <p>Several notices about one vulnerability (several products of the consumer, or several
 * documents of the supplier) make one term: its highest weight, score and any exploitation.
 */
public final class RiskFormula {

  /** Points of the advisories part. */
  public static final int ADVISORIES_WEIGHT = 50;

  /** Points of the sightings part. */
  public static final int SIGHTINGS_WEIGHT = 20;

  /** Points of the coverage part. */
  public static final int COVERAGE_WEIGHT = 30;

  /** The CVSS base score assumed where an advisory gives a vulnerability none (CVSS "medium"). */
  public static final double DEFAULT_CVSS = 5.0;

  /** Known exploitation closes this share of the gap between a severity and 1. */
  public static final double EXPLOITATION_RAISE = 0.5;

  /** The weight of an AFFECTED notice. */
  public static final double AFFECTED_WEIGHT = 1.0;

  /** The weight of a POSSIBLY_AFFECTED notice (the version did not compare). */
  public static final double POSSIBLY_AFFECTED_WEIGHT = 0.5;

  /** What each sighting adds, as a share of what is left: {@code S = 1 − (1 − 0.25)^n}. */
  public static final double SIGHTING_STEP = 0.25;

  /** Days a sighting counts for. */
  public static final int SIGHTING_DAYS = 30;

  /** Days of history the trend shows. */
  public static final int HISTORY_DAYS = 90;

  /** Gaps named in the explanation at most. */
  static final int GAPS_SHOWN = 10;

  private RiskFormula() {}

  /** The score of one supplier for one consumer. */
  public static RiskScore score(RiskInputs inputs) {
    return new RiskScore(
        ADVISORIES_WEIGHT * advisoriesValue(inputs)
            + SIGHTINGS_WEIGHT * sightingsValue(inputs)
            + COVERAGE_WEIGHT * coverageValue(inputs),
        advisories(inputs),
        sightings(inputs),
        coverage(inputs));
  }

  /** One term of the advisories part: one vulnerability, from all its notices. */
  record Term(
      String vulnerability,
      double weight,
      Double cvss,
      String cvssSource,
      String exploitation,
      List<String> advisories,
      List<String> products) {

    double severity() {
      double s = (cvss == null ? DEFAULT_CVSS : cvss) / 10.0;
      return exploitation == null ? s : s + (1 - s) * EXPLOITATION_RAISE;
    }

    double value() {
      return weight * severity();
    }
  }

  static List<Term> terms(List<RiskInputs.Finding> findings) {
    Map<String, List<RiskInputs.Finding>> byVulnerability = new LinkedHashMap<>();
    for (RiskInputs.Finding f : findings) {
      byVulnerability.computeIfAbsent(f.vulnerability(), k -> new ArrayList<>()).add(f);
    }
    List<Term> terms = new ArrayList<>();
    byVulnerability.forEach(
        (vulnerability, fs) -> {
          double weight = 0;
          Double cvss = null;
          String source = null;
          String exploitation = null;
          List<String> advisories = new ArrayList<>();
          List<String> products = new ArrayList<>();
          for (RiskInputs.Finding f : fs) {
            weight =
                Math.max(
                    weight,
                    f.outcome() == RiskInputs.Outcome.AFFECTED
                        ? AFFECTED_WEIGHT
                        : POSSIBLY_AFFECTED_WEIGHT);
            if (f.cvss() != null && (cvss == null || f.cvss() > cvss)) {
              cvss = f.cvss();
              source = f.cvssSource();
            }
            if (exploitation == null && f.exploitation() != null) {
              exploitation = f.exploitation();
            }
            if (!advisories.contains(f.trackingId())) {
              advisories.add(f.trackingId());
            }
            if (f.product() != null && !products.contains(f.product())) {
              products.add(f.product());
            }
          }
          terms.add(
              new Term(vulnerability, weight, cvss, source, exploitation, advisories, products));
        });
    terms.sort(Comparator.comparingDouble(Term::value).reversed());
    return terms;
  }

  static double advisoriesValue(RiskInputs inputs) {
    double safe = 1;
    for (Term t : terms(inputs.findings())) {
      safe *= 1 - t.value();
    }
    return 1 - safe;
  }

  static double sightingsValue(RiskInputs inputs) {
    return 1 - Math.pow(1 - SIGHTING_STEP, inputs.sightings().size());
  }

  static double coverageValue(RiskInputs inputs) {
    return inputs.coverage() instanceof RiskInputs.Attested a ? 1 - a.ratio() : 1;
  }

  private static RiskScore.Part advisories(RiskInputs inputs) {
    List<Term> terms = terms(inputs.findings());
    double value = advisoriesValue(inputs);
    List<String> lines = new ArrayList<>();
    if (terms.isEmpty()) {
      lines.add(
          "Advisories: no open notice of an advisory of "
              + inputs.supplier()
              + " that you may see affects a product you run: 0 of "
              + ADVISORIES_WEIGHT
              + " points.");
    } else {
      lines.add(
          format(
              "Advisories: %d vulnerabilit%s in open notices, 1 − Π(1 − weight × severity) = %.3f"
                  + " → %.1f of %d points:",
              terms.size(),
              terms.size() == 1 ? "y" : "ies",
              value,
              value * ADVISORIES_WEIGHT,
              ADVISORIES_WEIGHT));
      for (Term t : terms) {
        lines.add(
            format(
                "- %s (%s) on %s: %s%s, %s → %.2f × %.3f = %.3f",
                t.vulnerability(),
                String.join(", ", t.advisories()),
                t.products().isEmpty() ? "your products" : String.join(", ", t.products()),
                t.cvss() == null
                    ? format("no CVSS score given, %.1f assumed", DEFAULT_CVSS)
                    : format(
                        "CVSS %.1f%s",
                        t.cvss(), t.cvssSource() == null ? "" : " (" + t.cvssSource() + ")"),
                t.exploitation() == null
                    ? ", no known exploitation stated"
                    : ", known exploitation stated (\"" + cut(t.exploitation(), 120) + "\")",
                t.weight() == AFFECTED_WEIGHT
                    ? "affected (weight 1.0)"
                    : format("possibly affected (weight %.1f)", t.weight()),
                t.weight(),
                t.severity(),
                t.value()));
      }
    }
    return new RiskScore.Part("advisories", ADVISORIES_WEIGHT, value, lines);
  }

  private static RiskScore.Part sightings(RiskInputs inputs) {
    int n = inputs.sightings().size();
    double value = sightingsValue(inputs);
    List<String> lines = new ArrayList<>();
    if (n == 0) {
      lines.add(
          format(
              "Sightings: none in the last %d days of an indicator naming a CVE of these"
                  + " advisories: 0 of %d points.",
              SIGHTING_DAYS, SIGHTINGS_WEIGHT));
    } else {
      lines.add(
          format(
              "Sightings: %d in the last %d days, 1 − (1 − %.2f)^%d = %.3f → %.1f of %d points:",
              n,
              SIGHTING_DAYS,
              SIGHTING_STEP,
              n,
              value,
              value * SIGHTINGS_WEIGHT,
              SIGHTINGS_WEIGHT));
      for (RiskInputs.Sighting s : inputs.sightings()) {
        lines.add(
            "- "
                + s.sightingId()
                + " of indicator \""
                + cut(s.indicatorName() == null ? s.indicatorId() : s.indicatorName(), 120)
                + "\""
                + (s.because() == null ? "" : " (names " + s.because() + ")")
                + (s.seen() == null ? "" : ", seen " + s.seen()));
      }
    }
    return new RiskScore.Part("sightings", SIGHTINGS_WEIGHT, value, lines);
  }

  private static RiskScore.Part coverage(RiskInputs inputs) {
    double value = coverageValue(inputs);
    List<String> lines = new ArrayList<>();
    if (inputs.coverage() instanceof RiskInputs.Attested a) {
      lines.add(
          format(
              "Coverage: attestation %d of %s against %s covers %.1f%% (%d implemented, %d"
                  + " partial, %d not applicable of %d required), 1 − %.3f = %.3f → %.1f of %d"
                  + " points.",
              a.attestationId(),
              inputs.supplier(),
              a.baseline(),
              a.ratio() * 100,
              a.implemented(),
              a.partial(),
              a.notApplicable(),
              a.required(),
              a.ratio(),
              value,
              value * COVERAGE_WEIGHT,
              COVERAGE_WEIGHT));
      if (!a.gaps().isEmpty()) {
        lines.add(
            "- gaps: "
                + String.join(", ", a.gaps().subList(0, Math.min(GAPS_SHOWN, a.gaps().size())))
                + (a.gaps().size() > GAPS_SHOWN
                    ? " and " + (a.gaps().size() - GAPS_SHOWN) + " more"
                    : ""));
      }
    } else if (inputs.coverage() instanceof RiskInputs.NoAttestation n) {
      lines.add(
          format(
              "Coverage: no attestation of %s against %s that you may see: no coverage,"
                  + " 1 − 0 = 1 → %d of %d points.",
              inputs.supplier(), n.baseline(), COVERAGE_WEIGHT, COVERAGE_WEIGHT));
    } else {
      lines.add(
          format(
              "Coverage: you chose no baseline, so no attestation counts: no coverage,"
                  + " 1 − 0 = 1 → %d of %d points.",
              COVERAGE_WEIGHT, COVERAGE_WEIGHT));
    }
    return new RiskScore.Part("coverage", COVERAGE_WEIGHT, value, lines);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
