package org.scrmportal.platform;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Selection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The shape of a query for {@link DailyCounts}: one row per series, its name first and then one
 * aggregate per day of the frame. The caller adds the access policy's predicate and groups by the
 * series.
 */
public final class DailyCountsQuery {

  private DailyCountsQuery() {}

  /**
   * The series, then for each day of {@code frame} the aggregate {@code perDay} makes of the
   * predicate "added on that day".
   */
  public static List<Selection<?>> select(
      CriteriaBuilder cb,
      Expression<?> series,
      Expression<Instant> added,
      DailyCounts frame,
      Function<Predicate, Expression<?>> perDay) {
    List<Instant> bounds = frame.bounds();
    List<Selection<?>> select = new ArrayList<>(frame.days() + 1);
    select.add(series);
    for (int day = 0; day < frame.days(); day++) {
      select.add(
          perDay.apply(
              cb.and(
                  cb.greaterThanOrEqualTo(added, bounds.get(day)),
                  cb.lessThan(added, bounds.get(day + 1)))));
    }
    return select;
  }

  /** How many rows are added on the day: {@code sum(case when onDay then 1 else 0)}. */
  public static Function<Predicate, Expression<?>> rows(CriteriaBuilder cb) {
    return onDay -> cb.sum(cb.<Long>selectCase().when(onDay, 1L).otherwise(0L));
  }

  /** Added within the frame's days. */
  public static Predicate within(CriteriaBuilder cb, Expression<Instant> added, DailyCounts frame) {
    List<Instant> bounds = frame.bounds();
    return cb.and(
        cb.greaterThanOrEqualTo(added, bounds.get(0)),
        cb.lessThan(added, bounds.get(frame.days())));
  }

  /**
   * The rows of such a query added to {@code frame}; a series of TLP levels is named by {@link
   * TlpLevel#name()}.
   */
  public static DailyCounts counted(DailyCounts frame, List<Tuple> rows) {
    DailyCounts counts = frame;
    for (Tuple row : rows) {
      Object key = row.get(0);
      String name = key instanceof TlpLevel level ? level.name() : String.valueOf(key);
      List<Long> perDay = new ArrayList<>(frame.days());
      for (int day = 0; day < frame.days(); day++) {
        Number n = (Number) row.get(day + 1);
        perDay.add(n == null ? 0L : n.longValue());
      }
      counts = counts.plus(name, perDay);
    }
    return counts;
  }
}
