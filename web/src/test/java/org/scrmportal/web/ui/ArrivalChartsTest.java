package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrmportal.platform.DailyCounts;

class ArrivalChartsTest {

  private static final LocalDate LAST = LocalDate.parse("2026-03-31");

  private static JsonObject parse(String config) {
    return Json.createReader(new StringReader(config)).readObject();
  }

  @Test
  void theLevelChartIsAStackedBarPerDayWithTheTlpLevelsInOrderAndColour() {
    DailyCounts counts =
        DailyCounts.none(LAST, 3)
            .plus("RED", List.of(0L, 0L, 1L))
            .plus("CLEAR", List.of(2L, 0L, 0L))
            .plus("AMBER_STRICT", List.of(0L, 3L, 0L));
    JsonObject config = parse(ArrivalCharts.byLevel(counts, "By TLP"));
    assertEquals("bar", config.getString("type"));
    assertEquals(
        List.of("Mar 29", "Mar 30", "Mar 31"),
        config.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString));
    JsonArray datasets = config.getJsonObject("data").getJsonArray("datasets");
    assertEquals(
        List.of("TLP:CLEAR", "TLP:AMBER+STRICT", "TLP:RED"),
        datasets.getValuesAs(JsonObject.class).stream().map(d -> d.getString("label")).toList(),
        "least restrictive first");
    assertEquals(
        List.of(0, 3, 0),
        datasets.getJsonObject(1).getJsonArray("data").stream()
            .map(v -> Integer.parseInt(v.toString()))
            .toList());
    assertEquals("#ff2b2b", datasets.getJsonObject(2).getString("backgroundColor"));
    JsonObject scales = config.getJsonObject("options").getJsonObject("scales");
    assertTrue(scales.getJsonObject("x").getBoolean("stacked"));
    assertTrue(scales.getJsonObject("y").getBoolean("stacked"));
    assertEquals(
        "By TLP",
        config
            .getJsonObject("options")
            .getJsonObject("plugins")
            .getJsonObject("title")
            .getString("text"));
  }

  @Test
  void theTypeChartHasADatasetPerTypeAndNoDaysLost() {
    DailyCounts counts =
        DailyCounts.none(LAST, 30)
            .plus("indicator", java.util.Collections.nCopies(30, 1L))
            .plus("csaf-advisory", java.util.Collections.nCopies(30, 2L));
    JsonObject config = parse(ArrivalCharts.byType(counts, "By type"));
    assertEquals(30, config.getJsonObject("data").getJsonArray("labels").size());
    JsonArray datasets = config.getJsonObject("data").getJsonArray("datasets");
    assertEquals(
        List.of("csaf-advisory", "indicator"),
        datasets.getValuesAs(JsonObject.class).stream().map(d -> d.getString("label")).toList());
    assertEquals(30, datasets.getJsonObject(0).getJsonArray("data").size());
  }

  @Test
  void nothingInTheConfigurationCanEndItsScriptElement() {
    DailyCounts counts = DailyCounts.none(LAST, 1).plus("x", List.of(1L));
    String config = ArrivalCharts.byType(counts, "</script><script>alert(1)</script>");
    assertFalse(config.contains("<"), config);
    assertEquals(
        "</script><script>alert(1)</script>",
        parse(config)
            .getJsonObject("options")
            .getJsonObject("plugins")
            .getJsonObject("title")
            .getString("text"),
        "the same text once parsed");
  }
}
