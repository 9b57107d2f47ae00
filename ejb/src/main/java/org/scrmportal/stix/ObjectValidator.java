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
 * Validates one STIX object of a bundle and collects every error and warning: its official JSON
 * schema, its STIX pattern, and the rules of STIX 2.1 that the schemas cannot express.
 *
 * <p>An error is a MUST that the OASIS validator (stix2-validator, {@code v21/musts.py} and the
 * schemas) enforces, or a MUST of STIX 2.1 quoted where it is checked; what the specification only
 * recommends, or leaves to the producer, is a {@link StixWarning}. Stateless apart from the
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

  /**
   * References whose target type the description of the property names, for every object; a warning
   * (no MUST in stix2-validator nor in the schema; {@link StixWarning.Rule#REFERENCE_TYPE}).
   */
  private static final Map<String, RefRule> COMMON_REFS =
      Map.of(
          "created_by_ref", ref(false, "3.2", "identity"),
          "object_marking_refs", ref(false, "7.2.2", "marking-definition"));

  /** References whose target type the specification fixes, by object type. */
  private static final Map<String, Map<String, RefRule>> TYPED_REFS = typedRefs();

  /**
   * @param must whether a wrong target type is an error (a MUST of stix2-validator) or a warning
   */
  private record RefRule(boolean must, Set<String> types, String section) {}

  /** Every error and warning of one object. */
  record Findings(List<StixError> errors, List<StixWarning> warnings) {}

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
  Findings validate(int index, ObjectNode object, Predicate<StixId> knownMarking) {
    Errors errors = new Errors(index, Optional.ofNullable(object.path("id").textValue()));
    String type = object.path("type").textValue();
    for (StixSchemas.Violation v : schemas.validate(type, object)) {
      errors.add(
          StixError.Kind.SCHEMA, v.pointer(), "schema " + schemaName(type) + ": " + v.message());
      errors.schemaPointers.add(v.pointer());
    }
    checkIdentifier(object, type, errors);
    checkSpecVersion(object, errors);
    checkCreatedModified(object, errors);
    checkTimeOrder(object, type, errors);
    boolean specType = type != null && schemas.types().contains(type);
    checkReferences(object, "", specType, false, errors);
    checkReferenceTypes(object, type, errors);
    checkMarkingsKnown(object, knownMarking, errors);
    checkPattern(object, type, errors);
    return new Findings(List.copyOf(errors.list), List.copyOf(errors.warnings));
  }

  private String schemaName(String type) {
    return type != null && schemas.types().contains(type) ? type : "core (custom object)";
  }

  /**
   * The {@code id} is an identifier whose object-type part is exactly the object's {@code type}.
   * STIX 2.1 section 2.9 Identifier: "An identifier MUST follow the form object-type--UUID, where
   * object-type is the exact value (all type names are lowercase strings, by definition) from the
   * type property of the object being identified or referenced and where the UUID MUST be an RFC
   * 4122-compliant UUID." (The schemas of the specification's types say the same with their {@code
   * id} patterns; for custom objects, section 11.2 requires the same format.)
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
   * {@code spec_version}, where present, is {@code 2.1}. STIX 2.1 section 3.2 Common Properties,
   * spec_version: "The value of this property MUST be 2.1 for STIX Objects defined according to
   * this specification." (The core schema also admits 2.0; this portal reads STIX 2.1 only.)
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
   * is later than or equal to {@code created} (section 3.2): MUSTs of stix2-validator ({@code
   * timestamp} and {@code timestamp_compare} in {@code v21/musts.py}).
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
   * (5.2); {@code last_observed} not before {@code first_observed} for observed data (4.14). Each
   * pair is in stix2-validator's MUST {@code timestamp_compare} ({@code TIMESTAMP_COMPARE} of
   * {@code v21/enums.py}).
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
   * them, at any depth.
   *
   * <p>For a reference that the specification defines (one of {@link
   * StixSchemas#referenceProperties()}, in an object of a type the specification defines, outside
   * custom properties and extension-definition extensions) this is an error: its type is {@code
   * identifier}, which "MUST follow the form object-type--UUID" (STIX 2.1 section 2.9). For any
   * other property with such a name (a custom property, section 11.1, or a property of a custom
   * object or of an extension the portal has no definition of) it is a warning ({@link
   * StixWarning.Rule#CUSTOM_REFERENCE}): section 11.1 sets MUSTs on a custom property's name only,
   * and stix2-validator does not check such values.
   */
  private void checkReferences(
      JsonNode node, String pointer, boolean specType, boolean custom, Errors errors) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        String here = pointer + "/" + escape(name);
        JsonNode value = field.getValue();
        boolean customHere =
            custom
                || name.startsWith("x_")
                || name.startsWith("x-")
                || name.startsWith("extension-definition--");
        boolean defined = specType && !customHere && schemas.referenceProperties().contains(name);
        if (name.endsWith("_ref") && value.isTextual()) {
          checkReference(value.textValue(), name, here, defined, errors);
        } else if (name.endsWith("_refs") && value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isTextual()) {
              checkReference(item.textValue(), name, here + "/" + i, defined, errors);
            }
          }
        } else {
          checkReferences(value, here, specType, customHere, errors);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkReferences(node.get(i), pointer + "/" + i, specType, custom, errors);
      }
    }
  }

  private void checkReference(
      String value, String name, String pointer, boolean defined, Errors errors) {
    Optional<String> problem = StixId.problem(value);
    if (problem.isEmpty() || errors.schemaPointers.contains(pointer)) {
      return; // an identifier, or already an error of the schema
    }
    if (defined) {
      errors.add(StixError.Kind.IDENTIFIER, pointer, name + ": " + problem.get());
    } else {
      errors.warn(
          StixWarning.Rule.CUSTOM_REFERENCE,
          pointer,
          "11.1",
          name
              + " is named as a reference but "
              + problem.get().replace(" (STIX 2.1 section 2.9)", "")
              + "; the specification does not define this property, so it is kept (STIX 2.1"
              + " section 11.1 custom properties; references are identifiers, section 2.9)");
    }
  }

  /**
   * References point to objects of the type the specification names.
   *
   * <p>Errors: the references of the SCOs (e.g. an email message's {@code from_ref} to an email
   * address, 6.6; a network traffic's {@code src_ref} to an address, 6.12), the MUST {@code
   * observable_object_references} of stix2-validator ({@code OBSERVABLE_PROP_REFS} of {@code
   * v21/enums.py}). The schemas enforce those of sightings (5.2), of a malware's {@code
   * operating_system_refs} (4.11) and of granular {@code marking_ref} (7.2.3) themselves.
   *
   * <p>Warnings ({@link StixWarning.Rule#REFERENCE_TYPE}): {@code created_by_ref} to an identity
   * (3.2), {@code object_marking_refs} to marking definitions (7.2.2), a malware's {@code
   * sample_refs} (4.11) and a malware analysis' references (4.12), which neither stix2-validator
   * nor the schemas enforce.
   */
  private void checkReferenceTypes(ObjectNode object, String type, Errors errors) {
    for (Map.Entry<String, RefRule> rule : COMMON_REFS.entrySet()) {
      checkRefType(object, rule.getKey(), rule.getValue(), "", errors);
    }
    for (Map.Entry<String, RefRule> rule : TYPED_REFS.getOrDefault(type, Map.of()).entrySet()) {
      checkRefType(object, rule.getKey(), rule.getValue(), "", errors);
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
    if (StixId.problem(ref).isPresent() || errors.schemaPointers.contains(pointer)) {
      return; // reported as a malformed identifier, or by the schema
    }
    String target = StixId.of(ref).type();
    if (rule.types().contains(target)) {
      return;
    }
    String expected = String.join(" or ", rule.types().stream().sorted().toList());
    if (rule.must()) {
      errors.add(
          StixError.Kind.REFERENCE_TYPE,
          pointer,
          property
              + " must refer to "
              + expected
              + ", not to '"
              + ref
              + "' (STIX 2.1 section "
              + rule.section()
              + ")");
    } else {
      errors.warn(
          StixWarning.Rule.REFERENCE_TYPE,
          pointer,
          rule.section(),
          property
              + " should refer to "
              + expected
              + ", not to '"
              + ref
              + "'; kept, as no MUST forbids it (STIX 2.1 section "
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

  private static RefRule ref(boolean must, String section, String... types) {
    return new RefRule(must, Set.of(types), section);
  }

  /** A reference type that stix2-validator enforces as a MUST. */
  private static RefRule must(String section, String... types) {
    return ref(true, section, types);
  }

  /** A reference type that no MUST fixes: a warning. */
  private static RefRule should(String section, String... types) {
    return ref(false, section, types);
  }

  private static Map<String, Map<String, RefRule>> typedRefs() {
    RefRule address = must("6.12", "ipv4-addr", "ipv6-addr", "mac-addr", "domain-name");
    return Map.ofEntries(
        Map.entry("malware", Map.of("sample_refs", should("4.11", "file", "artifact"))),
        Map.entry(
            "malware-analysis",
            Map.of(
                "host_vm_ref", should("4.12", "software"),
                "operating_system_ref", should("4.12", "software"),
                "installed_software_refs", should("4.12", "software"),
                "sample_ref", should("4.12", "file", "artifact", "network-traffic"))),
        Map.entry("email-addr", Map.of("belongs_to_ref", must("6.5", "user-account"))),
        Map.entry(
            "email-message",
            Map.of(
                "from_ref", must("6.6", "email-addr"),
                "sender_ref", must("6.6", "email-addr"),
                "to_refs", must("6.6", "email-addr"),
                "cc_refs", must("6.6", "email-addr"),
                "bcc_refs", must("6.6", "email-addr"),
                "raw_email_ref", must("6.6", "artifact"))),
        Map.entry(
            "file",
            Map.of(
                "parent_directory_ref", must("6.7", "directory"),
                "content_ref", must("6.7", "artifact"))),
        Map.entry("directory", Map.of("contains_refs", must("6.3", "file", "directory"))),
        Map.entry(
            "domain-name",
            Map.of("resolves_to_refs", must("6.4", "ipv4-addr", "ipv6-addr", "domain-name"))),
        Map.entry(
            "ipv4-addr",
            Map.of(
                "resolves_to_refs", must("6.8", "mac-addr"),
                "belongs_to_refs", must("6.8", "autonomous-system"))),
        Map.entry(
            "ipv6-addr",
            Map.of(
                "resolves_to_refs", must("6.9", "mac-addr"),
                "belongs_to_refs", must("6.9", "autonomous-system"))),
        Map.entry(
            "network-traffic",
            Map.of(
                "src_ref", address,
                "dst_ref", address,
                "src_payload_ref", must("6.12", "artifact"),
                "dst_payload_ref", must("6.12", "artifact"),
                "encapsulates_refs", must("6.12", "network-traffic"),
                "encapsulated_by_ref", must("6.12", "network-traffic"))),
        Map.entry(
            "process",
            Map.of(
                "opened_connection_refs", must("6.13", "network-traffic"),
                "creator_user_ref", must("6.13", "user-account"),
                "image_ref", must("6.13", "file"),
                "parent_ref", must("6.13", "process"),
                "child_refs", must("6.13", "process"))),
        Map.entry(
            "windows-registry-key", Map.of("creator_user_ref", must("6.17", "user-account"))));
  }

  /** The errors and warnings of one object, with its index and id. */
  private static final class Errors {
    private final int index;
    private final Optional<String> id;
    private final List<StixError> list = new ArrayList<>();
    private final List<StixWarning> warnings = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<String> schemaPointers = new HashSet<>();

    Errors(int index, Optional<String> id) {
      this.index = index;
      this.id = id;
    }

    void add(StixError.Kind kind, String pointer, String message) {
      list.add(StixError.ofObject(kind, index, id, pointer, message));
    }

    void warn(StixWarning.Rule rule, String pointer, String section, String message) {
      warnings.add(new StixWarning(rule, index, id, pointer, section, message));
    }

    boolean reportOnce(String key) {
      return reported.add(key);
    }
  }
}
