package org.scrmportal.identity.federation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import org.scrmportal.identity.federation.saml.MetadataAggregates;
import org.scrmportal.identity.federation.saml.VerifiedAggregate;

/**
 * How an aggregate is verified: {@link MetadataAggregates} (both methods throw {@code
 * InvalidMetadata}); a seam so that the services' rules are tested on their own.
 */
interface AggregateVerifier {

  X509Certificate certificate(String pem);

  VerifiedAggregate verify(byte[] xml, X509Certificate pinned, Instant now);

  /** OpenSAML's verification through the facade. */
  AggregateVerifier SAML =
      new AggregateVerifier() {
        @Override
        public X509Certificate certificate(String pem) {
          return MetadataAggregates.certificate(pem);
        }

        @Override
        public VerifiedAggregate verify(byte[] xml, X509Certificate pinned, Instant now) {
          return MetadataAggregates.verify(xml, pinned, now);
        }
      };
}
