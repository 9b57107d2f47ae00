package org.scrmportal.stix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.stix.Samples.INDICATOR_ID;
import static org.scrmportal.stix.Samples.bundle;
import static org.scrmportal.stix.Samples.identity;
import static org.scrmportal.stix.Samples.indicator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scrmportal.stix.StixError.Kind;

/** Each rule of the bundle reader, with a failing case and its message. */
class BundleReaderTest {

  private final BundleReader reader = new BundleReader();

  private static List<StixError> errors(BundleResult result) {
    return assertInstanceOf(
            BundleResult.Invalid.class, result, "expected the bundle to be rejected")
        .errors();
  }

  private static StixError onlyError(BundleResult result) {
    List<StixError> errors = errors(result);
    assertEquals(1, errors.size(), errors::toString);
    return errors.get(0);
  }

  private static List<StixObject> objects(BundleResult result) {
    if (result instanceof BundleResult.Invalid invalid) {
      throw new AssertionError("expected a valid bundle: " + invalid.errors());
    }
    return ((BundleResult.Valid) result).objects();
  }

  @Test
  void readsAValidBundle() {
    BundleResult result =
        reader.read(
            bundle(
                identity(),
                indicator(
                    ",\"created_by_ref\":\""
                        + Samples.IDENTITY_ID
                        + "\",\"object_marking_refs\":[\""
                        + TlpMarking.AMBER.tlp2MarkingDefinition()
                        + "\"],\"confidence\":80")));

    List<StixObject> objects = objects(result);
    assertEquals(Samples.BUNDLE_ID, ((BundleResult.Valid) result).bundleId().orElseThrow().value());
    StixObject indicator = objects.get(1);
    assertEquals(ObjectCategory.SDO, indicator.category());
    assertEquals(StixId.of(Samples.IDENTITY_ID), indicator.createdByRef().orElseThrow());
    assertEquals(80, indicator.confidence().getAsInt());
    assertEquals("2024-01-02T03:04:05.000Z", indicator.modified().orElseThrow().text());
    assertEquals(
        new VersionKey(StixId.of(INDICATOR_ID), indicator.modified()), indicator.versionKey());
  }

  @Test
  void malformedJsonIsReportedWithItsPosition() {
    StixError error = onlyError(reader.read("{\"type\":\"bundle\",\n \"id\": bundle--x}"));

    assertEquals(Kind.MALFORMED_JSON, error.kind());
    assertTrue(error.message().startsWith("not valid JSON at line 2, column "), error.message());
    assertTrue(error.objectIndex().isEmpty());
  }

  @Test
  void aPropertyTwiceInOneObjectIsMalformed() {
    StixError error = onlyError(reader.read(bundle(indicator(",\"name\":\"a\",\"name\":\"b\""))));

    assertEquals(Kind.MALFORMED_JSON, error.kind());
    assertTrue(error.message().contains("Duplicate field 'name'"), error.message());
  }

  @Test
  void contentAfterTheBundleIsMalformed() {
    StixError error = onlyError(reader.read(bundle(identity()) + " {}"));

    assertEquals(Kind.MALFORMED_JSON, error.kind());
    assertTrue(error.message().startsWith("unexpected content after the bundle"), error.message());
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    byte[] body =
        bundle(identity()).replace("Acme", "Acm\u00e9").getBytes(StandardCharsets.ISO_8859_1);

    StixError error = onlyError(reader.read(body));

    assertEquals(Kind.MALFORMED_JSON, error.kind());
    assertEquals("the body is not UTF-8 text (RFC 8259 section 8.1)", error.message());
  }

  @Test
  void theEnvelopeMustBeABundle() {
    List<StixError> errors =
        errors(
            reader.read(
                "{\"type\":\"report\",\"id\":\"report--"
                    + INDICATOR_ID.substring(11)
                    + "\",\"objects\":{}}"));

    assertEquals(
        List.of(Kind.NOT_A_BUNDLE, Kind.NOT_A_BUNDLE, Kind.IDENTIFIER),
        errors.stream().map(StixError::kind).toList(),
        errors::toString);
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.message().equals("type must be 'bundle' (STIX 2.1 section 8)")));
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.message().startsWith("a bundle's id must start with 'bundle--'")));
  }

  @Test
  void aSchemaInvalidObjectIsReportedWithItsPointer() {
    String noPatternType =
        indicator("").replace("\"pattern_type\":\"stix\",", "").replace(",\"confidence\":1", "");
    List<StixError> errors =
        errors(
            reader.read(
                bundle(
                    noPatternType,
                    identity()
                        .replace("\"organization\"", "\"organization\",\"confidence\":101"))));

    StixError missing = errors.get(0);
    assertEquals(Kind.SCHEMA, missing.kind());
    assertEquals(0, missing.objectIndex().getAsInt());
    assertEquals(INDICATOR_ID, missing.objectId().orElseThrow());
    assertTrue(
        missing.message().startsWith("schema indicator: ")
            && missing.message().contains("pattern_type"),
        missing.message());
    StixError tooConfident = errors.get(1);
    assertEquals(Kind.SCHEMA, tooConfident.kind());
    assertEquals(1, tooConfident.objectIndex().getAsInt());
    assertEquals("/confidence", tooConfident.pointer());
    assertEquals("/objects/1/confidence", tooConfident.bundlePointer());
  }

  @Test
  void aBadPatternIsReportedWithItsLineAndColumn() {
    StixError error =
        onlyError(
            reader.read(bundle(indicator(INDICATOR_ID, "[ipv4-addr:value = '1.2.3.4' AND]", ""))));

    assertEquals(Kind.PATTERN, error.kind());
    assertEquals("/pattern", error.pointer());
    assertTrue(
        error.message().startsWith("STIX pattern syntax error at line 1, column 33: "),
        error.message());
    assertTrue(error.message().contains("']'"), error.message());
  }

  @Test
  void patternsOfOtherLanguagesAreNotParsedAsStix() {
    String yara =
        indicator(INDICATOR_ID, "rule x { condition: true }", "").replace("\"stix\"", "\"yara\"");

    assertEquals(1, objects(reader.read(bundle(yara))).size());
  }

  @Test
  void anUnknownMarkingReferenceIsReported() {
    String unknown = "marking-definition--a1b2c3d4-0000-4000-8000-000000000001";
    StixError error =
        onlyError(reader.read(bundle(indicator(",\"object_marking_refs\":[\"" + unknown + "\"]"))));

    assertEquals(Kind.UNKNOWN_MARKING, error.kind());
    assertEquals("/object_marking_refs/0", error.pointer());
    assertTrue(
        error
            .message()
            .startsWith("unknown marking definition " + unknown + ": it is neither a TLP"),
        error.message());
  }

  @Test
  void markingsAreKnownWhenTlpOrDefinedInTheBundle() {
    String statement =
        """
        {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--a1b2c3d4-0000-4000-8000-000000000001",
         "created":"2024-01-01T00:00:00.000Z","definition_type":"statement","definition":{"statement":"Internal"}}""";
    String marked =
        indicator(
            ",\"object_marking_refs\":[\"marking-definition--a1b2c3d4-0000-4000-8000-000000000001\","
                + "\""
                + Stix.TLP1_GREEN
                + "\"],\"granular_markings\":[{\"marking_ref\":\""
                + TlpMarking.RED.tlp2MarkingDefinition()
                + "\",\"selectors\":[\"description\"]}],\"description\":\"x\"");

    List<StixObject> objects = objects(reader.read(bundle(marked, statement)));

    assertEquals(ObjectCategory.MARKING_DEFINITION, objects.get(1).category());
    assertEquals(
        new VersionKey(objects.get(1).id(), java.util.Optional.empty()),
        objects.get(1).versionKey());
  }

  @Test
  void theCallerMayKnowMoreMarkings() {
    String stored = "marking-definition--a1b2c3d4-0000-4000-8000-000000000001";
    BundleReader knowing = new BundleReader(BundleLimits.DEFAULTS, id -> id.value().equals(stored));

    assertEquals(
        1,
        objects(knowing.read(bundle(indicator(",\"object_marking_refs\":[\"" + stored + "\"]"))))
            .size());
  }

  @Test
  void modifiedBeforeCreatedIsReported() {
    String object =
        indicator("")
            .replace(
                "\"modified\":\"2024-01-02T03:04:05.000Z\"",
                "\"modified\":\"2024-01-02T03:04:04.999Z\"");

    StixError error = onlyError(reader.read(bundle(object)));

    assertEquals(Kind.TIMESTAMP_ORDER, error.kind());
    assertEquals("/modified", error.pointer());
    assertEquals(
        "modified (2024-01-02T03:04:04.999Z) is before created (2024-01-02T03:04:05.000Z); it must be later "
            + "than or equal to created (STIX 2.1 section 3.2)",
        error.message());
  }

  @Test
  void validUntilMustBeLaterThanValidFrom() {
    StixError before =
        onlyError(reader.read(bundle(indicator(",\"valid_until\":\"2024-01-02T03:04:04Z\""))));
    StixError equal =
        onlyError(reader.read(bundle(indicator(",\"valid_until\":\"2024-01-02T03:04:05.000Z\""))));

    assertEquals(Kind.TIMESTAMP_ORDER, before.kind());
    assertEquals("/valid_until", before.pointer());
    assertEquals(
        "valid_until (2024-01-02T03:04:04Z) must be later than valid_from (2024-01-02T03:04:05Z) "
            + "(STIX 2.1 section 4.7)",
        before.message());
    assertEquals(
        Kind.TIMESTAMP_ORDER, equal.kind(), "valid_until equal to valid_from is not later");
    assertEquals(
        1,
        objects(reader.read(bundle(indicator(",\"valid_until\":\"2024-01-02T03:04:05.001Z\""))))
            .size());
  }

  @Test
  void aTimestampMustBeARealDate() {
    List<StixError> errors =
        errors(reader.read(bundle(indicator(",\"valid_until\":\"2024-02-30T00:00:00Z\""))));

    assertEquals(
        List.of(Kind.TIMESTAMP), errors.stream().map(StixError::kind).toList(), errors::toString);
    assertEquals(
        "'2024-02-30T00:00:00Z' is not a real date and time (STIX 2.1 section 2.15, RFC 3339)",
        errors.get(0).message());
  }

  @Test
  void aBadIdentifierIsReported() {
    String badUuid =
        indicator("indicator--8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f", "[file:name = 'x']", "");
    List<StixError> errors = errors(reader.read(bundle(badUuid)));

    StixError identifier =
        errors.stream().filter(e -> e.kind() == Kind.IDENTIFIER).findFirst().orElseThrow();
    assertEquals("/id", identifier.pointer());
    assertEquals(
        "'indicator--8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f' is not an identifier: "
            + "'8e2e2d2b-17d4-0cbf-938f-98ee46b3cd3f' is not an RFC 4122 UUID (versions 1-5, variant 10xx) "
            + "(STIX 2.1 section 2.9)",
        identifier.message());
    assertTrue(
        errors.stream().anyMatch(e -> e.kind() == Kind.SCHEMA),
        "the official schema refuses it too");
  }

  @Test
  void anIdMustNameTheObjectsOwnType() {
    String custom =
        """
        {"type":"x-acme-widget","spec_version":"2.1","id":"x-acme-gadget--6f1c2f3a-9b4e-4c1d-8e2f-0a1b2c3d4e5f",
         "created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z"}""";

    StixError error = onlyError(reader.read(bundle(custom)));

    assertEquals(Kind.IDENTIFIER, error.kind());
    assertEquals(
        "id 'x-acme-gadget--6f1c2f3a-9b4e-4c1d-8e2f-0a1b2c3d4e5f' must start with the object's type "
            + "'x-acme-widget--' (STIX 2.1 section 2.9)",
        error.message());
  }

  /**
   * created_by_ref and object_marking_refs name their target type without a MUST that
   * stix2-validator or the schema enforces: the object is kept, with a warning for each.
   */
  @Test
  void aReferenceToTheWrongTypeWhereNoMustForbidsItIsAWarning() {
    String malware = "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b";
    BundleResult result =
        reader.read(
            bundle(
                indicator(
                    ",\"created_by_ref\":\""
                        + malware
                        + "\",\"object_marking_refs\":[\""
                        + INDICATOR_ID
                        + "\"]")));

    assertEquals(1, objects(result).size());
    List<StixWarning> warnings = result.warnings();
    assertEquals(
        List.of(StixWarning.Rule.REFERENCE_TYPE, StixWarning.Rule.REFERENCE_TYPE),
        warnings.stream().map(StixWarning::rule).toList(),
        warnings::toString);
    StixWarning createdBy =
        warnings.stream()
            .filter(w -> w.pointer().equals("/created_by_ref"))
            .findFirst()
            .orElseThrow();
    assertEquals(0, createdBy.objectIndex());
    assertEquals(INDICATOR_ID, createdBy.objectId().orElseThrow());
    assertEquals("3.2", createdBy.section());
    assertTrue(
        createdBy
            .message()
            .startsWith("created_by_ref should refer to identity, not to '" + malware),
        createdBy.message());
    StixWarning marking =
        warnings.stream()
            .filter(w -> w.pointer().equals("/object_marking_refs/0"))
            .findFirst()
            .orElseThrow();
    assertEquals("7.2.2", marking.section());
  }

  /** An SCO's reference to the wrong type breaks a MUST of stix2-validator: an error. */
  @Test
  void anObservableReferenceToTheWrongTypeIsAnError() {
    String sco =
        """
        {"type":"email-message","spec_version":"2.1","id":"email-message--0c57a381-2a17-5e61-8754-5ef96efb286c",
         "is_multipart":false,"from_ref":"user-account--0c57a381-2a17-5e61-8754-5ef96efb286c"}""";

    StixError error = onlyError(reader.read(bundle(sco)));

    assertEquals(Kind.REFERENCE_TYPE, error.kind());
    assertEquals("/from_ref", error.pointer());
    assertTrue(error.message().startsWith("from_ref must refer to email-addr"), error.message());
  }

  /**
   * A custom property named like a reference but holding no identifier (MITRE ATT&CK's {@code
   * "x_mitre_data_source_ref": ""}) is a warning; the same value in a reference the specification
   * defines is an error.
   */
  @Test
  void aCustomReferenceThatIsNoIdentifierIsAWarning() {
    BundleResult custom = reader.read(bundle(indicator(",\"x_acme_source_ref\":\"\"")));

    assertEquals(1, objects(custom).size());
    StixWarning warning = custom.warnings().get(0);
    assertEquals(StixWarning.Rule.CUSTOM_REFERENCE, warning.rule());
    assertEquals("/x_acme_source_ref", warning.pointer());
    assertEquals("11.1", warning.section());

    StixError defined = onlyError(reader.read(bundle(indicator(",\"created_by_ref\":\"\""))));
    assertTrue(
        defined.kind() == Kind.IDENTIFIER || defined.kind() == Kind.SCHEMA, defined.toString());
    assertEquals("/created_by_ref", defined.pointer());
  }

  /** A pattern nested 100,000 deep is an error of its indicator, not a stack overflow. */
  @Test
  void aDeeplyNestedPatternIsAnErrorOfItsObject() {
    String nested = "(".repeat(100_000) + "[file:name = 'x']" + ")".repeat(100_000);
    String indicator = Samples.indicator(Samples.INDICATOR_ID, nested, "");

    StixError error =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> onlyError(reader.read(bundle(indicator))));

    assertEquals(Kind.PATTERN, error.kind());
    assertEquals("/pattern", error.pointer());
    assertTrue(error.message().contains("deeper than the limit of 64 levels"), error.message());
  }

  /** One invalid object does not hide the valid ones: they are in the result, with the errors. */
  @Test
  void theValidObjectsOfABundleWithAnInvalidOneAreKept() {
    BundleResult result =
        reader.read(bundle(identity(), indicator(",\"valid_until\":\"2000-01-01T00:00:00Z\"")));

    assertFalse(result.isValid());
    assertFalse(result.rejectedAsAWhole());
    assertEquals(
        List.of(Samples.IDENTITY_ID), result.objects().stream().map(o -> o.id().value()).toList());
    assertEquals(1, result.errors().get(0).objectIndex().getAsInt());
    assertEquals(Samples.BUNDLE_ID, result.bundleId().orElseThrow().value());
  }

  @Test
  void aMalformedReferenceAnywhereIsReported() {
    String sco =
        """
        {"type":"email-message","spec_version":"2.1","id":"email-message--0c57a381-2a17-5e61-8754-5ef96efb286c",
         "is_multipart":false,"from_ref":"email-addr--not-a-uuid","to_refs":["user-account--0c57a381-2a17-5e61-8754-5ef96efb286c"]}""";

    List<StixError> errors = errors(reader.read(bundle(sco)));

    assertTrue(
        errors.stream()
            .anyMatch(e -> e.kind() == Kind.IDENTIFIER && e.pointer().equals("/from_ref")),
        errors::toString);
    assertTrue(
        errors.stream()
            .anyMatch(
                e ->
                    e.kind() == Kind.REFERENCE_TYPE
                        && e.pointer().equals("/to_refs/0")
                        && e.message().contains("must refer to email-addr")),
        errors::toString);
  }

  @Test
  void specVersionMustBe21() {
    List<StixError> errors =
        errors(reader.read(bundle(indicator("").replace("\"2.1\"", "\"2.0\""))));

    assertTrue(
        errors.stream()
            .anyMatch(e -> e.kind() == Kind.SPEC_VERSION && e.pointer().equals("/spec_version")),
        errors::toString);
  }

  @Test
  void anOversizedBodyIsRefusedBeforeParsing() throws Exception {
    BundleReader small = new BundleReader(BundleLimits.DEFAULTS.withMaxBytes(1024));
    String big = bundle(indicator(",\"description\":\"" + "x".repeat(2000) + "\""));

    StixError fromBytes = onlyError(small.read(big));
    StixError fromStream =
        onlyError(small.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));

    assertEquals(Kind.TOO_LARGE, fromBytes.kind());
    assertEquals(
        "the body has " + big.length() + " bytes; the limit is 1024 bytes", fromBytes.message());
    assertEquals(Kind.TOO_LARGE, fromStream.kind());
    assertEquals(
        "the body has more than 1024 bytes; the limit is 1024 bytes", fromStream.message());
  }

  @Test
  void tooDeepNestingIsRefused() {
    String deep = "[".repeat(40) + "]".repeat(40);

    StixError error = onlyError(reader.read(bundle(indicator(",\"x_deep\":" + deep))));

    assertEquals(Kind.TOO_DEEP, error.kind());
    assertTrue(
        error.message().startsWith("JSON nested deeper than the limit of 32 levels (at line "),
        error.message());
  }

  @Test
  void tooManyObjectsAreRefused() {
    BundleReader three = new BundleReader(BundleLimits.DEFAULTS.withMaxObjects(3));
    String id = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3";
    String four =
        bundle(
            indicator(id + "0", "[file:name = 'a']", ""),
            indicator(id + "1", "[file:name = 'b']", ""),
            indicator(id + "2", "[file:name = 'c']", ""),
            indicator(id + "3", "[file:name = 'd']", ""));

    StixError error = onlyError(three.read(four));

    assertEquals(Kind.TOO_MANY_OBJECTS, error.kind());
    assertEquals("the bundle has more than 3 objects, the limit", error.message());
    assertEquals(
        3,
        objects(three.read(four.replace("," + indicator(id + "3", "[file:name = 'd']", ""), "")))
            .size());
  }

  @Test
  void overlongStringsAndNumbersAreRefused() {
    BundleReader strict =
        new BundleReader(BundleLimits.DEFAULTS.withMaxStringLength(100).withMaxNumberLength(10));

    StixError string =
        onlyError(strict.read(bundle(indicator(",\"description\":\"" + "x".repeat(101) + "\""))));
    StixError number = onlyError(strict.read(bundle(indicator(",\"x_count\":" + "9".repeat(11)))));

    assertEquals(Kind.VALUE_TOO_LONG, string.kind());
    assertTrue(
        string.message().startsWith("a string is longer than the limit of 100 characters"),
        string.message());
    assertEquals(Kind.VALUE_TOO_LONG, number.kind());
    assertTrue(
        number.message().startsWith("a number is longer than the limit of 10 characters"),
        number.message());
  }

  @Test
  void identicalDuplicatesCollapseAndConflictingOnesAreAnError() {
    String same = indicator("");
    String sameReformatted = same.replace(",", " , ");
    String changed = indicator(",\"name\":\"changed without a new modified\"");

    List<StixObject> collapsed = objects(reader.read(bundle(same, identity(), sameReformatted)));
    StixError conflict = onlyError(reader.read(bundle(same, identity(), changed)));

    assertEquals(2, collapsed.size());
    assertEquals(same, collapsed.get(0).json(), "the first occurrence is kept");
    assertEquals(Kind.CONFLICTING_DUPLICATE, conflict.kind());
    assertEquals(2, conflict.objectIndex().getAsInt());
    assertEquals(
        "same id and modified ("
            + INDICATOR_ID
            + "@2024-01-02T03:04:05.000Z) as object 0 but different "
            + "content: a new version needs a later modified (STIX 2.1, Versioning)",
        conflict.message());
  }

  @Test
  void twoVersionsOfOneObjectAreBothKept() {
    String v2 =
        indicator(",\"name\":\"v2\"")
            .replace(
                "\"modified\":\"2024-01-02T03:04:05.000Z\"",
                "\"modified\":\"2024-02-02T03:04:05.000Z\"");

    List<StixObject> objects = objects(reader.read(bundle(indicator(""), v2)));

    assertEquals(2, objects.size());
    assertEquals(objects.get(0).id(), objects.get(1).id());
  }

  @Test
  void oneBadObjectRejectsTheWholeBundleWithEveryErrorListed() {
    String good = identity();
    String badPattern = indicator(INDICATOR_ID, "[file:name = ]", "");
    String wrongOrder =
        indicator(
            "indicator--1e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "[file:name = 'x']",
            ",\"valid_until\":\"2020-01-01T00:00:00Z\"");
    String notAnObject = "\"indicator--2e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"";

    List<StixError> errors = errors(reader.read(bundle(good, badPattern, wrongOrder, notAnObject)));

    assertEquals(
        List.of("1 PATTERN", "2 TIMESTAMP_ORDER", "3 NOT_A_BUNDLE"),
        errors.stream()
            .map(e -> e.objectIndex().getAsInt() + " " + e.kind())
            .collect(Collectors.toList()),
        errors::toString);
    assertEquals("a STIX object is a JSON object, not a string", errors.get(2).message());
  }

  @Test
  void errorsReadWellForAPerson() {
    StixError error =
        onlyError(reader.read(bundle(indicator(",\"valid_until\":\"2020-01-01T00:00:00Z\""))));

    assertEquals(
        "/objects/0/valid_until ("
            + INDICATOR_ID
            + "): valid_until (2020-01-01T00:00:00Z) must be later than "
            + "valid_from (2024-01-02T03:04:05Z) (STIX 2.1 section 4.7)",
        error.toString());
  }

  @Test
  void aBundleWithoutObjectsIsValidButAnEmptyListIsNot() {
    BundleResult none = reader.read("{\"type\":\"bundle\",\"id\":\"" + Samples.BUNDLE_ID + "\"}");
    StixError empty = onlyError(reader.read(bundle()));

    assertTrue(objects(none).isEmpty());
    assertEquals(Kind.NOT_A_BUNDLE, empty.kind());
    assertFalse(empty.objectIndex().isPresent());
  }
}
