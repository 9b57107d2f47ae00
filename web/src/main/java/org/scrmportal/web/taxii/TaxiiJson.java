package org.scrmportal.web.taxii;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.scrmportal.stix.Stix;
import org.scrmportal.stix.store.ContentSink;
import org.scrmportal.stix.store.ObjectRow;
import org.scrmportal.stix.store.StatusDetail;
import org.scrmportal.stix.store.SubmissionStatus;
import org.scrmportal.taxii.TaxiiService;

/** The TAXII 2.1 resources (section 4 and 5) as JSON text. */
final class TaxiiJson {

  static final ObjectMapper JSON = new ObjectMapper();

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private TaxiiJson() {}

  /** A TAXII timestamp to the microsecond (section 2.1 of STIX, as TAXII uses it). */
  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  /** The collection resource (section 5.2). */
  static ObjectNode collection(TaxiiService.CollectionAccess access) {
    ObjectNode c = JSON.createObjectNode();
    c.put("id", access.collection().id());
    c.put("title", access.collection().title());
    c.put("description", access.collection().description());
    c.put("can_read", access.canRead());
    c.put("can_write", access.canWrite());
    c.putArray("media_types").add(Stix.MEDIA_TYPE);
    return c;
  }

  /**
   * The envelope (section 3.7), with each object's stored JSON written verbatim, never parsed or
   * re-serialized.
   */
  static void writeEnvelope(TaxiiService.Page page, Writer out, Content content)
      throws IOException {
    out.write("{\"more\":" + page.more());
    if (page.next().isPresent()) {
      out.write(",\"next\":\"" + page.next().get().text() + "\"");
    }
    if (!page.rows().isEmpty()) {
      out.write(",\"objects\":[");
      boolean[] first = {true};
      content.write(
          json -> {
            if (!first[0]) {
              out.write(',');
            }
            first[0] = false;
            out.write(json);
          });
      out.write(']');
    }
    out.write('}');
  }

  /** What writes the content of the page's rows, in order. */
  @FunctionalInterface
  interface Content {
    void write(ContentSink sink) throws IOException;
  }

  /** The manifest resource (section 5.3, a list of manifest-records). */
  static String manifest(TaxiiService.Page page) {
    ObjectNode m = paged(page);
    if (!page.rows().isEmpty()) {
      ArrayNode objects = m.putArray("objects");
      for (ObjectRow row : page.rows()) {
        ObjectNode record = objects.addObject();
        record.put("id", row.objectId());
        record.put("date_added", timestamp(row.dateAdded()));
        record.put("version", row.version());
        record.put("media_type", Stix.MEDIA_TYPE);
      }
    }
    return m.toString();
  }

  /** The versions resource (section 5.8). */
  static String versions(TaxiiService.Page page) {
    ObjectNode v = paged(page);
    if (!page.rows().isEmpty()) {
      ArrayNode versions = v.putArray("versions");
      page.rows().forEach(r -> versions.add(r.version()));
    }
    return v.toString();
  }

  /** {@code more} and, while more follow, {@code next}: what every paged resource starts with. */
  private static ObjectNode paged(TaxiiService.Page page) {
    ObjectNode node = JSON.createObjectNode();
    node.put("more", page.more());
    page.next().ifPresent(n -> node.put("next", n.text()));
    return node;
  }

  /** The status resource (section 4.3.1). */
  static String status(SubmissionStatus s) {
    ObjectNode status = JSON.createObjectNode();
    status.put("id", s.id());
    status.put("status", s.status());
    status.put("request_timestamp", timestamp(s.requested()));
    status.put("total_count", s.total());
    status.put("success_count", s.successCount());
    details(status, "successes", s.successes());
    status.put("failure_count", s.failureCount());
    details(status, "failures", s.failures());
    status.put("pending_count", s.pendingCount());
    return status.toString();
  }

  private static void details(ObjectNode status, String name, java.util.List<StatusDetail> list) {
    if (list.isEmpty()) {
      return;
    }
    ArrayNode array = status.putArray(name);
    for (StatusDetail d : list) {
      ObjectNode detail = array.addObject();
      detail.put("id", d.id());
      detail.put("version", d.version());
      detail.put("message", d.message());
    }
  }
}
