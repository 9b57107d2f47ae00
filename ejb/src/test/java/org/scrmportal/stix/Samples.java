package org.scrmportal.stix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Sample STIX content for the tests: the copied OASIS examples, and small objects to bend. */
final class Samples {

  /** The OASIS example bundles copied from cti-stix2-json-schemas (see NOTICE). */
  static final List<String> OASIS_EXAMPLE_BUNDLES =
      List.of(
          "indicator-for-c2-ip-address.json",
          "indicator-to-campaign-relationship.json",
          "indicators-for-C2-with-COA.json",
          "infrastructure.json",
          "malicious-email-indicator-with-attachment.json",
          "apt1.json",
          "poisonivy.json");

  static final String BUNDLE_ID = "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d";
  static final String IDENTITY_ID = "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff";
  static final String INDICATOR_ID = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";

  private Samples() {}

  static String example(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/stix/examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no example " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bundle of these objects' JSON texts. */
  static String bundle(String... objects) {
    return "{\"type\":\"bundle\",\"id\":\""
        + BUNDLE_ID
        + "\",\"objects\":["
        + List.of(objects).stream().collect(Collectors.joining(","))
        + "]}";
  }

  /**
   * A valid indicator; {@code extra} is spliced in as further properties (start it with a comma).
   */
  static String indicator(String id, String pattern, String extra) {
    return """
        {"type":"indicator","spec_version":"2.1","id":"%s",
         "created":"2024-01-02T03:04:05.000Z","modified":"2024-01-02T03:04:05.000Z",
         "pattern":%s,"pattern_type":"stix","valid_from":"2024-01-02T03:04:05Z"%s}"""
        .formatted(id, quote(pattern), extra);
  }

  static String indicator(String extra) {
    return indicator(INDICATOR_ID, "[ipv4-addr:value = '198.51.100.7']", extra);
  }

  static String identity() {
    return """
        {"type":"identity","spec_version":"2.1","id":"%s","created":"2024-01-01T00:00:00.000Z",
         "modified":"2024-01-01T00:00:00.000Z","name":"Acme Components GmbH","identity_class":"organization"}"""
        .formatted(IDENTITY_ID);
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
