package org.scrmportal.advisory;

import java.time.Instant;
import org.scrmportal.platform.TlpLevel;

/**
 * PLACEHOLDER until the store (branch h9-store) lands its entity of the same name: only the getters
 * of the contract that the provider reads. Merging h9-store replaces this file with the entity.
 */
public class Advisory {

  protected Advisory() {}

  public long id() {
    throw new UnsupportedOperationException("placeholder");
  }

  public String trackingId() {
    throw new UnsupportedOperationException("placeholder");
  }

  public String title() {
    throw new UnsupportedOperationException("placeholder");
  }

  public TlpLevel tlp() {
    throw new UnsupportedOperationException("placeholder");
  }

  public Instant initialReleaseDate() {
    throw new UnsupportedOperationException("placeholder");
  }

  public Instant currentReleaseDate() {
    throw new UnsupportedOperationException("placeholder");
  }

  public String fileName() {
    throw new UnsupportedOperationException("placeholder");
  }

  public int year() {
    throw new UnsupportedOperationException("placeholder");
  }

  public byte[] content() {
    throw new UnsupportedOperationException("placeholder");
  }

  public String sha256() {
    throw new UnsupportedOperationException("placeholder");
  }

  public String sha512() {
    throw new UnsupportedOperationException("placeholder");
  }
}
