package org.scrmportal.stix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The OASIS examples, as published, pass every rule; the one that is meant to fail does. */
class OasisExamplesTest {

  private final BundleReader reader = new BundleReader();

  @ParameterizedTest
  @FieldSource("org.scrmportal.stix.Samples#OASIS_EXAMPLE_BUNDLES")
  void everyExampleBundleIsValid(String name) throws Exception {
    String json = Samples.example(name);

    BundleResult result = reader.read(json);

    assertTrue(result.isValid(), () -> name + ": " + ((BundleResult.Invalid) result).errors());
    int published = new ObjectMapper().readTree(json).path("objects").size();
    assertEquals(
        published, ((BundleResult.Valid) result).objects().size(), "no object lost or collapsed");
  }

  /**
   * The interoperability example marks a campaign with a marking definition that neither TLP nor
   * the content defines ({@code ...-d5ec}, one digit off TLP:RED).
   */
  @Test
  void theObjectMarkingInteropExampleNamesAnUnknownMarking() {
    BundleResult result =
        reader.read(Samples.bundle(Samples.example("interop-objectmarking-test.json")));

    BundleResult.Invalid invalid = (BundleResult.Invalid) result;
    assertEquals(1, invalid.errors().size(), invalid.errors()::toString);
    StixError error = invalid.errors().get(0);
    assertEquals(StixError.Kind.UNKNOWN_MARKING, error.kind());
    assertEquals("/object_marking_refs/1", error.pointer());
    assertEquals("campaign--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061", error.objectId().orElseThrow());
  }
}
