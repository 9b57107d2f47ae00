package org.scrmportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyCountsTest {

  private static final LocalDate LAST = LocalDate.parse("2026-03-31");

  @Test
  void theDaysEndWithTheLastAndAreBoundedByUtcMidnights() {
    DailyCounts frame = DailyCounts.none(LAST, 3);
    assertEquals(
        List.of(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-30"), LAST), frame.dates());
    assertEquals(
        List.of(
            Instant.parse("2026-03-29T00:00:00Z"),
            Instant.parse("2026-03-30T00:00:00Z"),
            Instant.parse("2026-03-31T00:00:00Z"),
            Instant.parse("2026-04-01T00:00:00Z")),
        frame.bounds());
  }

  @Test
  void seriesAddUpDayByDay() {
    DailyCounts counts =
        DailyCounts.none(LAST, 3)
            .plus("indicator", List.of(1L, 0L, 2L))
            .plus("malware", List.of(0L, 1L, 0L))
            .plus("indicator", List.of(1L, 1L, 1L));
    assertEquals(
        Map.of("indicator", List.of(2L, 1L, 3L), "malware", List.of(0L, 1L, 0L)), counts.series());
    assertEquals(7, counts.total());
    assertEquals(List.of("indicator", "malware"), List.copyOf(counts.series().keySet()));
  }

  @Test
  void allSeriesSumIntoOneAndNoneStaysNone() {
    DailyCounts levels =
        DailyCounts.none(LAST, 3)
            .plus("GREEN", List.of(1L, 0L, 2L))
            .plus("RED", List.of(0L, 1L, 3L));
    assertEquals(Map.of("advisory", List.of(1L, 1L, 5L)), levels.summedAs("advisory").series());
    assertEquals(Map.of(), DailyCounts.none(LAST, 3).summedAs("advisory").series());
  }

  @Test
  void countsOfOtherDaysOrLengthsAreRefused() {
    DailyCounts counts = DailyCounts.none(LAST, 3);
    assertThrows(IllegalArgumentException.class, () -> counts.plus("x", List.of(1L)));
    assertThrows(
        IllegalArgumentException.class, () -> counts.plus(DailyCounts.none(LAST.minusDays(1), 3)));
    assertThrows(IllegalArgumentException.class, () -> DailyCounts.none(LAST, 0));
  }
}
