package org.scrmportal.advisory.provider;

import java.util.Optional;

/** Where the portal keeps its generated signing key, and the signatures it made. */
public interface SigningKeyRepository {

  /** The stored key, if one was generated before. */
  Optional<StoredSigningKey> find();

  /**
   * Stores a newly generated key in a transaction of its own; fails (and stores nothing) when a key
   * is stored already, for instance by another node that started at the same time.
   */
  void insert(StoredSigningKey key);

  /** The signature this key made over the content with this SHA-512, if one was stored. */
  Optional<String> signature(String fingerprint, String sha512);

  /**
   * Keeps a signature, in a transaction of its own; fails (and stores nothing) when one is stored
   * already for this key and content.
   */
  void insertSignature(StoredSignature signature);
}
