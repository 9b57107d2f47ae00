package org.scrmportal.advisory.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Validates CSAF 2.0 documents: the JSON schema first, then, on a document the schema accepts,
 * every test of section 6. Thread-safe; build one and share it.
 *
 * <p>{@link #check(byte[])} reads the bytes first, within {@link CsafLimits}: the size before
 * parsing, then JSON (UTF-8) with Jackson's stream constraints (nesting depth, string and name
 * lengths), duplicate property names refused (RFC 8259 section 4: names SHOULD be unique; a CSAF
 * document with two values for one property is ambiguous) and nothing allowed after the document.
 * What fails there is one finding of test {@code "schema"} and no document.
 *
 * <p>The schema is the official CSAF 2.0 schema with the FIRST CVSS schemas it refers to (bundled,
 * never fetched; {@link CsafSchemas}). Violations inside a {@code cvss_v2}/{@code cvss_v3} object
 * are what test 6.1.8 ("Invalid CVSS": valid according to the referenced schema) reports, so a
 * document whose only schema violations are there is reported by 6.1.8, with the other tests run;
 * any other violation is a {@code "schema"} finding and the tests are not run (they rely on the
 * schema's types).
 */
public final class CsafValidator {

  /** The place of a CVSS object of a score, and anything inside it. */
  private static final Pattern IN_CVSS =
      Pattern.compile("/vulnerabilities/\\d+/scores/\\d+/cvss_v[23](/.*)?");

  private final CsafLimits limits;
  private final ObjectMapper mapper;
  private final CsafSchemas schemas;
  private final List<CsafTest> tests;

  /** A validator with {@link CsafLimits#DEFAULTS} and every test. */
  public CsafValidator() {
    this(CsafLimits.DEFAULTS);
  }

  /** A validator with these limits and every test. */
  public CsafValidator(CsafLimits limits) {
    this(
        limits,
        Stream.of(
                MandatoryTests.all(),
                MandatoryTestsContinued.all(),
                OptionalTests.all(),
                InformativeTests.all())
            .flatMap(List::stream)
            .toList());
  }

  /** A validator running only {@code tests} (after the schema); for tests of the validator. */
  CsafValidator(CsafLimits limits, List<CsafTest> tests) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.tests = List.copyOf(tests);
    this.schemas = CsafSchemas.bundled();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
                    .maxNumberLength(1000)
                    .maxDocumentLength(limits.maxBytes())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  public CsafLimits limits() {
    return limits;
  }

  /** Parses {@code utf8} within the limits, then validates it ({@link #validate}). */
  public Checked check(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    if (utf8.length > limits.maxBytes()) {
      return unreadable(
          "the document has "
              + utf8.length
              + " bytes; the limit is "
              + limits.maxBytes()
              + " bytes");
    }
    JsonNode document;
    try (JsonParser parser = mapper.createParser(utf8)) {
      document = mapper.readTree(parser);
    } catch (StreamConstraintsException e) {
      return unreadable(limitMessage(e));
    } catch (JsonProcessingException e) {
      return unreadable(
          "not valid JSON at " + where(e.getLocation()) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      return unreadable("not valid JSON: " + e.getMessage());
    }
    if (document == null || document.isMissingNode()) {
      return unreadable("the document is empty");
    }
    return new Checked(document, validate(document));
  }

  /** The full verdict on {@code document}, an already parsed CSAF document. */
  public Verdict validate(JsonNode document) {
    Objects.requireNonNull(document, "document");
    List<Finding> schemaFindings = schemas.validateDocument(document);
    List<Finding> outsideCvss = new ArrayList<>();
    for (Finding finding : schemaFindings) {
      if (!IN_CVSS.matcher(finding.path()).matches()) {
        outsideCvss.add(finding);
      }
    }
    if (!outsideCvss.isEmpty()) {
      return new Verdict(schemaFindings);
    }
    List<Finding> findings = new ArrayList<>();
    for (CsafTest test : tests) {
      findings.addAll(test.run(document));
    }
    return new Verdict(findings);
  }

  private static Checked unreadable(String message) {
    return new Checked(null, new Verdict(List.of(new Finding("schema", "", message))));
  }

  private String limitMessage(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    String at = " (at " + where(e.getLocation()) + ")";
    if (message.contains("nesting depth")) {
      return "JSON nested deeper than the limit of " + limits.maxNestingDepth() + " levels" + at;
    }
    if (message.contains("Document length")) {
      return "the document is longer than the limit of " + limits.maxBytes() + " bytes" + at;
    }
    if (message.contains("Number")) {
      return "a number is longer than the limit" + at;
    }
    if (message.contains("Name")) {
      return "a property name is longer than the limit" + at;
    }
    return "a string is longer than the limit of " + limits.maxStringLength() + " characters" + at;
  }

  private static String where(JsonLocation location) {
    if (location == null) {
      return "an unknown position";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
