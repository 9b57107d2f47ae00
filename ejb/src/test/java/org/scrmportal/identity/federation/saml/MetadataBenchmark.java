package org.scrmportal.identity.federation.saml;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.scrmportal.identity.federation.saml.testing.TestFederation;

/**
 * Issue 11: {@link MetadataAggregates#verify} (hardened parse, ID and signature shape, the root's
 * RSA-SHA256 signature against the pinned certificate, OpenSAML's unmarshalling, the listing of
 * every identity provider) on signed aggregates of 100, 1,000 and 5,000 identity providers, built
 * once per trial by {@link TestFederation}. Each provider is a realistic IdP EntityDescriptor:
 * IDPSSODescriptor with a signing KeyDescriptor holding its own X.509 certificate (RSA 2048,
 * SHA256withRSA; the certificates are distinct, their keys drawn from a pool of eight so that the
 * set-up does not generate 5,000 RSA keys), two NameID formats, HTTP-Redirect and HTTP-POST single
 * sign-on, mdrpi:RegistrationInfo, an entity category (REFEDS R&amp;S), an assurance certification
 * (SIRTFI) and md:Organization. The aggregate's size is printed at set-up ({@code aggregate: ...
 * MiB}). Run with (from the worktree root; {@code -prof gc} adds the heap allocated per verify,
 * {@code gc.alloc.rate.norm} in bytes per operation):
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl ejb test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
 *     -Dmdep.includeScope=test
 * java -cp ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/bench.cp) \
 *     org.openjdk.jmh.Main MetadataBenchmark -f 1 -wi 5 -i 10 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MetadataBenchmark {

  private static final String RANDS = "http://refeds.org/category/research-and-scholarship";
  private static final String SIRTFI = "https://refeds.org/sirtfi";
  private static final int KEYS = 8;

  @Param({"100", "1000", "5000"})
  public int identityProviders;

  private byte[] signed;
  private X509Certificate pinned;
  private Instant now;

  @Setup
  public void setUp() throws Exception {
    now = Instant.now();
    TestFederation federation = TestFederation.create("Benchmark Federation Metadata Signer");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair[] keys = new KeyPair[KEYS];
    for (int k = 0; k < KEYS; k++) {
      keys[k] = generator.generateKeyPair();
    }
    String[] entities = new String[identityProviders];
    for (int i = 0; i < identityProviders; i++) {
      String host = String.format(Locale.ROOT, "idp.member-%05d.example.org", i);
      X509Certificate certificate = TestFederation.selfSigned(host, keys[i % KEYS]);
      entities[i] =
          TestFederation.describe(
              TestFederation.identityProvider(
                  "https://" + host + "/idp/shibboleth",
                  "https://" + host + "/idp/profile/SAML2/SSO",
                  certificate),
              "https://federation.example.org/",
              String.format(Locale.ROOT, "Member Organization %05d", i),
              List.of(RANDS),
              List.of(SIRTFI));
    }
    signed =
        federation.sign(
            TestFederation.aggregate(
                "urn:example:federation:benchmark",
                now.plus(14, ChronoUnit.DAYS),
                Duration.ofHours(6),
                entities));
    pinned = federation.certificate();
    int listed = MetadataAggregates.verify(signed, pinned, now).identityProviders().size();
    if (listed != identityProviders) {
      throw new IllegalStateException(
          "the aggregate lists " + listed + " identity providers, not " + identityProviders);
    }
    System.out.printf(
        Locale.ROOT,
        "%naggregate: %d identity providers, %d bytes (%.2f MiB; the limit is %d MiB)%n",
        identityProviders,
        signed.length,
        signed.length / (1024.0 * 1024.0),
        MetadataAggregates.MAX_BYTES / (1024 * 1024));
  }

  /** Parse, signature, unmarshalling and listing of the whole aggregate. */
  @Benchmark
  public VerifiedAggregate verify() {
    return MetadataAggregates.verify(signed, pinned, now);
  }
}
