package org.scrmportal.stix.store;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.scrmportal.stix.StixTimestamp;

/**
 * {@code match[version]} (TAXII 2.1 section 3.4.2): any of {@code last}, {@code first}, {@code all}
 * and version timestamps, combined with "or".
 *
 * @param all every version
 * @param first the first version of each object
 * @param last the latest version of each object
 * @param exact these versions
 */
public record VersionMatch(boolean all, boolean first, boolean last, Set<Instant> exact) {

  public static final VersionMatch LAST = new VersionMatch(false, false, true, Set.of());
  public static final VersionMatch ALL = new VersionMatch(true, false, false, Set.of());

  public VersionMatch {
    exact = Set.copyOf(exact);
  }

  static VersionMatch parse(String text) {
    boolean all = false;
    boolean first = false;
    boolean last = false;
    Set<Instant> exact = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String value = part.trim();
      switch (value) {
        case "all" -> all = true;
        case "first" -> first = true;
        case "last" -> last = true;
        default ->
            exact.add(
                StixTimestamp.tryParse(value)
                    .orElseThrow(
                        () ->
                            ObjectQuery.invalid(
                                "match[version] takes first, last, all or timestamps, not '"
                                    + value
                                    + "'"))
                    .instant());
      }
    }
    return new VersionMatch(all, first, last, exact);
  }
}
