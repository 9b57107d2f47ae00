package org.scrmportal.advisory.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The portal's one signing key across nodes, and signatures made once per document: generated when
 * none is stored, taken from the store when another node stored its key first, and a signature kept
 * and served again rather than made again.
 */
class SignaturesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  /** A repository whose key row is shared, as the database is between nodes. */
  static final class Repository implements SigningKeyRepository {
    StoredSigningKey stored;
    StoredSigningKey storedByAnotherNodeOnInsert;
    final Map<String, String> signatures = new HashMap<>();
    int signatureInserts;

    @Override
    public Optional<StoredSigningKey> find() {
      return Optional.ofNullable(stored);
    }

    @Override
    public void insert(StoredSigningKey key) {
      if (storedByAnotherNodeOnInsert != null) {
        stored = storedByAnotherNodeOnInsert; // the other node committed first
      }
      if (stored != null) {
        throw new EJBException("duplicate key csaf_signing_key_pk");
      }
      stored = key;
    }

    @Override
    public Optional<String> signature(String fingerprint, String sha512) {
      return Optional.ofNullable(signatures.get(fingerprint + sha512));
    }

    @Override
    public void insertSignature(StoredSignature signature) {
      signatureInserts++;
      signatures.putIfAbsent(signature.toString(), signature.signature());
    }
  }

  private static Signatures signatures(Repository repository) {
    ProviderSettings settings = new ProviderSettings();
    settings.publisherName = "SCRM Portal";
    settings.userId = Optional.empty();
    settings.keyFile = Optional.empty();
    settings.passphrase = Optional.empty();
    Signatures signatures = new Signatures();
    signatures.repository = repository;
    signatures.settings = settings;
    signatures.clock = CLOCK;
    signatures.load();
    return signatures;
  }

  @Test
  void theFirstNodeGeneratesAndStoresTheKeyTheNextReadsIt() {
    Repository database = new Repository();
    Signatures first = signatures(database);
    assertEquals(first.fingerprint(), database.stored.fingerprint());
    Signatures second = signatures(database);
    assertEquals(first.fingerprint(), second.fingerprint());
    assertEquals(first.publicKey(), second.publicKey());
  }

  @Test
  void aNodeThatLosesTheRaceSignsWithTheWinnersKey() {
    Repository database = new Repository();
    StoredSigningKey winner =
        new StoredSigningKey(SigningKey.generate("Winner", CLOCK.instant(), null));
    database.storedByAnotherNodeOnInsert = winner;
    Signatures loser = signatures(database);
    assertSame(winner, database.stored);
    assertEquals(winner.fingerprint(), loser.fingerprint());
  }

  @Test
  void aKeptSignatureIsServedAgainNotMadeAgain() throws Exception {
    Repository database = new Repository();
    Signatures signatures = signatures(database);
    byte[] content = "{}".getBytes(StandardCharsets.UTF_8);
    String kept = "-----BEGIN PGP SIGNATURE-----\nkept\n-----END PGP SIGNATURE-----\n";
    database.signatures.put(signatures.fingerprint() + "abc", kept);
    assertSame(kept, signatures.sign(content, "abc"));
    assertEquals(0, database.signatureInserts);
    String fresh = signatures.sign(content, "def");
    assertNotEquals(kept, fresh);
    assertEquals(1, database.signatureInserts);
    assertTrue(
        SigningKeyTest.verify(
            SigningKeyTest.publicKeyRing(signatures.publicKey()), fresh, content));
  }
}
