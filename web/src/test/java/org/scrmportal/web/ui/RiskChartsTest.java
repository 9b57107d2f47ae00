package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskChartsTest {

  @Test
  void aLinePerSupplierOverTheDaysWithGapsWhereNoSnapshotWasTaken() {
    LocalDate first = LocalDate.parse("2026-03-29");
    Map<String, Map<LocalDate, Integer>> scores = new LinkedHashMap<>();
    scores.put("acme-components", Map.of(first, 72, first.plusDays(2), 65));
    scores.put("northgrid-energy", Map.of(first.plusDays(1), 30));
    JsonObject config =
        Json.createReader(new StringReader(RiskCharts.trend(first, 3, scores, "Trend </script>")))
            .readObject();
    assertEquals("line", config.getString("type"));
    assertEquals(
        List.of("Mar 29", "Mar 30", "Mar 31"),
        config.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString));
    JsonArray datasets = config.getJsonObject("data").getJsonArray("datasets");
    assertEquals(2, datasets.size());
    JsonObject acme = datasets.getJsonObject(0);
    assertEquals("acme-components", acme.getString("label"));
    JsonArray data = acme.getJsonArray("data");
    assertEquals(72, data.getInt(0));
    assertEquals(JsonValue.NULL, data.get(1));
    assertEquals(65, data.getInt(2));
    assertEquals(
        100,
        config.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"));
    assertFalse(RiskCharts.trend(first, 3, scores, "</script>").contains("</"));
    assertTrue(RiskCharts.trend(first, 3, Map.of(), "t").contains("\"datasets\":[]"));
  }
}
