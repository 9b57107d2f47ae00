package org.scrmportal.advisory.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.junit.jupiter.api.Test;

/**
 * The portal's OpenPGP key (CSAF 2.0 sections 7.1.19 and 7.1.20): its detached signatures verify
 * with Bouncy Castle's verifier against the armoured public key it publishes, over exactly the
 * signed bytes and no others.
 */
class SigningKeyTest {

  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  private static final byte[] DOCUMENT =
      "{\"document\":{\"title\":\"Example\"}}\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aDetachedSignatureVerifiesOverTheExactBytes() throws Exception {
    SigningKey key = SigningKey.generate("SCRM Portal CSAF signing key", NOW, null);
    String asc = key.sign(DOCUMENT, NOW);
    assertTrue(asc.startsWith("-----BEGIN PGP SIGNATURE-----"), asc);
    PGPPublicKeyRing published = publicKeyRing(key.armouredPublicKey());
    assertTrue(verify(published, asc, DOCUMENT));
    byte[] changed = DOCUMENT.clone();
    changed[changed.length - 2] = ' ';
    assertFalse(verify(published, asc, changed), "one byte changed: the signature must fail");
  }

  @Test
  void theKeyIsAnEd25519Version4KeyNamedForThePortalWithItsFingerprint() throws Exception {
    SigningKey key = SigningKey.generate("SCRM Portal CSAF signing key", NOW, null);
    PGPPublicKeyRing ring = publicKeyRing(key.armouredPublicKey());
    PGPPublicKey primary = ring.getPublicKey();
    assertEquals(4, primary.getVersion());
    assertEquals(PublicKeyAlgorithmTags.EDDSA_LEGACY, primary.getAlgorithm());
    assertEquals("SCRM Portal CSAF signing key", primary.getUserIDs().next());
    assertEquals(
        HexFormat.of().formatHex(primary.getFingerprint()).toUpperCase(Locale.ROOT),
        key.fingerprint());
    assertTrue(key.fingerprint().matches("[0-9A-F]{40}"), key.fingerprint());
    assertEquals(NOW, key.created());
    assertFalse(key.armouredPublicKey().contains("PRIVATE"), "only the public part is published");
  }

  @Test
  void aStoredKeyReadsBackAsTheSameKey() throws Exception {
    SigningKey generated = SigningKey.generate("Portal", NOW, null);
    SigningKey read = SigningKey.read(generated.armouredSecretKey(), null);
    assertEquals(generated.fingerprint(), read.fingerprint());
    assertTrue(
        verify(publicKeyRing(generated.armouredPublicKey()), read.sign(DOCUMENT, NOW), DOCUMENT));
  }

  @Test
  void aProtectedKeyNeedsItsPassphrase() throws Exception {
    char[] passphrase = "correct horse battery staple".toCharArray();
    SigningKey generated = SigningKey.generate("Portal", NOW, passphrase);
    SigningKey read = SigningKey.read(generated.armouredSecretKey(), passphrase);
    assertEquals(generated.fingerprint(), read.fingerprint());
    assertTrue(verify(publicKeyRing(read.armouredPublicKey()), read.sign(DOCUMENT, NOW), DOCUMENT));
    assertThrows(
        IllegalArgumentException.class,
        () -> SigningKey.read(generated.armouredSecretKey(), "wrong".toCharArray()));
  }

  @Test
  void anotherKeysSignatureDoesNotVerify() throws Exception {
    SigningKey portal = SigningKey.generate("Portal", NOW, null);
    SigningKey other = SigningKey.generate("Someone else", NOW, null);
    assertNotEquals(portal.fingerprint(), other.fingerprint());
    String forged = other.sign(DOCUMENT, NOW);
    PGPPublicKeyRing published = publicKeyRing(portal.armouredPublicKey());
    PGPSignature signature = signature(forged);
    assertEquals(null, published.getPublicKey(signature.getKeyID()), "not the portal's key");
  }

  @Test
  void notAKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SigningKey.read("not an OpenPGP key", null));
  }

  /** Bouncy Castle's verifier, as a consumer of the provider would use it. */
  static boolean verify(PGPPublicKeyRing keys, String armouredSignature, byte[] content)
      throws IOException, PGPException {
    PGPSignature signature = signature(armouredSignature);
    PGPPublicKey key = keys.getPublicKey(signature.getKeyID());
    if (key == null) {
      return false;
    }
    signature.init(new BcPGPContentVerifierBuilderProvider(), key);
    signature.update(content);
    return signature.verify();
  }

  static PGPSignature signature(String armoured) throws IOException {
    try (InputStream in = decoder(armoured)) {
      Object object = new BcPGPObjectFactory(in).nextObject();
      return ((PGPSignatureList) object).get(0);
    }
  }

  static PGPPublicKeyRing publicKeyRing(String armoured) throws IOException {
    try (InputStream in = decoder(armoured)) {
      return new PGPPublicKeyRing(in, new BcKeyFingerprintCalculator());
    }
  }

  private static InputStream decoder(String armoured) throws IOException {
    return PGPUtil.getDecoderStream(
        new ByteArrayInputStream(armoured.getBytes(StandardCharsets.US_ASCII)));
  }
}
