package org.scrmportal.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The risk page's trend as a Chart.js line chart for PrimeFaces' {@code p:chart} (as the
 * dashboard's {@link ArrivalCharts}): one line per supplier over the days of the window, a gap on
 * days without a snapshot.
 */
final class RiskCharts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d");

  private static final List<String> PALETTE =
      List.of(
          "#d62728", "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
          "#bcbd22", "#17becf");

  private RiskCharts() {}

  /**
   * @param first the first day shown
   * @param days how many days
   * @param scores each supplier's score by day (days without one are gaps)
   */
  static String trend(
      LocalDate first, int days, Map<String, Map<LocalDate, Integer>> scores, String title) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (int i = 0; i < days; i++) {
      labels.add(DAY.format(first.plusDays(i)));
    }
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int n = 0;
    for (var e : scores.entrySet()) {
      Map<LocalDate, Integer> byDay = e.getValue();
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (int i = 0; i < days; i++) {
        Integer score = byDay.get(first.plusDays(i));
        if (score == null) {
          data.addNull();
        } else {
          data.add(score);
        }
      }
      String colour = PALETTE.get(n++ % PALETTE.size());
      datasets.add(
          Json.createObjectBuilder()
              .add("label", e.getKey())
              .add("data", data)
              .add("borderColor", colour)
              .add("backgroundColor", colour)
              .add("spanGaps", true)
              .add("pointRadius", 2));
    }
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", "line")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add(
                                "title",
                                Json.createObjectBuilder().add("display", true).add("text", title))
                            .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                    .add("scales", Json.createObjectBuilder().add("y", yAxis())))
            .build();
    // the configuration is written into a script element: no "</script>" may end it early
    return config.toString().replace("<", "\\u003c");
  }

  private static JsonObjectBuilder yAxis() {
    return Json.createObjectBuilder()
        .add("min", 0)
        .add("max", 100)
        .add("ticks", Json.createObjectBuilder().add("precision", 0));
  }
}
