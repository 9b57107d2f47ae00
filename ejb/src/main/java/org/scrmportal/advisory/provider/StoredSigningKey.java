package org.scrmportal.advisory.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The portal's generated OpenPGP signing key as stored: the one row of {@code csaf_signing_key}.
 */
@Entity
@Table(name = "csaf_signing_key")
public class StoredSigningKey {

  /** The name of the one row. */
  static final String PORTAL = "portal";

  @Id
  @Column(name = "name", length = 16)
  private String name;

  @Column(name = "fingerprint", nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "secret_key", nullable = false, length = 65536)
  private String secretKey;

  @Column(name = "created", nullable = false)
  private Instant created;

  protected StoredSigningKey() {}

  StoredSigningKey(SigningKey key) {
    this.name = PORTAL;
    this.fingerprint = Objects.requireNonNull(key.fingerprint());
    this.secretKey = key.armouredSecretKey();
    this.created = key.created();
  }

  public String fingerprint() {
    return fingerprint;
  }

  /** The ASCII-armoured secret key (protected when a passphrase is configured). */
  public String secretKey() {
    return secretKey;
  }

  public Instant created() {
    return created;
  }
}
