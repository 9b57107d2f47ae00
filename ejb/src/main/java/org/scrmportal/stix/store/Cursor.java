package org.scrmportal.stix.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.scrmportal.platform.DomainException;

/**
 * Where a page ended, for {@code next} (TAXII 2.1 section 3.4.1): the date added and sequence
 * number of its last object. Pages are keyset pages ordered by (date added, sequence), so an object
 * added while a client pages comes after every page it has read: nothing is skipped or repeated.
 * The text form is opaque to clients.
 */
public record Cursor(Instant dateAdded, long seq) {

  public Cursor {
    Objects.requireNonNull(dateAdded, "dateAdded");
  }

  /** Whether a row at this cursor comes after one at {@code other} in a feed. */
  public boolean isAfter(Cursor other) {
    int byDate = dateAdded.compareTo(other.dateAdded);
    return byDate > 0 || byDate == 0 && seq > other.seq;
  }

  /** The opaque text for {@code next}. */
  public String text() {
    String plain = dateAdded.getEpochSecond() + "." + dateAdded.getNano() + "." + seq;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Reads a cursor this server wrote.
   *
   * @throws DomainException INVALID when it is not one
   */
  public static Cursor parse(String text) {
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.US_ASCII);
      String[] parts = plain.split("\\.");
      if (parts.length != 3) {
        throw new IllegalArgumentException(plain);
      }
      return new Cursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
          Long.parseLong(parts[2]));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new DomainException(
          DomainException.Kind.INVALID, "next is not a value this server gave");
    }
  }
}
