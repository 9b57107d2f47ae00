package org.scrmportal.advisory.provider;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's OpenPGP signing key and its signatures over served CSAF documents (CSAF 2.0 section
 * 7.1.19 and 7.1.20). The key is the configured one ({@code scrm.csaf.signing-key.file}) or the one
 * generated on the first start of the first node and kept in the database: a node that finds none
 * generates one and inserts it, and if another node inserted its key first, it takes that one, so
 * that every node signs with the same key. A signature is made once per document content and kept,
 * so that serving a document again does not sign it again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the key is immutable once loaded
public class Signatures {

  private static final Logger LOG = Logger.getLogger(Signatures.class.getName());

  @Inject SigningKeyRepository repository;

  @Inject ProviderSettings settings;

  @Inject Clock clock;

  private volatile SigningKey key;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    key = settings.keyFile().map(this::configured).orElseGet(this::storedOrGenerated);
    LOG.info("CSAF signing key " + key.fingerprint());
  }

  private SigningKey configured(String file) {
    try {
      return SigningKey.read(
          Files.readString(Path.of(file), StandardCharsets.US_ASCII), settings.passphrase());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the CSAF signing key file " + file, e);
    }
  }

  private SigningKey storedOrGenerated() {
    Optional<StoredSigningKey> stored = repository.find();
    if (stored.isPresent()) {
      return SigningKey.read(stored.get().secretKey(), settings.passphrase());
    }
    SigningKey generated =
        SigningKey.generate(settings.keyUserId(), clock.instant(), settings.passphrase());
    try {
      repository.insert(new StoredSigningKey(generated));
      LOG.info("Generated the portal's CSAF signing key");
      return generated;
    } catch (EJBException | PersistenceException e) {
      // another node stored its key first: sign with that one
      StoredSigningKey winner =
          repository
              .find()
              .orElseThrow(() -> new IllegalStateException("cannot store the CSAF signing key", e));
      return SigningKey.read(winner.secretKey(), settings.passphrase());
    }
  }

  /** The fingerprint of the signing key (upper-case hex). */
  public String fingerprint() {
    return key.fingerprint();
  }

  /** The public key, ASCII-armoured. */
  public String publicKey() {
    return key.armouredPublicKey();
  }

  /** When the signing key was created. */
  public java.time.Instant keyCreated() {
    return key.created();
  }

  /**
   * The detached, ASCII-armoured signature over exactly {@code content} (CSAF 2.0 requirement 19),
   * made now or kept from the first time.
   *
   * @param sha512 the content's SHA-512, lower-case hex: what the kept signature is found by
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String sign(byte[] content, String sha512) {
    SigningKey signer = key;
    Optional<String> kept = repository.signature(signer.fingerprint(), sha512);
    if (kept.isPresent()) {
      return kept.get();
    }
    String signature = signer.sign(content, clock.instant());
    try {
      repository.insertSignature(
          new StoredSignature(signer.fingerprint(), sha512, signature, clock.instant()));
      return signature;
    } catch (EJBException | PersistenceException e) {
      // signed at the same time by another request: serve the one that was kept
      return repository.signature(signer.fingerprint(), sha512).orElse(signature);
    }
  }
}
