package org.scrmportal.it.baseline;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Small OSCAL 1.1 documents written for the tests: a catalog of two supply-chain controls (in JSON,
 * XML and YAML, each with a fresh UUID) and profiles importing what the test names.
 */
final class BaselineSamples {

  static final String OSCAL_VERSION = "1.1.2";

  private BaselineSamples() {}

  static byte[] catalogJson(String title) {
    return ("""
        {"catalog": {
          "uuid": "%s",
          "metadata": {"title": "%s", "last-modified": "2024-05-01T00:00:00Z",
                       "version": "1.0", "oscal-version": "%s"},
          "groups": [{"id": "sr", "class": "family", "title": "Supply Chain Risk Management",
            "controls": [
              {"id": "sr-1", "class": "SP800-53", "title": "Policy and Procedures",
               "props": [{"name": "label", "value": "SR-1"}],
               "parts": [{"id": "sr-1_smt", "name": "statement",
                          "prose": "Develop a supply chain risk management policy (%s)."}]},
              {"id": "sr-2", "class": "SP800-53", "title": "Supply Chain Risk Management Plan",
               "props": [{"name": "label", "value": "SR-2"}],
               "parts": [{"id": "sr-2_smt", "name": "statement",
                          "prose": "Develop a plan for managing supply chain risks."}]}
            ]}]
        }}
        """)
        .formatted(UUID.randomUUID(), title, OSCAL_VERSION, title)
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] catalogXml(String title) {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="%s">
          <metadata>
            <title>%s</title>
            <last-modified>2024-05-01T00:00:00Z</last-modified>
            <version>1.0</version>
            <oscal-version>%s</oscal-version>
          </metadata>
          <group id="sr" class="family">
            <title>Supply Chain Risk Management</title>
            <control id="sr-1" class="SP800-53">
              <title>Policy and Procedures</title>
              <prop name="label" value="SR-1"/>
              <part id="sr-1_smt" name="statement"><p>Develop a supply chain risk management policy.</p></part>
            </control>
            <control id="sr-2" class="SP800-53">
              <title>Supply Chain Risk Management Plan</title>
              <prop name="label" value="SR-2"/>
              <part id="sr-2_smt" name="statement"><p>Develop a plan for managing supply chain risks.</p></part>
            </control>
          </group>
        </catalog>
        """)
        .formatted(UUID.randomUUID(), title, OSCAL_VERSION)
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] catalogYaml(String title) {
    return ("""
        ---
        catalog:
          uuid: %s
          metadata:
            title: "%s"
            last-modified: "2024-05-01T00:00:00Z"
            version: "1.0"
            oscal-version: "%s"
          groups:
            - id: sr
              class: family
              title: Supply Chain Risk Management
              controls:
                - id: sr-1
                  class: SP800-53
                  title: Policy and Procedures
                  props:
                    - name: label
                      value: SR-1
                  parts:
                    - id: sr-1_smt
                      name: statement
                      prose: Develop a supply chain risk management policy.
                - id: sr-2
                  class: SP800-53
                  title: Supply Chain Risk Management Plan
                  props:
                    - name: label
                      value: SR-2
                  parts:
                    - id: sr-2_smt
                      name: statement
                      prose: Develop a plan for managing supply chain risks.
        """)
        .formatted(UUID.randomUUID(), title, OSCAL_VERSION)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A profile that imports all of {@code href}. */
  static byte[] profileImporting(String title, String href) {
    return ("""
        {"profile": {
          "uuid": "%s",
          "metadata": {"title": "%s", "last-modified": "2024-05-01T00:00:00Z",
                       "version": "1.0", "oscal-version": "%s"},
          "imports": [{"href": "%s", "include-all": {}}]
        }}
        """)
        .formatted(UUID.randomUUID(), title, OSCAL_VERSION, href)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A catalog that breaks the OSCAL schema: no metadata, and a property OSCAL does not have. */
  static byte[] schemaInvalidCatalog() {
    return ("""
        {"catalog": {"uuid": "%s", "not-an-oscal-property": true,
          "groups": [{"id": "sr", "title": "Supply Chain Risk Management"}]}}
        """)
        .formatted(UUID.randomUUID())
        .getBytes(StandardCharsets.UTF_8);
  }

  /** An XML catalog with an external entity (XXE): refused before anything is read from it. */
  static byte[] xxeCatalog() {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE catalog [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="%s">
          <metadata>
            <title>&xxe;</title>
            <last-modified>2024-05-01T00:00:00Z</last-modified>
            <version>1.0</version>
            <oscal-version>%s</oscal-version>
          </metadata>
        </catalog>
        """)
        .formatted(UUID.randomUUID(), OSCAL_VERSION)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A unique series name. */
  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
