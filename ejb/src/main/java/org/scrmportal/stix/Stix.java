package org.scrmportal.stix;

import java.util.Set;

/**
 * Fixed values of STIX 2.1 in one place: the specification version, media types, the identifiers
 * the specification itself fixes, and where the bundled standard material lies on the class path.
 * The TLP 2.0 marking-definition ids live in {@link org.scrmportal.platform.TlpLevel} and are
 * reached through {@link TlpMarking}.
 */
public final class Stix {

  /** The value of {@code spec_version} for objects of this specification (section 3.2). */
  public static final String SPEC_VERSION = "2.1";

  /** The STIX 2.1 media type, for bundles served as such. */
  public static final String MEDIA_TYPE = "application/stix+json;version=2.1";

  /** The TAXII 2.1 media type, for envelopes and collections served over TAXII. */
  public static final String TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1";

  /** The {@code type} of a bundle (section 8). */
  public static final String BUNDLE_TYPE = "bundle";

  /** The STIX 2.1 TLP 1.0 marking definitions (section 7.2.1.4): TLP:WHITE. */
  public static final StixId TLP1_WHITE =
      StixId.of("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9");

  /** The STIX 2.1 TLP 1.0 marking definitions (section 7.2.1.4): TLP:GREEN. */
  public static final StixId TLP1_GREEN =
      StixId.of("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da");

  /** The STIX 2.1 TLP 1.0 marking definitions (section 7.2.1.4): TLP:AMBER. */
  public static final StixId TLP1_AMBER =
      StixId.of("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82");

  /** The STIX 2.1 TLP 1.0 marking definitions (section 7.2.1.4): TLP:RED. */
  public static final StixId TLP1_RED =
      StixId.of("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");

  /**
   * The extension definition under which FIRST publishes the TLP 2.0 marking definitions as STIX
   * 2.1 objects (OASIS CTI TC, cti-stix-common-objects,
   * extension-definition-specifications/tlp-2.0).
   */
  public static final StixId TLP2_EXTENSION_DEFINITION =
      StixId.of("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d");

  /** The {@code $id} prefix of the official JSON schemas (oasis-open/cti-stix2-json-schemas). */
  public static final String SCHEMA_ID_PREFIX =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

  /** Where the bundled copies of those schemas lie on the class path. */
  public static final String SCHEMA_RESOURCE_PREFIX = "stix/schemas/";

  /** The five TLP 2.0 marking definitions as published, a bundle on the class path. */
  public static final String TLP2_DEFINITIONS_RESOURCE = "stix/tlp-2.0-marking-definitions.json";

  /** The TLP 1.0 marking-definition ids fixed by the specification (section 7.2.1.4). */
  public static final Set<StixId> TLP1_MARKING_DEFINITIONS =
      Set.of(TLP1_WHITE, TLP1_GREEN, TLP1_AMBER, TLP1_RED);

  private Stix() {}
}
