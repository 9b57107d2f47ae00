package org.scrmportal.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.scrmportal.stix.pattern.StixPatternChecker;
import org.scrmportal.stix.schema.StixSchemas;

/**
 * Validates one STIX object of a bundle and collects every error: its official JSON schema, its
 * STIX pattern, and the rules of STIX 2.1 that the schemas cannot express. Stateless apart from the
 * compiled schemas and the pattern checker it shares; thread-safe.
 */
final class ObjectValidator {

  /** Pairs of timestamps of one type, earlier first, and whether they may be equal. */
  private record TimeOrder(String earlier, String later, boolean mayBeEqual, String section) {}

  private static final Map<String, List<TimeOrder>> TIME_ORDERS =
      Map.of(
          "indicator", List.of(new TimeOrder("valid_from", "valid_until", false, "4.7")),
          "campaign", List.of(new TimeOrder("first_seen", "last_seen", true, "4.2")),
          "infrastructure", List.of(new TimeOrder("first_seen", "last_seen", true, "4.8")),
          "intrusion-set", List.of(new TimeOrder("first_seen", "last_seen", true, "4.9")),
          "malware", List.of(new TimeOrder("first_seen", "last_seen", true, "4.11")),
          "observed-data", List.of(new TimeOrder("first_observed", "last_observed", true, "4.14")),
          "threat-actor", List.of(new TimeOrder("first_seen", "last_seen", true, "4.17")),
          "sighting", List.of(new TimeOrder("first_seen", "last_seen", true, "5.2")));

  /** References whose target type the specification fixes, for every object. */
  private static final Map<String, RefRule> COMMON_REFS =
      Map.of(
          "created_by_ref", ref("3.2", "identity"),
          "object_marking_refs", ref("7.2.2", "marking-definition"));

  /** References whose target type the specification fixes, by object type. */
  private static final Map<String, Map<String, RefRule>> TYPED_REFS = typedRefs();

  private record RefRule(Set<String> types, String section) {}

  private final StixSchemas schemas;
  private final StixPatternChecker patterns;

  ObjectValidator(StixSchemas schemas, StixPatternChecker patterns) {
    this.schemas = schemas;
    this.patterns = patterns;
  }

  /**
   * Every error of the object at {@code index}.
   *
   * @param knownMarking whether a marking-definition id is known: TLP, or defined in the same
   *     bundle
   */
  List<StixError> validate(int index, ObjectNode object, Predicate<StixId> knownMarking) {
    Errors errors = new Errors(index, Optional.ofNullable(object.path("id").textValue()));
    String type = object.path("type").textValue();
    for (StixSchemas.Violation v : schemas.validate(type, object)) {
      errors.add(
          StixError.Kind.SCHEMA, v.pointer(), "schema " + schemaName(type) + ": " + v.message());
    }
    checkIdentifier(object, type, errors);
    checkSpecVersion(object, errors);
    checkCreatedModified(object, errors);
    checkTimeOrder(object, type, errors);
    checkReferences(object, "", errors);
    checkReferenceTypes(object, type, errors);
    checkMarkingsKnown(object, knownMarking, errors);
    checkPattern(object, type, errors);
    return errors.list;
  }

  private String schemaName(String type) {
    return type != null && schemas.types().contains(type) ? type : "core (custom object)";
  }

  /**
   * The {@code id} is an identifier (STIX 2.1 section 2.9) whose object-type part is exactly the
   * object's {@code type} (section 2.9: "object-type is the exact value ... from the type
   * property").
   */
  private void checkIdentifier(ObjectNode object, String type, Errors errors) {
    JsonNode id = object.get("id");
    if (id == null || !id.isTextual()) {
      return; // the schema reports a missing or non-string id
    }
    Optional<String> problem = StixId.problem(id.textValue());
    if (problem.isPresent()) {
      errors.add(StixError.Kind.IDENTIFIER, "/id", problem.get());
    } else if (type != null && !StixId.of(id.textValue()).isOfType(type)) {
      errors.add(
          StixError.Kind.IDENTIFIER,
          "/id",
          "id '"
              + id.textValue()
              + "' must start with the object's type '"
              + type
              + "--' (STIX 2.1 section 2.9)");
    }
  }

  /**
   * {@code spec_version}, where present, is {@code 2.1} for objects of this specification (section
   * 3.2).
   */
  private void checkSpecVersion(ObjectNode object, Errors errors) {
    JsonNode specVersion = object.get("spec_version");
    if (specVersion != null
        && specVersion.isTextual()
        && !Stix.SPEC_VERSION.equals(specVersion.textValue())) {
      errors.add(
          StixError.Kind.SPEC_VERSION,
          "/spec_version",
          "spec_version is '"
              + specVersion.textValue()
              + "'; this portal reads STIX 2.1 content only, spec_version must be 2.1 (STIX 2.1 section 3.2)");
    }
  }

  /**
   * {@code created} and {@code modified} are real timestamps (section 2.15), and {@code modified}
   * is later than or equal to {@code created} (section 3.2).
   */
  private void checkCreatedModified(ObjectNode object, Errors errors) {
    Optional<StixTimestamp> created = timestamp(object, "created", errors);
    Optional<StixTimestamp> modified = timestamp(object, "modified", errors);
    if (created.isPresent() && modified.isPresent() && modified.get().isBefore(created.get())) {
      errors.add(
          StixError.Kind.TIMESTAMP_ORDER,
          "/modified",
          "modified ("
              + modified.get()
              + ") is before created ("
              + created.get()
              + "); it must be later than or equal to created (STIX 2.1 section 3.2)");
    }
  }

  /**
   * Time windows in order: an indicator's {@code valid_until} later than its {@code valid_from}
   * (section 4.7); {@code last_seen} not before {@code first_seen} for campaigns (4.2),
   * infrastructure (4.8), intrusion sets (4.9), malware (4.11), threat actors (4.17) and sightings
   * (5.2); {@code last_observed} not before {@code first_observed} for observed data (4.14).
   */
  private void checkTimeOrder(ObjectNode object, String type, Errors errors) {
    for (TimeOrder order : TIME_ORDERS.getOrDefault(type, List.of())) {
      Optional<StixTimestamp> earlier = timestamp(object, order.earlier(), errors);
      Optional<StixTimestamp> later = timestamp(object, order.later(), errors);
      if (earlier.isEmpty() || later.isEmpty()) {
        continue;
      }
      boolean wrong =
          order.mayBeEqual()
              ? later.get().isBefore(earlier.get())
              : !later.get().isAfter(earlier.get());
      if (wrong) {
        errors.add(
            StixError.Kind.TIMESTAMP_ORDER,
            "/" + order.later(),
            order.later()
                + " ("
                + later.get()
                + ") must be "
                + (order.mayBeEqual() ? "later than or equal to " : "later than ")
                + order.earlier()
                + " ("
                + earlier.get()
                + ") (STIX 2.1 section "
                + order.section()
                + ")");
      }
    }
  }

  private Optional<StixTimestamp> timestamp(ObjectNode object, String name, Errors errors) {
    JsonNode value = object.get(name);
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    Optional<StixTimestamp> parsed = StixTimestamp.tryParse(value.textValue());
    if (parsed.isEmpty()
        && StixTimestamp.hasTimestampShape(value.textValue())
        && errors.reportOnce(name)) {
      errors.add(
          StixError.Kind.TIMESTAMP,
          "/" + name,
          "'"
              + value.textValue()
              + "' is not a real date and time (STIX 2.1 section 2.15, RFC 3339)");
    }
    return parsed;
  }

  /**
   * Every property named {@code *_ref} holds an identifier, and every {@code *_refs} a list of
   * them, at any depth (section 2.9; the {@code _ref}/{@code _refs} suffixes are reserved for
   * references).
   */
  private void checkReferences(JsonNode node, String pointer, Errors errors) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        String here = pointer + "/" + escape(name);
        JsonNode value = field.getValue();
        if (name.endsWith("_ref") && value.isTextual()) {
          StixId.problem(value.textValue())
              .ifPresent(p -> errors.add(StixError.Kind.IDENTIFIER, here, name + ": " + p));
        } else if (name.endsWith("_refs") && value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isTextual()) {
              String at = here + "/" + i;
              StixId.problem(item.textValue())
                  .ifPresent(p -> errors.add(StixError.Kind.IDENTIFIER, at, name + ": " + p));
            }
          }
        } else {
          checkReferences(value, here, errors);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkReferences(node.get(i), pointer + "/" + i, errors);
      }
    }
  }

  /**
   * References point to objects of the type the specification fixes: {@code created_by_ref} to an
   * identity (3.2), {@code object_marking_refs} and granular {@code marking_ref} to marking
   * definitions (7.2.2, 7.2.3), and the typed references of the SDOs, SROs and SCOs (e.g. a
   * sighting's {@code where_sighted_refs} to identities or locations, 5.2; an email message's
   * {@code from_ref} to an email address, 6.6).
   */
  private void checkReferenceTypes(ObjectNode object, String type, Errors errors) {
    for (Map.Entry<String, RefRule> rule : COMMON_REFS.entrySet()) {
      checkRefType(object, rule.getKey(), rule.getValue(), "", errors);
    }
    for (Map.Entry<String, RefRule> rule : TYPED_REFS.getOrDefault(type, Map.of()).entrySet()) {
      checkRefType(object, rule.getKey(), rule.getValue(), "", errors);
    }
    JsonNode granular = object.get("granular_markings");
    if (granular != null && granular.isArray()) {
      RefRule markingRef = ref("7.2.3", "marking-definition");
      for (int i = 0; i < granular.size(); i++) {
        if (granular.get(i).isObject()) {
          checkRefType(
              (ObjectNode) granular.get(i),
              "marking_ref",
              markingRef,
              "/granular_markings/" + i,
              errors);
        }
      }
    }
  }

  private void checkRefType(
      ObjectNode holder, String property, RefRule rule, String pointer, Errors errors) {
    JsonNode value = holder.get(property);
    if (value == null) {
      return;
    }
    if (value.isTextual()) {
      checkOneRefType(value.textValue(), property, rule, pointer + "/" + property, errors);
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isTextual()) {
          checkOneRefType(
              value.get(i).textValue(), property, rule, pointer + "/" + property + "/" + i, errors);
        }
      }
    }
  }

  private void checkOneRefType(
      String ref, String property, RefRule rule, String pointer, Errors errors) {
    if (StixId.problem(ref).isPresent()) {
      return; // reported as a malformed identifier
    }
    String target = StixId.of(ref).type();
    if (!rule.types().contains(target)) {
      errors.add(
          StixError.Kind.REFERENCE_TYPE,
          pointer,
          property
              + " must refer to "
              + String.join(" or ", rule.types().stream().sorted().toList())
              + ", not to '"
              + ref
              + "' (STIX 2.1 section "
              + rule.section()
              + ")");
    }
  }

  /**
   * Every marking definition referred to is known: a TLP 2.0 or TLP 1.0 one, or one defined in the
   * same bundle (sections 7.2.2, 7.2.3: the marking_ref must identify a marking definition; a
   * consumer cannot apply one it does not have).
   */
  private void checkMarkingsKnown(
      ObjectNode object, Predicate<StixId> knownMarking, Errors errors) {
    JsonNode refs = object.get("object_marking_refs");
    if (refs != null && refs.isArray()) {
      for (int i = 0; i < refs.size(); i++) {
        checkMarkingKnown(refs.get(i), "/object_marking_refs/" + i, knownMarking, errors);
      }
    }
    JsonNode granular = object.get("granular_markings");
    if (granular != null && granular.isArray()) {
      for (int i = 0; i < granular.size(); i++) {
        checkMarkingKnown(
            granular.get(i).path("marking_ref"),
            "/granular_markings/" + i + "/marking_ref",
            knownMarking,
            errors);
      }
    }
  }

  private void checkMarkingKnown(
      JsonNode ref, String pointer, Predicate<StixId> knownMarking, Errors errors) {
    if (!ref.isTextual() || StixId.problem(ref.textValue()).isPresent()) {
      return;
    }
    StixId id = StixId.of(ref.textValue());
    if (id.isOfType("marking-definition") && !knownMarking.test(id)) {
      errors.add(
          StixError.Kind.UNKNOWN_MARKING,
          pointer,
          "unknown marking definition "
              + id
              + ": it is neither a TLP "
              + "marking definition (TLP 2.0, or STIX 2.1 TLP 1.0) nor a marking-definition object in this bundle "
              + "(STIX 2.1 section 7.2)");
    }
  }

  /**
   * An indicator whose {@code pattern_type} is {@code stix} has a {@code pattern} of the STIX
   * patterning language (sections 4.7 and 9), checked with the parser generated from the official
   * grammar.
   */
  private void checkPattern(ObjectNode object, String type, Errors errors) {
    if (!"indicator".equals(type) || !"stix".equals(object.path("pattern_type").textValue())) {
      return;
    }
    JsonNode pattern = object.get("pattern");
    if (pattern == null || !pattern.isTextual()) {
      return; // the schema reports it
    }
    for (StixPatternChecker.PatternError e : patterns.check(pattern.textValue())) {
      errors.add(
          StixError.Kind.PATTERN,
          "/pattern",
          "STIX pattern syntax error at " + e + " (STIX 2.1 section 9)");
    }
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static RefRule ref(String section, String... types) {
    return new RefRule(Set.of(types), section);
  }

  private static Map<String, Map<String, RefRule>> typedRefs() {
    RefRule address = ref("6.12", "ipv4-addr", "ipv6-addr", "mac-addr", "domain-name");
    return Map.ofEntries(
        Map.entry(
            "sighting",
            Map.of(
                "where_sighted_refs", ref("5.2", "identity", "location"),
                "observed_data_refs", ref("5.2", "observed-data"))),
        Map.entry(
            "malware",
            Map.of(
                "operating_system_refs", ref("4.11", "software"),
                "sample_refs", ref("4.11", "file", "artifact"))),
        Map.entry(
            "malware-analysis",
            Map.of(
                "host_vm_ref", ref("4.12", "software"),
                "operating_system_ref", ref("4.12", "software"),
                "installed_software_refs", ref("4.12", "software"),
                "sample_ref", ref("4.12", "file", "artifact", "network-traffic"))),
        Map.entry("email-addr", Map.of("belongs_to_ref", ref("6.5", "user-account"))),
        Map.entry(
            "email-message",
            Map.of(
                "from_ref", ref("6.6", "email-addr"),
                "sender_ref", ref("6.6", "email-addr"),
                "to_refs", ref("6.6", "email-addr"),
                "cc_refs", ref("6.6", "email-addr"),
                "bcc_refs", ref("6.6", "email-addr"),
                "raw_email_ref", ref("6.6", "artifact"))),
        Map.entry(
            "file",
            Map.of(
                "parent_directory_ref", ref("6.7", "directory"),
                "content_ref", ref("6.7", "artifact"))),
        Map.entry("directory", Map.of("contains_refs", ref("6.3", "file", "directory"))),
        Map.entry(
            "domain-name",
            Map.of("resolves_to_refs", ref("6.4", "ipv4-addr", "ipv6-addr", "domain-name"))),
        Map.entry(
            "ipv4-addr",
            Map.of(
                "resolves_to_refs", ref("6.8", "mac-addr"),
                "belongs_to_refs", ref("6.8", "autonomous-system"))),
        Map.entry(
            "ipv6-addr",
            Map.of(
                "resolves_to_refs", ref("6.9", "mac-addr"),
                "belongs_to_refs", ref("6.9", "autonomous-system"))),
        Map.entry(
            "network-traffic",
            Map.of(
                "src_ref", address,
                "dst_ref", address,
                "src_payload_ref", ref("6.12", "artifact"),
                "dst_payload_ref", ref("6.12", "artifact"),
                "encapsulates_refs", ref("6.12", "network-traffic"),
                "encapsulated_by_ref", ref("6.12", "network-traffic"))),
        Map.entry(
            "process",
            Map.of(
                "opened_connection_refs", ref("6.13", "network-traffic"),
                "creator_user_ref", ref("6.13", "user-account"),
                "image_ref", ref("6.13", "file"),
                "parent_ref", ref("6.13", "process"),
                "child_refs", ref("6.13", "process"))),
        Map.entry("windows-registry-key", Map.of("creator_user_ref", ref("6.17", "user-account"))));
  }

  /** The errors of one object, with its index and id. */
  private static final class Errors {
    private final int index;
    private final Optional<String> id;
    private final List<StixError> list = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    Errors(int index, Optional<String> id) {
      this.index = index;
      this.id = id;
    }

    void add(StixError.Kind kind, String pointer, String message) {
      list.add(StixError.ofObject(kind, index, id, pointer, message));
    }

    boolean reportOnce(String key) {
      return reported.add(key);
    }
  }
}
