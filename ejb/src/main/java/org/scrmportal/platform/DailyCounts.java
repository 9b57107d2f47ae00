package org.scrmportal.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many things arrived on each of a run of consecutive days (UTC), per series (a STIX type, a
 * TLP level, ...): what the dashboard's charts show. The counts come from queries that went through
 * the access policy; this is only their shape.
 *
 * @param first the first day
 * @param days how many days, at least one
 * @param series the count of each day, per series name, in name order
 */
public record DailyCounts(LocalDate first, int days, Map<String, List<Long>> series) {

  public DailyCounts {
    Objects.requireNonNull(first, "first");
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, not " + days);
    }
    TreeMap<String, List<Long>> copy = new TreeMap<>();
    series.forEach(
        (name, counts) -> {
          if (counts.size() != days) {
            throw new IllegalArgumentException(
                name + " has " + counts.size() + " counts for " + days + " days");
          }
          copy.put(name, List.copyOf(counts));
        });
    series = Collections.unmodifiableMap(copy);
  }

  /** No arrivals on the {@code days} days up to and including {@code last}. */
  public static DailyCounts none(LocalDate last, int days) {
    return new DailyCounts(last.minusDays(days - 1L), days, Map.of());
  }

  /**
   * The {@code days + 1} instants that bound the days, from the start of the first day to the end
   * of the last (UTC midnights): day {@code i} is {@code [bounds[i], bounds[i+1])}.
   */
  public List<Instant> bounds() {
    List<Instant> bounds = new ArrayList<>(days + 1);
    for (int i = 0; i <= days; i++) {
      bounds.add(first.plusDays(i).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    return bounds;
  }

  /** The days, oldest first. */
  public List<LocalDate> dates() {
    return first.datesUntil(first.plusDays(days)).toList();
  }

  /** These counts with {@code counts} of the series {@code name} added. */
  public DailyCounts plus(String name, List<Long> counts) {
    return plus(new DailyCounts(first, days, Map.of(name, counts)));
  }

  /** The sum of these counts and {@code other}'s, series by series; the days must be the same. */
  public DailyCounts plus(DailyCounts other) {
    if (!first.equals(other.first) || days != other.days) {
      throw new IllegalArgumentException("counts of other days: " + other.first + "+" + other.days);
    }
    TreeMap<String, List<Long>> sum = new TreeMap<>(series);
    other.series.forEach(
        (name, counts) ->
            sum.merge(
                name,
                counts,
                (a, b) -> {
                  List<Long> added = new ArrayList<>(days);
                  for (int i = 0; i < days; i++) {
                    added.add(a.get(i) + b.get(i));
                  }
                  return added;
                }));
    return new DailyCounts(first, days, sum);
  }

  /** These counts as the one series {@code name}: every series summed day by day. */
  public DailyCounts summedAs(String name) {
    DailyCounts sum = new DailyCounts(first, days, Map.of());
    for (List<Long> counts : series.values()) {
      sum = sum.plus(name, counts);
    }
    return sum;
  }

  /** The total over all days and series. */
  public long total() {
    return series.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
  }
}
