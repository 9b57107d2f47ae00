package org.scrmportal.stix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Objects keep their JSON as received, custom content included (STIX 2.1 sections 11.1-11.2). */
class StixObjectTest {

  /**
   * A custom object with custom properties, written the way no serializer would write it: odd
   * spacing, escapes, a number with an exponent, keys in no order, non-ASCII text.
   */
  private static final String CUSTOM =
      """
      {
        "x_acme_score"  : 1.50e2,
        "type": "x-acme-supplier-finding",   "spec_version":"2.1",
        "id":"x-acme-supplier-finding--6f1c2f3a-9b4e-4c1d-8e2f-0a1b2c3d4e5f",
        "created":"2024-01-01T00:00:00.000Z", "modified":"2024-01-01T00:00:00.123456Z",
        "name":"Lieferant \\u00fcberpr\\u00fcft \\/ Zulieferer – ok",
        "x_acme_nested": {"levels": [1, 2, {"deep": true}], "empty": {}},
        "labels":["supply-chain"],
        "object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"],
        "extensions": {"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e":
                        {"extension_type":"new-sdo"}}
      }""";

  private final BundleReader reader = new BundleReader();

  private StixObject readOne(String bundle) {
    BundleResult result = reader.read(bundle);
    if (result instanceof BundleResult.Invalid invalid) {
      throw new AssertionError(invalid.errors().toString());
    }
    return ((BundleResult.Valid) result).objects().get(0);
  }

  @Test
  void aCustomObjectIsKeptByteForByte() {
    String body =
        "{ \"objects\" : ["
            + CUSTOM
            + "\n] , \"type\":\"bundle\", \"id\":\""
            + Samples.BUNDLE_ID
            + "\" }";

    StixObject object = readOne(body);

    assertEquals(CUSTOM, object.json());
    assertTrue(body.contains(object.json()));
    assertEquals(ObjectCategory.CUSTOM, object.category());
    assertEquals("x-acme-supplier-finding", object.type());
    assertEquals("2024-01-01T00:00:00.123456Z", object.modified().orElseThrow().text());
    assertEquals(List.of("supply-chain"), object.labels());
    assertEquals(
        Set.of("extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e"), object.extensions());
    assertEquals(150.0, object.property("x_acme_score").orElseThrow().doubleValue());
  }

  @Test
  void theStoredFormRoundTripsByteForByte() {
    StixObject received = readOne(Samples.bundle(CUSTOM));

    byte[] stored = received.json().getBytes(StandardCharsets.UTF_8);
    StixObject loaded = StixObject.fromStored(new String(stored, StandardCharsets.UTF_8));

    assertEquals(CUSTOM, loaded.json());
    assertTrue(
        java.util.Arrays.equals(
            CUSTOM.getBytes(StandardCharsets.UTF_8),
            loaded.json().getBytes(StandardCharsets.UTF_8)));
    assertEquals(received, loaded);
    assertEquals(received.versionKey(), loaded.versionKey());
    StixObject again = readOne(Samples.bundle(loaded.json()));
    assertEquals(
        CUSTOM, again.json(), "a stored object re-shared in a bundle is still the same text");
  }

  @Test
  void customPropertiesOnStandardObjectsAreKept() {
    String indicator =
        Samples.indicator(",\"x_acme_supplier\":{\"duns\":\"123456789\"},\"acme_note\":\"kept\"");

    StixObject object = readOne(Samples.bundle(indicator));

    assertEquals(indicator, object.json());
    assertEquals("kept", object.property("acme_note").orElseThrow().textValue());
  }

  @Test
  void propertyNamesMustFollowTheNamingRules() {
    BundleResult tooShort = reader.read(Samples.bundle(Samples.indicator(",\"xy\":1")));
    BundleResult upperCase = reader.read(Samples.bundle(Samples.indicator(",\"x_Acme\":1")));

    assertFalse(
        tooShort.isValid(), "property names have at least 3 characters (STIX 2.1 section 11.2)");
    assertFalse(upperCase.isValid(), "property names are lower-case (STIX 2.1 section 11.2)");
  }

  @Test
  void theTreeHandedOutIsACopy() {
    StixObject object = readOne(Samples.bundle(CUSTOM));

    ObjectNode node = object.node();
    node.put("name", "tampered");

    assertNotSame(node, object.node());
    assertEquals("Lieferant überprüft / Zulieferer – ok", object.node().path("name").textValue());
    assertEquals(CUSTOM, object.json());
  }

  @Test
  void readsTheCommonProperties() throws Exception {
    String json =
        Samples.indicator(
            ",\"revoked\":true,\"confidence\":15,\"external_references\":[{\"source_name\":"
                + "\"capec\",\"external_id\":\"CAPEC-163\"}],\"granular_markings\":[{\"marking_ref\":\""
                + Stix.TLP1_RED
                + "\",\"selectors\":[\"name\"]},{\"lang\":\"de\",\"selectors\":[\"description\"]}]");

    StixObject object = StixObject.fromStored(json);

    assertTrue(object.revoked());
    assertEquals(15, object.confidence().getAsInt());
    assertTrue(object.hasExternalReferences());
    assertEquals(Optional.of("2.1"), object.specVersion());
    assertEquals(
        List.of(
            new GranularMarking(Optional.of(Stix.TLP1_RED), Optional.empty(), List.of("name")),
            new GranularMarking(Optional.empty(), Optional.of("de"), List.of("description"))),
        object.granularMarkings());
    assertEquals(new ObjectMapper().readTree(json), object.node());
  }

  @Test
  void scosAndMarkingDefinitionsAreIdentifiedByIdAlone() {
    String sco =
        """
        {"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}""";

    StixObject object = readOne(Samples.bundle(sco));

    assertEquals(ObjectCategory.SCO, object.category());
    assertEquals(new VersionKey(object.id(), Optional.empty()), object.versionKey());
    assertEquals("ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd", object.toString());
  }

  @Test
  void fromStoredRefusesWhatIsNoStixObject() {
    assertThrows(IllegalArgumentException.class, () -> StixObject.fromStored("[1]"));
    assertThrows(
        IllegalArgumentException.class, () -> StixObject.fromStored("{\"type\":\"indicator\"}"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            StixObject.fromStored(
                "{\"type\":\"indicator\",\"id\":\"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\"}"));
    assertThrows(IllegalArgumentException.class, () -> StixObject.fromStored("{not json"));
  }
}
