package org.scrmportal.baseline.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a STIX object's {@code external_references} (STIX 2.1 section 2.5) say about controls: a
 * reference whose {@code source_name} names a catalog and whose {@code external_id} (or the
 * fragment of its {@code url}) is a control cites that control; a reference of MITRE ATT&CK, CAPEC
 * or CWE carries an external identifier that mapping documents map to controls.
 */
public final class ExternalReferences {

  private static final Pattern ATTACK = Pattern.compile("T\\d{4}(?:\\.\\d{3})?");
  private static final Pattern CAPEC = Pattern.compile("CAPEC-\\d{1,6}");
  private static final Pattern CWE = Pattern.compile("CWE-\\d{1,6}");

  private ExternalReferences() {}

  /** An external identifier of a scheme mapping documents use. */
  public record SchemeId(MappingScheme scheme, String id) {}

  /** What the references of one object say. */
  public record Found(Set<Citations.Citation> citations, Set<SchemeId> schemeIds) {
    public boolean isEmpty() {
      return citations.isEmpty() && schemeIds.isEmpty();
    }
  }

  /** Reads the references of a STIX object's JSON. */
  public static Found of(JsonNode object) {
    Set<Citations.Citation> citations = new LinkedHashSet<>();
    Set<SchemeId> ids = new LinkedHashSet<>();
    for (JsonNode ref : object.path("external_references")) {
      String source = ref.path("source_name").asText("").strip();
      String externalId = ref.path("external_id").asText("").strip();
      if (source.isEmpty()) {
        continue;
      }
      Optional<SchemeId> schemeId = schemeId(source, externalId);
      if (schemeId.isPresent()) {
        ids.add(schemeId.get());
        continue;
      }
      Citations.controlId(externalId)
          .or(() -> Citations.controlInFragment(ref.path("url").asText(null)))
          .ifPresent(control -> citations.add(new Citations.Citation(source, control)));
    }
    return new Found(citations, ids);
  }

  /** The external identifier a reference of {@code source} carries, if of a mapped scheme. */
  public static Optional<SchemeId> schemeId(String source, String externalId) {
    String s = source.toLowerCase(Locale.ROOT);
    String id = externalId.toUpperCase(Locale.ROOT);
    if (s.equals("mitre-attack")
        || s.equals("mitre-mobile-attack")
        || s.equals("mitre-ics-attack")) {
      return ATTACK.matcher(id).matches()
          ? Optional.of(new SchemeId(MappingScheme.ATTACK, id))
          : Optional.empty();
    }
    if (s.equals("capec")) {
      return CAPEC.matcher(id).matches()
          ? Optional.of(new SchemeId(MappingScheme.CAPEC, id))
          : Optional.empty();
    }
    if (s.equals("cwe")) {
      return CWE.matcher(id).matches()
          ? Optional.of(new SchemeId(MappingScheme.CWE, id))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether {@code id} is a valid identifier of {@code scheme}, in its canonical case. */
  static Optional<String> canonical(MappingScheme scheme, String id) {
    String v = id.strip();
    return switch (scheme) {
      case ATTACK -> matches(ATTACK, v.toUpperCase(Locale.ROOT));
      case CAPEC -> matches(CAPEC, v.toUpperCase(Locale.ROOT));
      case CWE -> matches(CWE, v.toUpperCase(Locale.ROOT));
      case STIX -> {
        try {
          yield Optional.of(org.scrmportal.stix.StixId.of(v).value());
        } catch (IllegalArgumentException e) {
          yield Optional.empty();
        }
      }
    };
  }

  private static Optional<String> matches(Pattern p, String v) {
    return p.matcher(v).matches() ? Optional.of(v) : Optional.empty();
  }
}
