package org.scrmportal.it.csaf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Small valid CSAF 2.0 documents (profile csaf_base, CSAF 2.0 section 4.1) written for the tests
 * from the specification: integer versioning, one revision history entry per version from 1 (0 for
 * a draft of version 0), a day apart.
 */
public final class CsafSamples {

  private static final ObjectMapper JSON = new ObjectMapper();

  private String namespace = "https://example.com";
  private String publisher = "Example Company";
  private String trackingId = "EXAMPLE-2024-0001";
  private int version = 1;
  private String status = "final";
  private String label = "WHITE";
  private String title = "A sample advisory";
  private String summaryOfFirst = "Initial version.";

  public static CsafSamples advisory() {
    return new CsafSamples();
  }

  public CsafSamples namespace(String value) {
    namespace = value;
    return this;
  }

  public CsafSamples publisher(String value) {
    publisher = value;
    return this;
  }

  public CsafSamples trackingId(String value) {
    trackingId = value;
    return this;
  }

  public CsafSamples version(int value) {
    version = value;
    return this;
  }

  public CsafSamples status(String value) {
    status = value;
    return this;
  }

  /** WHITE, GREEN, AMBER, RED, or null for none. */
  public CsafSamples tlp(String value) {
    label = value;
    return this;
  }

  public CsafSamples title(String value) {
    title = value;
    return this;
  }

  /** Another summary for revision 1 (a rewritten history). */
  public CsafSamples firstSummary(String value) {
    summaryOfFirst = value;
    return this;
  }

  public ObjectNode json() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode document = root.putObject("document");
    document.put("category", "csaf_base");
    document.put("csaf_version", "2.0");
    if (label != null) {
      document.putObject("distribution").putObject("tlp").put("label", label);
    } else {
      document.putObject("distribution").put("text", "Share as agreed.");
    }
    ObjectNode pub = document.putObject("publisher");
    pub.put("category", "vendor");
    pub.put("name", publisher);
    pub.put("namespace", namespace);
    document.put("title", title);
    ObjectNode tracking = document.putObject("tracking");
    tracking.put("current_release_date", date(Math.max(version, 1)));
    tracking.put("id", trackingId);
    tracking.put("initial_release_date", date(1));
    ArrayNode history = tracking.putArray("revision_history");
    for (int n = version == 0 ? 0 : 1; n <= version; n++) {
      ObjectNode entry = history.addObject();
      entry.put("date", date(Math.max(n, 1)));
      entry.put("number", Integer.toString(n));
      entry.put("summary", n <= 1 ? summaryOfFirst : "Revision " + n + ".");
    }
    tracking.put("status", status);
    tracking.put("version", Integer.toString(version));
    return root;
  }

  public byte[] bytes() {
    try {
      return JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(json())
          .getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String date(int day) {
    return String.format("2024-01-%02dT10:00:00.000Z", Objects.checkIndex(day, 29));
  }
}
