package org.scrmportal.advisory.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A detached signature the portal made over a served document, by content and key. */
@Entity
@Table(name = "csaf_signature")
public class StoredSignature {

  /** Which key signed which content (its SHA-512, lower-case hex). */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "fingerprint", length = 64)
    private String fingerprint;

    @Column(name = "sha512", length = 128)
    private String sha512;

    protected Key() {}

    Key(String fingerprint, String sha512) {
      this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
      this.sha512 = Objects.requireNonNull(sha512, "sha512");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && fingerprint.equals(k.fingerprint) && sha512.equals(k.sha512);
    }

    @Override
    public int hashCode() {
      return Objects.hash(fingerprint, sha512);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "signature", nullable = false, length = 16384)
  private String signature;

  @Column(name = "created", nullable = false)
  private Instant created;

  protected StoredSignature() {}

  StoredSignature(String fingerprint, String sha512, String signature, Instant created) {
    this.key = new Key(fingerprint, sha512);
    this.signature = Objects.requireNonNull(signature, "signature");
    this.created = Objects.requireNonNull(created, "created");
  }

  /** The ASCII-armoured detached signature. */
  public String signature() {
    return signature;
  }
}
