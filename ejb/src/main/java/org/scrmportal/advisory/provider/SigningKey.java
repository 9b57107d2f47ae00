package org.scrmportal.advisory.provider;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.PBESecretKeyEncryptor;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * An OpenPGP key (RFC 4880) that signs CSAF documents: detached, ASCII-armoured signatures over the
 * exact bytes (CSAF 2.0 section 7.1.19, requirement 19) and the public key to verify them (section
 * 7.1.20, requirement 20). Generated keys are version 4 Ed25519 (EdDSA) keys that certify and sign.
 * Bouncy Castle's lightweight (Bc*) operators only: no JCE provider is registered. Immutable and
 * thread-safe.
 */
public final class SigningKey {

  private final String armouredSecretKey;
  private final PGPSecretKeyRing ring;
  private final PGPSecretKey signingKey;
  private final PGPPrivateKey privateKey;
  private final String armouredPublicKey;

  private SigningKey(String armouredSecretKey, PGPSecretKeyRing ring, char[] passphrase) {
    this.armouredSecretKey = armouredSecretKey;
    this.ring = ring;
    this.signingKey = signingKeyOf(ring);
    try {
      this.privateKey =
          signingKey.extractPrivateKey(
              new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                  .build(passphrase == null ? new char[0] : passphrase));
    } catch (PGPException e) {
      throw new IllegalArgumentException(
          "cannot unlock the OpenPGP signing key (wrong or missing passphrase?)", e);
    }
    this.armouredPublicKey = armourPublicKeys(ring);
  }

  /**
   * A new Ed25519 key that certifies and signs, with one user id.
   *
   * @param passphrase protects the secret key as {@link #armouredSecretKey()} writes it; null or
   *     empty leaves it unprotected
   */
  public static SigningKey generate(String userId, Instant created, char[] passphrase) {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(created, "created");
    try {
      Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
      generator.init(new Ed25519KeyGenerationParameters(new SecureRandom()));
      AsymmetricCipherKeyPair pair = generator.generateKeyPair();
      PGPKeyPair keyPair =
          new BcPGPKeyPair(
              PublicKeyPacket.VERSION_4,
              PublicKeyAlgorithmTags.EDDSA_LEGACY,
              pair,
              Date.from(created));
      PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
      hashed.setKeyFlags(true, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
      hashed.setPreferredHashAlgorithms(
          false, new int[] {HashAlgorithmTags.SHA512, HashAlgorithmTags.SHA256});
      hashed.setIssuerFingerprint(false, keyPair.getPublicKey());
      PGPDigestCalculator sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
      PBESecretKeyEncryptor encryptor =
          passphrase == null || passphrase.length == 0
              ? null
              : new BcPBESecretKeyEncryptorBuilder(
                      SymmetricKeyAlgorithmTags.AES_256,
                      new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256),
                      0x90)
                  .build(passphrase);
      PGPKeyRingGenerator rings =
          new PGPKeyRingGenerator(
              PGPSignature.POSITIVE_CERTIFICATION,
              keyPair,
              userId,
              sha1,
              hashed.generate(),
              null,
              new BcPGPContentSignerBuilder(
                  keyPair.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA512),
              encryptor);
      PGPSecretKeyRing ring = rings.generateSecretKeyRing();
      return new SigningKey(armour(ring.getEncoded()), ring, passphrase);
    } catch (PGPException | IOException e) {
      throw new IllegalStateException("cannot generate an OpenPGP key", e);
    }
  }

  /**
   * Reads an ASCII-armoured (or binary) transferable secret key; the first key of it that may sign
   * signs.
   *
   * @param passphrase unlocks a protected secret key; null for an unprotected one
   * @throws IllegalArgumentException when it is no usable secret key, or the passphrase is wrong
   */
  public static SigningKey read(String armouredSecretKey, char[] passphrase) {
    Objects.requireNonNull(armouredSecretKey, "armouredSecretKey");
    try (InputStream in =
        PGPUtil.getDecoderStream(
            new ByteArrayInputStream(armouredSecretKey.getBytes(StandardCharsets.US_ASCII)))) {
      PGPSecretKeyRing ring = new PGPSecretKeyRing(in, new BcKeyFingerprintCalculator());
      return new SigningKey(armouredSecretKey, ring, passphrase);
    } catch (IOException | PGPException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("not an OpenPGP secret key", e);
    }
  }

  private static PGPSecretKey signingKeyOf(PGPSecretKeyRing ring) {
    Iterator<PGPSecretKey> keys = ring.getSecretKeys();
    while (keys.hasNext()) {
      PGPSecretKey key = keys.next();
      if (key.isSigningKey() && !key.isPrivateKeyEmpty()) {
        return key;
      }
    }
    throw new IllegalArgumentException("the OpenPGP key has no secret key that may sign");
  }

  /** The secret key as given or generated (protected when it was given a passphrase). */
  public String armouredSecretKey() {
    return armouredSecretKey;
  }

  /** The public key (the primary key, its user ids and subkeys), ASCII-armoured. */
  public String armouredPublicKey() {
    return armouredPublicKey;
  }

  /** The fingerprint of the primary key, upper-case hex (40 digits for a version 4 key). */
  public String fingerprint() {
    return HexFormat.of().formatHex(ring.getPublicKey().getFingerprint()).toUpperCase(Locale.ROOT);
  }

  /** When the primary key was created. */
  public Instant created() {
    return ring.getPublicKey().getCreationTime().toInstant();
  }

  /**
   * A detached signature over exactly {@code content} (a binary document signature, SHA-512),
   * ASCII-armoured, as a {@code .asc} file holds it.
   */
  public String sign(byte[] content, Instant when) {
    Objects.requireNonNull(content, "content");
    try {
      PGPPublicKey publicKey = signingKey.getPublicKey();
      PGPSignatureGenerator generator =
          new PGPSignatureGenerator(
              new BcPGPContentSignerBuilder(publicKey.getAlgorithm(), HashAlgorithmTags.SHA512),
              publicKey);
      generator.init(PGPSignature.BINARY_DOCUMENT, privateKey);
      PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
      hashed.setSignatureCreationTime(false, Date.from(when));
      hashed.setIssuerFingerprint(false, publicKey);
      generator.setHashedSubpackets(hashed.generate());
      PGPSignatureSubpacketGenerator unhashed = new PGPSignatureSubpacketGenerator();
      unhashed.setIssuerKeyID(false, publicKey.getKeyID());
      generator.setUnhashedSubpackets(unhashed.generate());
      generator.update(content);
      return armour(generator.generate().getEncoded());
    } catch (PGPException | IOException e) {
      throw new IllegalStateException("cannot sign with the OpenPGP key", e);
    }
  }

  private static String armourPublicKeys(PGPSecretKeyRing ring) {
    try {
      ByteArrayOutputStream binary = new ByteArrayOutputStream();
      Iterator<PGPPublicKey> keys = ring.getPublicKeys();
      while (keys.hasNext()) {
        keys.next().encode(binary);
      }
      return armour(binary.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the OpenPGP public key", e);
    }
  }

  private static String armour(byte[] binary) throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (ArmoredOutputStream out = ArmoredOutputStream.builder().clearHeaders().build(text)) {
      out.write(binary);
    }
    return text.toString(StandardCharsets.US_ASCII);
  }
}
