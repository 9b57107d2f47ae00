package org.scrmportal.stix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.scrmportal.stix.StixError.Kind;
import org.scrmportal.stix.pattern.StixPatternChecker;
import org.scrmportal.stix.schema.StixSchemas;

/**
 * Reads a STIX 2.1 bundle (section 8, {@code {"type":"bundle","id":"bundle--...","objects":[...]}})
 * object by object: it validates every object and returns the valid ones, every error found (each
 * naming its object, or the body as a whole) and every warning ({@link BundleResult}). A caller may
 * keep the valid objects of a bundle with invalid ones, or keep the bundle whole or not at all
 * ({@link BundleResult.Valid}).
 *
 * <p>In order: the body's size against {@link BundleLimits#maxBytes()}; strict UTF-8; JSON, parsed
 * with Jackson's stream constraints set from the limits (nesting depth, string and number lengths),
 * with duplicate property names refused and nothing allowed after the bundle; the envelope (section
 * 8); at most {@link BundleLimits#maxObjects()} objects; then each object ({@code
 * ObjectValidator}): its official JSON schema, its STIX pattern, identifiers and reference types,
 * timestamps and their order, spec_version, and that every marking definition it refers to is known
 * (TLP 2.0, the STIX 2.1 TLP 1.0 ones, one in the same bundle, or one the caller knows). Last,
 * objects that share {@code (id, modified)}: identical ones are collapsed into the first, different
 * ones are an error.
 *
 * <p>Each object keeps the exact text it had in the body ({@link StixObject#json()}). Instances are
 * immutable and thread-safe: the schemas are compiled once and the Jackson factory is shared.
 */
public final class BundleReader {

  private final BundleLimits limits;
  private final Predicate<StixId> alsoKnownMarkings;
  private final ObjectMapper mapper;
  private final ObjectValidator validator;
  private final Set<StixId> tlpMarkings = TlpMarkings.tlpMarkingDefinitions();

  /** A reader with {@link BundleLimits#DEFAULTS} and the shared bundled schemas. */
  public BundleReader() {
    this(BundleLimits.DEFAULTS);
  }

  /** A reader with these limits and the shared bundled schemas. */
  public BundleReader(BundleLimits limits) {
    this(limits, id -> false);
  }

  /**
   * A reader with these limits that also accepts references to the marking definitions that {@code
   * alsoKnownMarkings} knows (e.g. ones the portal stored from earlier bundles).
   */
  public BundleReader(BundleLimits limits, Predicate<StixId> alsoKnownMarkings) {
    this(
        limits,
        alsoKnownMarkings,
        StixSchemas.bundled(),
        new StixPatternChecker(limits.maxPatternDepth(), StixPatternChecker.DEFAULT_MAX_LENGTH));
  }

  BundleReader(
      BundleLimits limits,
      Predicate<StixId> alsoKnownMarkings,
      StixSchemas schemas,
      StixPatternChecker patterns) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.alsoKnownMarkings = Objects.requireNonNull(alsoKnownMarkings, "alsoKnownMarkings");
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
                    .maxDocumentLength(limits.maxBytes())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper = new ObjectMapper(factory);
    this.validator = new ObjectValidator(schemas, patterns);
  }

  public BundleLimits limits() {
    return limits;
  }

  /** Reads a bundle from a stream, reading at most one byte more than the size limit. */
  public BundleResult read(InputStream in) throws IOException {
    byte[] body = in.readNBytes((int) limits.maxBytes() + 1);
    if (body.length > limits.maxBytes()) {
      return validate(tooLarge("more than " + limits.maxBytes()));
    }
    return read(body);
  }

  /** Reads a bundle from its JSON text. */
  public BundleResult read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a bundle from its UTF-8 bytes. */
  public BundleResult read(byte[] body) {
    return validate(parse(body, Container.BUNDLE));
  }

  /**
   * The first, cheap half of reading: size, UTF-8, JSON syntax, limits and the container's shape,
   * without validating the objects. A caller can answer a malformed body at once and leave {@link
   * #validate} for later.
   */
  public Parsed parse(byte[] body, Container container) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(container, "container");
    if (body.length > limits.maxBytes()) {
      return tooLarge(String.valueOf(body.length));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      return rejected(
          StixError.ofBundle(
              Kind.MALFORMED_JSON, "", "the body is not UTF-8 text (RFC 8259 section 8.1)"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // RFC 8259 section 8.1: a parser may ignore a byte order mark
    }
    return parseText(text, container);
  }

  /**
   * The second half of reading: every object checked on its own. An object with an error is left
   * out of {@link BundleResult#objects()}; the others are there, whether or not some are invalid.
   */
  public BundleResult validate(Parsed parsed) {
    if (parsed.rejection != null) {
      return parsed.rejection;
    }
    List<StixError> errors = new ArrayList<>();
    List<StixWarning> warnings = new ArrayList<>();
    List<StixObject> objects = new ArrayList<>();
    Map<VersionKey, Integer> firstIndex = new LinkedHashMap<>();
    Map<VersionKey, StixObject> firstObject = new LinkedHashMap<>();
    for (Checked element : validateEach(parsed, alsoKnownMarkings)) {
      warnings.addAll(element.warnings());
      if (!element.valid()) {
        errors.addAll(element.errors());
        continue;
      }
      StixObject object = element.object();
      VersionKey key = object.versionKey();
      StixObject first = firstObject.get(key);
      if (first == null) {
        firstObject.put(key, object);
        firstIndex.put(key, element.index());
        objects.add(object);
      } else if (!first.sameContentAs(object)) {
        errors.add(
            StixError.ofObject(
                Kind.CONFLICTING_DUPLICATE,
                element.index(),
                Optional.of(object.id().value()),
                "",
                "same id and modified ("
                    + key
                    + ") as object "
                    + firstIndex.get(key)
                    + " but different content: a "
                    + "new version needs a later modified (STIX 2.1, Versioning)"));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(BundleReader::byPlace);
      return new BundleResult.Invalid(errors, parsed.bundleId, objects, warnings);
    }
    return new BundleResult.Valid(parsed.bundleId, objects, warnings);
  }

  /**
   * The second half of reading, object by object (TAXII 2.1 section 5.5: each object succeeds or
   * fails on its own): every element of {@code objects} with its object when valid, else its
   * errors. Duplicates are not collapsed here. A body rejected as a whole gives no elements.
   */
  public List<Checked> validateEach(Parsed parsed, Predicate<StixId> alsoKnownMarkings) {
    if (parsed.rejection != null) {
      return List.of();
    }
    List<ObjectValidator.Findings> found = check(parsed.raws, alsoKnownMarkings);
    List<Checked> checked = new ArrayList<>(parsed.objectCount());
    for (int i = 0; i < parsed.raws.size(); i++) {
      Raw raw = parsed.raws.get(i);
      Optional<String> id = Optional.ofNullable(raw.node().path("id").textValue());
      List<StixError> errors = found.get(i).errors();
      StixObject object = null;
      if (errors.isEmpty()) {
        try {
          object = new StixObject(raw.node(), raw.json());
        } catch (IllegalArgumentException e) {
          errors = List.of(StixError.ofObject(Kind.SCHEMA, raw.index(), id, "", e.getMessage()));
        }
      }
      checked.add(new Checked(raw.index(), id, object, errors, found.get(i).warnings()));
    }
    for (StixError error : parsed.elementErrors) {
      int index = error.objectIndex().orElseThrow();
      checked.add(new Checked(index, Optional.empty(), null, List.of(error), List.of()));
    }
    checked.sort(java.util.Comparator.comparingInt(Checked::index));
    return checked;
  }

  /**
   * One element of a body's {@code objects}, validated.
   *
   * @param index its place in {@code objects}
   * @param id the id it gives, if any
   * @param object the object, when valid (null otherwise)
   * @param errors why it is not valid (empty when it is)
   * @param warnings what is not as it should be, though it breaks no MUST
   */
  public record Checked(
      int index,
      Optional<String> id,
      StixObject object,
      List<StixError> errors,
      List<StixWarning> warnings) {
    public Checked {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }

    public boolean valid() {
      return object != null;
    }
  }

  /**
   * A body whose syntax and container were read by {@link #parse}: either rejected as a whole, or
   * holding its objects, not yet validated.
   */
  public static final class Parsed {
    private final BundleResult.Invalid rejection;
    private final Optional<StixId> bundleId;
    private final List<Raw> raws;
    private final List<StixError> elementErrors;

    private Parsed(
        BundleResult.Invalid rejection,
        Optional<StixId> bundleId,
        List<Raw> raws,
        List<StixError> elementErrors) {
      this.rejection = rejection;
      this.bundleId = bundleId;
      this.raws = raws;
      this.elementErrors = elementErrors;
    }

    /** The errors that reject the body as a whole, if any. */
    public Optional<BundleResult.Invalid> rejection() {
      return Optional.ofNullable(rejection);
    }

    /**
     * The {@code id} each element of {@code objects} gives, in order (empty where it has none), for
     * reporting on every element.
     */
    public List<Optional<String>> elementIds() {
      Optional<String>[] ids = new Optional[objectCount()];
      java.util.Arrays.fill(ids, Optional.empty());
      for (Raw raw : raws) {
        ids[raw.index()] = Optional.ofNullable(raw.node().path("id").textValue());
      }
      return List.of(ids);
    }

    /** How many elements the body's {@code objects} holds. */
    public int objectCount() {
      return raws.size() + elementErrors.size();
    }
  }

  private Parsed tooLarge(String size) {
    return rejected(
        StixError.ofBundle(
            Kind.TOO_LARGE,
            "",
            "the body has " + size + " bytes; the limit is " + limits.maxBytes() + " bytes"));
  }

  /** One element of {@code objects}, parsed, with its verbatim text. */
  private record Raw(int index, ObjectNode node, String json) {}

  private Parsed parseText(String text, Container container) {
    List<StixError> errors = new ArrayList<>();
    List<Raw> raws = new ArrayList<>();
    Map<String, JsonNode> envelope = new LinkedHashMap<>();
    try (JsonParser parser = mapper.createParser(text)) {
      try {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return rejected(
              StixError.ofBundle(
                  Kind.NOT_A_BUNDLE, "", "a bundle is a JSON object (STIX 2.1 section 8)"));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if ("objects".equals(name)) {
            Optional<StixError> tooMany = readObjects(parser, text, raws, errors);
            if (tooMany.isPresent()) {
              return rejected(tooMany.get());
            }
          } else {
            envelope.put(name, mapper.readTree(parser));
          }
        }
        if (parser.nextToken() != null) {
          return rejected(
              StixError.ofBundle(
                  Kind.MALFORMED_JSON,
                  "",
                  "unexpected content after the bundle at "
                      + where(parser.currentTokenLocation())));
        }
      } catch (StreamConstraintsException e) {
        return rejected(limitError(e, parser.currentLocation()));
      } catch (JsonProcessingException e) {
        return rejected(
            StixError.ofBundle(
                Kind.MALFORMED_JSON,
                "",
                "not valid JSON at " + where(e.getLocation()) + ": " + e.getOriginalMessage()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
    Optional<StixId> bundleId =
        container == Container.BUNDLE ? checkEnvelope(envelope, errors) : Optional.empty();
    if (container == Container.ENVELOPE && !envelope.containsKey("objects") && raws.isEmpty()) {
      errors.add(
          StixError.ofBundle(
              Kind.NOT_A_BUNDLE,
              "/objects",
              "an envelope to add needs objects, a list of STIX objects (TAXII 2.1 section 3.7)"));
    }
    if (errors.stream().anyMatch(e -> e.objectIndex().isEmpty())) {
      errors.sort(BundleReader::byPlace);
      return new Parsed(new BundleResult.Invalid(errors), Optional.empty(), List.of(), List.of());
    }
    // errors of single elements are listed with those of the other objects, once validated
    return new Parsed(null, bundleId, List.copyOf(raws), List.copyOf(errors));
  }

  /**
   * Reads the elements of {@code objects}, keeping each one's exact text; stops at the object-count
   * limit, which it returns as the one error that ends the reading.
   */
  private Optional<StixError> readObjects(
      JsonParser parser, String text, List<Raw> raws, List<StixError> errors) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      errors.add(
          StixError.ofBundle(
              Kind.NOT_A_BUNDLE,
              "/objects",
              "objects must be a list of STIX objects " + "(STIX 2.1 section 8)"));
      parser.skipChildren();
      return Optional.empty();
    }
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (index == limits.maxObjects()) {
        return Optional.of(
            StixError.ofBundle(
                Kind.TOO_MANY_OBJECTS,
                "/objects",
                "the bundle has more than " + limits.maxObjects() + " objects, the limit"));
      }
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        errors.add(
            StixError.ofObject(
                Kind.NOT_A_BUNDLE,
                index,
                Optional.empty(),
                "",
                "a STIX object is a JSON object, not " + describe(parser.currentToken())));
        parser.skipChildren();
      } else {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        ObjectNode node = mapper.readTree(parser);
        int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
        raws.add(new Raw(index, node, text.substring(start, end)));
      }
      index++;
    }
    if (index == 0) {
      errors.add(
          StixError.ofBundle(
              Kind.NOT_A_BUNDLE,
              "/objects",
              "objects, when present, holds at least one "
                  + "object (STIX 2.1 section 8, bundle.json)"));
    }
    return Optional.empty();
  }

  /** The envelope of section 8: {@code type} is {@code bundle}, {@code id} a bundle identifier. */
  private Optional<StixId> checkEnvelope(Map<String, JsonNode> envelope, List<StixError> errors) {
    JsonNode type = envelope.get("type");
    if (type == null || !Stix.BUNDLE_TYPE.equals(type.textValue())) {
      errors.add(
          StixError.ofBundle(
              Kind.NOT_A_BUNDLE, "/type", "type must be 'bundle' (STIX 2.1 section 8)"));
    }
    JsonNode id = envelope.get("id");
    if (id == null || !id.isTextual()) {
      errors.add(
          StixError.ofBundle(
              Kind.NOT_A_BUNDLE, "/id", "a bundle needs an id, bundle--UUID (STIX 2.1 section 8)"));
      return Optional.empty();
    }
    Optional<String> problem = StixId.problem(id.textValue());
    if (problem.isPresent()) {
      errors.add(StixError.ofBundle(Kind.IDENTIFIER, "/id", problem.get()));
      return Optional.empty();
    }
    StixId bundleId = StixId.of(id.textValue());
    if (!bundleId.isOfType(Stix.BUNDLE_TYPE)) {
      errors.add(
          StixError.ofBundle(
              Kind.IDENTIFIER,
              "/id",
              "a bundle's id must start with 'bundle--', not '"
                  + bundleId
                  + "' (STIX 2.1 section 8)"));
      return Optional.empty();
    }
    return Optional.of(bundleId);
  }

  /** Bundles of at least this many objects are validated on every core. */
  private static final int PARALLEL_FROM = 256;

  /** The errors and warnings of each object, in order (no error for a valid one). */
  private List<ObjectValidator.Findings> check(List<Raw> raws, Predicate<StixId> alsoKnown) {
    Set<StixId> inBundle = new HashSet<>();
    Set<StixId> referenced = new HashSet<>();
    for (Raw raw : raws) {
      String type = raw.node().path("type").textValue();
      String id = raw.node().path("id").textValue();
      if ("marking-definition".equals(type) && id != null && StixId.problem(id).isEmpty()) {
        inBundle.add(StixId.of(id));
      }
      raw.node().path("object_marking_refs").forEach(ref -> addId(ref, referenced));
      raw.node().path("granular_markings").forEach(g -> addId(g.path("marking_ref"), referenced));
    }
    referenced.removeAll(tlpMarkings);
    referenced.removeAll(inBundle);
    // asked once per marking, on the caller's thread (the predicate may query a database)
    Set<StixId> knownElsewhere = new HashSet<>();
    for (StixId ref : referenced) {
      if (alsoKnown.test(ref)) {
        knownElsewhere.add(ref);
      }
    }
    Predicate<StixId> known =
        id -> tlpMarkings.contains(id) || inBundle.contains(id) || knownElsewhere.contains(id);
    return (raws.size() >= PARALLEL_FROM ? raws.parallelStream() : raws.stream())
        .map(raw -> validator.validate(raw.index(), raw.node(), known))
        .toList();
  }

  private static void addId(JsonNode ref, Set<StixId> into) {
    if (ref.isTextual() && StixId.problem(ref.textValue()).isEmpty()) {
      into.add(StixId.of(ref.textValue()));
    }
  }

  private StixError limitError(StreamConstraintsException e, JsonLocation location) {
    String message = String.valueOf(e.getOriginalMessage());
    String at = " (at " + where(e.getLocation() != null ? e.getLocation() : location) + ")";
    if (message.contains("nesting depth")) {
      return StixError.ofBundle(
          Kind.TOO_DEEP,
          "",
          "JSON nested deeper than the limit of " + limits.maxNestingDepth() + " levels" + at);
    }
    if (message.contains("Document length")) {
      return StixError.ofBundle(
          Kind.TOO_LARGE,
          "",
          "the body is longer than the limit of " + limits.maxBytes() + " bytes" + at);
    }
    if (message.contains("Number")) {
      return StixError.ofBundle(
          Kind.VALUE_TOO_LONG,
          "",
          "a number is longer than the limit of " + limits.maxNumberLength() + " characters" + at);
    }
    if (message.contains("Name")) {
      return StixError.ofBundle(
          Kind.VALUE_TOO_LONG, "", "a property name is longer than the limit" + at);
    }
    return StixError.ofBundle(
        Kind.VALUE_TOO_LONG,
        "",
        "a string is longer than the limit of " + limits.maxStringLength() + " characters" + at);
  }

  private static String where(JsonLocation location) {
    if (location == null) {
      return "an unknown position";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  private static int byPlace(StixError a, StixError b) {
    int ia = a.objectIndex().orElse(-1);
    int ib = b.objectIndex().orElse(-1);
    return Integer.compare(ia, ib);
  }

  private static Parsed rejected(StixError error) {
    return new Parsed(
        new BundleResult.Invalid(List.of(error)), Optional.empty(), List.of(), List.of());
  }
}
