package org.scrmportal.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.scrmportal.platform.DailyCounts;
import org.scrmportal.platform.TlpLevel;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' {@code p:chart} (which ships
 * Chart.js and draws them in the browser): one stacked bar per day, a dataset per series. Built on
 * the server from counts that went through the access policy; the browser only draws them.
 */
final class ArrivalCharts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d");

  /** TLP 2.0's colours (FIRST), AMBER+STRICT a darker amber, CLEAR a grey to be seen on white. */
  private static final Map<TlpLevel, String> TLP_COLOURS =
      Map.of(
          TlpLevel.CLEAR, "#c8c8c8",
          TlpLevel.GREEN, "#33cc00",
          TlpLevel.AMBER, "#ffc000",
          TlpLevel.AMBER_STRICT, "#c98a00",
          TlpLevel.RED, "#ff2b2b");

  /** Colours of the other series, in turn. */
  private static final List<String> PALETTE =
      List.of(
          "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
          "#bcbd22", "#17becf");

  private ArrivalCharts() {}

  /** Arrivals per day by TLP level, least restrictive level first, in the TLP colours. */
  static String byLevel(DailyCounts counts, String title) {
    List<Series> series = new ArrayList<>();
    counts.series().entrySet().stream()
        .sorted(Comparator.comparing(e -> level(e.getKey())))
        .forEach(
            e -> {
              TlpLevel level = level(e.getKey());
              series.add(new Series(level.label(), TLP_COLOURS.get(level), e.getValue()));
            });
    return config(counts, series, title);
  }

  /** Arrivals per day by type, in name order. */
  static String byType(DailyCounts counts, String title) {
    List<Series> series = new ArrayList<>();
    int i = 0;
    for (var e : counts.series().entrySet()) {
      series.add(new Series(e.getKey(), PALETTE.get(i++ % PALETTE.size()), e.getValue()));
    }
    return config(counts, series, title);
  }

  private static TlpLevel level(String name) {
    return TlpLevel.parse(name);
  }

  private record Series(String label, String colour, List<Long> counts) {}

  private static String config(DailyCounts counts, List<Series> series, String title) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    counts.dates().forEach(d -> labels.add(DAY.format(d)));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      s.counts().forEach(data::add);
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", data)
              .add("backgroundColor", s.colour())
              .add("borderColor", "#555555")
              .add("borderWidth", 1));
    }
    JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", "bar")
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
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("x", stacked)
                            .add(
                                "y",
                                Json.createObjectBuilder()
                                    .add("stacked", true)
                                    .add("beginAtZero", true)
                                    .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
            .build();
    // the configuration is written into a script element: no "</script>" may end it early
    return config.toString().replace("<", "\\u003c");
  }
}
