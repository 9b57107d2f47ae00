package org.scrmportal.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;
import org.scrmportal.access.Marking;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.identity.People;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;

/**
 * A marking on the wire: {@code tlp} is {@code CLEAR}, {@code GREEN}, {@code AMBER}, {@code
 * AMBER+STRICT} or {@code RED}; the audience lists organization ids, community ids and people by
 * user name (the portal keeps them by subject; a person no one has signed in as yet shows as
 * {@value People#NOT_SEEN_YET}); {@code minTier} is {@code T0} to {@code T3}. {@code author} is the
 * author organization, set by the portal from the caller: ignored on input.
 */
public record MarkingView(
    @NotBlank(message = "tlp is required")
        @Pattern(regexp = TlpLevel.PATTERN, message = "tlp must be a TLP 2.0 level")
        String tlp,
    String author,
    @Size(max = 100, message = "at most 100 organizations") Set<String> organizations,
    @Size(max = 100, message = "at most 100 communities") Set<String> communities,
    @Size(max = 100, message = "at most 100 people") Set<String> people,
    @Pattern(regexp = "T[0-3]", message = "minTier must be T0, T1, T2 or T3") String minTier) {

  /** The marking on the wire, its people by user name. */
  static MarkingView of(Marking m, People people) {
    Set<String> names = new TreeSet<>(people.usernames(m.people()).values());
    return new MarkingView(
        m.level().label().replaceFirst("^TLP:", ""),
        m.author().value(),
        new TreeSet<>(m.organizations()),
        new TreeSet<>(m.communities()),
        names,
        m.minTier() == null ? null : m.minTier().name());
  }

  MarkingRequest toRequest() {
    return new MarkingRequest(
        TlpLevel.parse(tlp),
        organizations,
        communities,
        people,
        minTier == null ? null : Tier.fromClaim(minTier));
  }

  /**
   * An audience given as query parameters ({@code tlp}, {@code organization}, {@code community},
   * {@code person}, {@code minTier}) beside an uploaded document; null when none is given.
   */
  static MarkingRequest fromQuery(
      String tlp,
      Set<String> organizations,
      Set<String> communities,
      Set<String> people,
      String minTier) {
    if (tlp == null
        && isEmpty(organizations)
        && isEmpty(communities)
        && isEmpty(people)
        && minTier == null) {
      return null;
    }
    return new MarkingRequest(
        tlp == null ? null : TlpLevel.parse(tlp),
        organizations,
        communities,
        people,
        minTier == null ? null : Tier.fromClaim(minTier));
  }

  private static boolean isEmpty(Set<String> values) {
    return values == null || values.isEmpty();
  }
}
