package org.scrmportal.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A supplier's risk score for one consumer, 0 to 100 (higher is riskier), with its three parts and
 * the lines that explain each ("why 72").
 *
 * @param value the exact score, 0.0 to 100.0
 * @param advisories the part from open advisories
 * @param sightings the part from recent sightings
 * @param coverage the part from the baseline's attested coverage
 */
public record RiskScore(double value, Part advisories, Part sightings, Part coverage) {

  public RiskScore {
    Objects.requireNonNull(advisories, "advisories");
    Objects.requireNonNull(sightings, "sightings");
    Objects.requireNonNull(coverage, "coverage");
  }

  /** The score as shown: the exact value rounded half up to a whole number. */
  public int score() {
    return (int) Math.floor(value + 0.5);
  }

  /** Every explanation line, part by part, after a first line with the sum. */
  public List<String> explanation() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            java.util.Locale.ROOT,
            "Score %d = advisories %.1f + sightings %.1f + coverage %.1f points",
            score(),
            advisories.points(),
            sightings.points(),
            coverage.points()));
    lines.addAll(advisories.explanation());
    lines.addAll(sightings.explanation());
    lines.addAll(coverage.explanation());
    return lines;
  }

  /**
   * One part of the score.
   *
   * @param name its name ({@code advisories}, {@code sightings}, {@code coverage})
   * @param weight the points it carries at most
   * @param value its value, 0.0 to 1.0
   * @param explanation why it has that value
   */
  public record Part(String name, int weight, double value, List<String> explanation) {

    public Part {
      Objects.requireNonNull(name, "name");
      explanation = List.copyOf(explanation);
    }

    /** What it adds to the score: {@code weight × value}. */
    public double points() {
      return weight * value;
    }
  }
}
