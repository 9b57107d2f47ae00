package org.scrmportal.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sightings part's reading of STIX 2.1 objects, pure: which sightings (section 5.2) are recent,
 * and which indicators (section 4.7) are related to a supplier.
 *
 * <ul>
 *   <li>A sighting counts once (its newest version the consumer may see), when it is of an
 *       indicator ({@code sighting_of_ref} is an {@code indicator--} id) and was seen in the
 *       window: its {@code last_seen}, else {@code first_seen}, else {@code created}, at or after
 *       the start of the window.
 *   <li>An indicator is related to a supplier when one of its {@code external_references} has as
 *       {@code external_id} a CVE id (any {@code source_name}, case ignored) of an open notice of
 *       the supplier's advisories in the consumer's inbox.
 * </ul>
 */
public final class StixEvidence {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");

  /** A recent sighting of an indicator. */
  public record SightingFact(String id, String indicatorId, Instant seen) {}

  /** An indicator: its name and the CVE ids its external references name. */
  public record IndicatorFact(String id, String name, Set<String> cves) {}

  private StixEvidence() {}

  /** The sightings seen at or after {@code since}, newest version of each, newest seen first. */
  public static List<SightingFact> sightings(
      List<StixEvidenceRepository.StixVersion> versions, Instant since) {
    Map<String, StixEvidenceRepository.StixVersion> newest = newest(versions);
    List<SightingFact> facts = new ArrayList<>();
    for (StixEvidenceRepository.StixVersion v : newest.values()) {
      Optional<JsonNode> json = parse(v.json());
      if (json.isEmpty()) {
        continue;
      }
      String of = json.get().path("sighting_of_ref").asText("");
      Instant seen =
          instant(json.get(), "last_seen")
              .or(() -> instant(json.get(), "first_seen"))
              .or(() -> instant(json.get(), "created"))
              .orElse(null);
      if (of.startsWith("indicator--") && seen != null && !seen.isBefore(since)) {
        facts.add(new SightingFact(v.objectId(), of, seen));
      }
    }
    facts.sort(Comparator.comparing(SightingFact::seen).reversed().thenComparing(SightingFact::id));
    return facts;
  }

  /** The indicators by id, newest version of each. */
  public static Map<String, IndicatorFact> indicators(
      List<StixEvidenceRepository.StixVersion> versions) {
    Map<String, IndicatorFact> facts = new HashMap<>();
    for (StixEvidenceRepository.StixVersion v : newest(versions).values()) {
      parse(v.json())
          .ifPresent(
              json -> {
                Set<String> cves = new LinkedHashSet<>();
                for (JsonNode ref : json.path("external_references")) {
                  String id = ref.path("external_id").asText("").strip().toUpperCase(Locale.ROOT);
                  if (CVE.matcher(id).matches()) {
                    cves.add(id);
                  }
                }
                facts.put(
                    v.objectId(),
                    new IndicatorFact(
                        v.objectId(), json.path("name").asText(v.objectId()), Set.copyOf(cves)));
              });
    }
    return facts;
  }

  /** The sightings of indicators that name one of {@code cves}, as the formula takes them. */
  public static List<RiskInputs.Sighting> related(
      List<SightingFact> sightings,
      Map<String, IndicatorFact> indicators,
      Collection<String> cves) {
    Set<String> wanted = new LinkedHashSet<>();
    cves.forEach(c -> wanted.add(c.toUpperCase(Locale.ROOT)));
    List<RiskInputs.Sighting> related = new ArrayList<>();
    for (SightingFact s : sightings) {
      IndicatorFact indicator = indicators.get(s.indicatorId());
      if (indicator == null) {
        continue;
      }
      indicator.cves().stream()
          .filter(wanted::contains)
          .sorted()
          .findFirst()
          .ifPresent(
              cve ->
                  related.add(
                      new RiskInputs.Sighting(
                          s.id(), indicator.id(), indicator.name(), s.seen(), cve)));
    }
    return related;
  }

  private static Map<String, StixEvidenceRepository.StixVersion> newest(
      List<StixEvidenceRepository.StixVersion> versions) {
    Map<String, StixEvidenceRepository.StixVersion> newest = new HashMap<>();
    for (StixEvidenceRepository.StixVersion v : versions) {
      newest.merge(v.objectId(), v, (a, b) -> b.version().isAfter(a.version()) ? b : a);
    }
    return newest;
  }

  private static Optional<JsonNode> parse(String json) {
    try {
      return json == null ? Optional.empty() : Optional.of(JSON.readTree(json));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> instant(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.asText()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
