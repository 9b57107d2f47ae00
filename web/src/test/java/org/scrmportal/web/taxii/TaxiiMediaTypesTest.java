package org.scrmportal.web.taxii;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TAXII 2.1 section 1.6.8: which Accept and Content-Type values the server takes. */
class TaxiiMediaTypesTest {

  @Test
  void acceptsTaxiiTwoPointOneTheUnversionedTypeAndWildcards() {
    assertTrue(TaxiiMediaTypes.acceptsTaxii(List.of("application/taxii+json;version=2.1")));
    assertTrue(TaxiiMediaTypes.acceptsTaxii(List.of("application/taxii+json")));
    assertTrue(TaxiiMediaTypes.acceptsTaxii(List.of("text/html, */*;q=0.1")));
    assertTrue(TaxiiMediaTypes.acceptsTaxii(List.of("application/*")));
  }

  @Test
  void refusesOtherTypesAndOtherVersions() {
    assertFalse(TaxiiMediaTypes.acceptsTaxii(List.of("application/json")));
    assertFalse(TaxiiMediaTypes.acceptsTaxii(List.of("application/taxii+json;version=2.0")));
    assertFalse(TaxiiMediaTypes.acceptsTaxii(List.of("application/stix+json;version=2.1")));
    assertFalse(TaxiiMediaTypes.acceptsTaxii(List.of("not a media type")));
  }

  @Test
  void aBodyMustBeTaxii() {
    assertTrue(TaxiiMediaTypes.isTaxii(MediaType.valueOf("application/taxii+json;version=2.1")));
    assertFalse(TaxiiMediaTypes.isTaxii(MediaType.valueOf("application/json")));
    assertFalse(TaxiiMediaTypes.isTaxii(null));
  }
}
