package org.scrmportal.taxii;

import java.time.Instant;
import org.scrmportal.platform.TlpLevel;

/**
 * One stored version as a TAXII response lists it: in objects (with its JSON), in a manifest (a
 * manifest-record, section 5.3) or among an object's versions.
 *
 * @param json the verbatim object, or null where the query did not ask for content
 * @param tlp the TLP 2.0 level of its marking
 */
public record ObjectRow(
    long seq,
    String objectId,
    String type,
    Instant dateAdded,
    String version,
    String specVersion,
    String authorOrganization,
    String json,
    TlpLevel tlp) {

  /** Where a page that ends with this row continues. */
  public Cursor cursor() {
    return new Cursor(dateAdded, seq);
  }
}
