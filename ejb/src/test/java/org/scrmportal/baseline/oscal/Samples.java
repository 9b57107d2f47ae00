package org.scrmportal.baseline.oscal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Small hand-written OSCAL documents for the tests (OSCAL 1.1.3). */
final class Samples {

  private Samples() {}

  static final String CATALOG_UUID = "9a6ffa8a-7a4e-4b3e-9d8a-0f1e2d3c4b5a";

  /** A small catalog: two families, parameters, parts with classes, enhancements. */
  static final String CATALOG_JSON =
      """
      {
        "catalog": {
          "uuid": "%s",
          "metadata": {
            "title": "Sample supply chain catalog",
            "last-modified": "2026-01-15T10:00:00Z",
            "version": "1.0",
            "oscal-version": "1.1.3"
          },
          "groups": [
            {
              "id": "sr",
              "class": "family",
              "title": "Supply Chain Risk Management",
              "controls": [
                {
                  "id": "sr-1",
                  "class": "SP800-53",
                  "title": "Policy and Procedures",
                  "params": [
                    { "id": "sr-01_odp.01", "label": "frequency",
                      "guidelines": [ { "prose": "at least annually" } ] },
                    { "id": "sr-01_odp.02",
                      "select": { "how-many": "one-or-more",
                                  "choice": [ "organization-level", "system-level" ] } }
                  ],
                  "props": [ { "name": "label", "value": "SR-1" } ],
                  "parts": [
                    { "id": "sr-1_smt", "name": "statement",
                      "prose": "Review the policy {{ insert: param, sr-01_odp.01 }} at the {{ insert: param, sr-01_odp.02 }}." },
                    { "id": "sr-1_gdn", "name": "guidance", "prose": "Policy guidance." }
                  ]
                },
                {
                  "id": "sr-2",
                  "class": "SP800-53",
                  "title": "Supply Chain Risk Management Plan",
                  "props": [ { "name": "label", "value": "SR-2" } ],
                  "parts": [
                    { "id": "sr-2_smt", "name": "statement",
                      "parts": [
                        { "id": "sr-2_smt.a", "name": "item", "prose": "Develop a plan." },
                        { "id": "sr-2_smt.b", "name": "item", "prose": "Review the plan." }
                      ] }
                  ],
                  "controls": [
                    {
                      "id": "sr-2.1",
                      "class": "SP800-53-enhancement",
                      "title": "Establish SCRM Team",
                      "props": [ { "name": "label", "value": "SR-2(1)" } ],
                      "parts": [ { "id": "sr-2.1_smt", "name": "statement", "prose": "Establish a team." } ]
                    }
                  ]
                },
                {
                  "id": "sr-3",
                  "class": "SP800-53",
                  "title": "Supply Chain Controls and Processes",
                  "props": [
                    { "name": "label", "value": "SR-3" },
                    { "name": "sort-id", "value": "sr-03" }
                  ],
                  "parts": [
                    { "id": "sr-3_smt", "name": "statement", "prose": "Establish a process." },
                    { "id": "sr-3_gdn", "name": "guidance", "prose": "Process guidance." },
                    { "id": "sr-3_obj", "name": "assessment-objective", "class": "internal",
                      "prose": "Determine that the process exists." }
                  ],
                  "controls": [
                    { "id": "sr-3.1", "title": "Diverse Supply Base",
                      "props": [ { "name": "label", "value": "SR-3(1)" } ],
                      "parts": [ { "id": "sr-3.1_smt", "name": "statement", "prose": "Diverse Supply Base." } ] },
                    { "id": "sr-3.2", "title": "Limitation of Harm",
                      "props": [ { "name": "label", "value": "SR-3(2)" } ],
                      "parts": [ { "id": "sr-3.2_smt", "name": "statement", "prose": "Limitation of Harm." } ] },
                    { "id": "sr-3.3", "title": "Sub-tier Flow Down",
                      "props": [ { "name": "label", "value": "SR-3(3)" } ],
                      "parts": [ { "id": "sr-3.3_smt", "name": "statement", "prose": "Sub-tier Flow Down." } ] }
                  ]
                }
              ]
            },
            {
              "id": "ac",
              "class": "family",
              "title": "Access Control",
              "controls": [
                { "id": "ac-1", "title": "Policy and Procedures",
                  "props": [ { "name": "label", "value": "AC-1" } ],
                  "parts": [ { "id": "ac-1_smt", "name": "statement", "prose": "Access policy." } ] },
                { "id": "ac-2", "title": "Account Management",
                  "props": [ { "name": "label", "value": "AC-2" } ],
                  "parts": [ { "id": "ac-2_smt", "name": "statement", "prose": "Manage accounts." } ],
                  "controls": [
                    { "id": "ac-2.1", "title": "Automated System Account Management",
                      "props": [ { "name": "label", "value": "AC-2(1)" } ],
                      "parts": [ { "id": "ac-2.1_smt", "name": "statement", "prose": "Automate." } ] }
                  ] }
              ]
            }
          ]
        }
      }
      """
          .formatted(CATALOG_UUID);

  /** The same catalog in OSCAL XML. */
  static final String CATALOG_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="%s">
        <metadata>
          <title>Sample supply chain catalog</title>
          <last-modified>2026-01-15T10:00:00Z</last-modified>
          <version>1.0</version>
          <oscal-version>1.1.3</oscal-version>
        </metadata>
        <group id="sr" class="family">
          <title>Supply Chain Risk Management</title>
          <control id="sr-1" class="SP800-53">
            <title>Policy and Procedures</title>
            <param id="sr-01_odp.01">
              <label>frequency</label>
              <guideline><p>at least annually</p></guideline>
            </param>
            <param id="sr-01_odp.02">
              <select how-many="one-or-more">
                <choice>organization-level</choice>
                <choice>system-level</choice>
              </select>
            </param>
            <prop name="label" value="SR-1"/>
            <part id="sr-1_smt" name="statement">
              <p>Review the policy <insert type="param" id-ref="sr-01_odp.01"/> at the <insert type="param" id-ref="sr-01_odp.02"/>.</p>
            </part>
            <part id="sr-1_gdn" name="guidance"><p>Policy guidance.</p></part>
          </control>
          <control id="sr-2" class="SP800-53">
            <title>Supply Chain Risk Management Plan</title>
            <prop name="label" value="SR-2"/>
            <part id="sr-2_smt" name="statement">
              <part id="sr-2_smt.a" name="item"><p>Develop a plan.</p></part>
              <part id="sr-2_smt.b" name="item"><p>Review the plan.</p></part>
            </part>
            <control id="sr-2.1" class="SP800-53-enhancement">
              <title>Establish SCRM Team</title>
              <prop name="label" value="SR-2(1)"/>
              <part id="sr-2.1_smt" name="statement"><p>Establish a team.</p></part>
            </control>
          </control>
          <control id="sr-3" class="SP800-53">
            <title>Supply Chain Controls and Processes</title>
            <prop name="label" value="SR-3"/>
            <prop name="sort-id" value="sr-03"/>
            <part id="sr-3_smt" name="statement"><p>Establish a process.</p></part>
            <part id="sr-3_gdn" name="guidance"><p>Process guidance.</p></part>
            <part id="sr-3_obj" name="assessment-objective" class="internal">
              <p>Determine that the process exists.</p>
            </part>
            <control id="sr-3.1"><title>Diverse Supply Base</title><prop name="label" value="SR-3(1)"/><part id="sr-3.1_smt" name="statement"><p>Diverse Supply Base.</p></part></control>
            <control id="sr-3.2"><title>Limitation of Harm</title><prop name="label" value="SR-3(2)"/><part id="sr-3.2_smt" name="statement"><p>Limitation of Harm.</p></part></control>
            <control id="sr-3.3"><title>Sub-tier Flow Down</title><prop name="label" value="SR-3(3)"/><part id="sr-3.3_smt" name="statement"><p>Sub-tier Flow Down.</p></part></control>
          </control>
        </group>
        <group id="ac" class="family">
          <title>Access Control</title>
          <control id="ac-1"><title>Policy and Procedures</title><prop name="label" value="AC-1"/><part id="ac-1_smt" name="statement"><p>Access policy.</p></part></control>
          <control id="ac-2">
            <title>Account Management</title>
            <prop name="label" value="AC-2"/>
            <part id="ac-2_smt" name="statement"><p>Manage accounts.</p></part>
            <control id="ac-2.1">
              <title>Automated System Account Management</title>
              <prop name="label" value="AC-2(1)"/>
              <part id="ac-2.1_smt" name="statement"><p>Automate.</p></part>
            </control>
          </control>
        </group>
      </catalog>
      """
          .formatted(CATALOG_UUID);

  /** The same catalog in OSCAL YAML. */
  static final String CATALOG_YAML =
      """
      catalog:
        uuid: %s
        metadata:
          title: Sample supply chain catalog
          last-modified: "2026-01-15T10:00:00Z"
          version: "1.0"
          oscal-version: 1.1.3
        groups:
          - id: sr
            class: family
            title: Supply Chain Risk Management
            controls:
              - id: sr-1
                class: SP800-53
                title: Policy and Procedures
                params:
                  - id: sr-01_odp.01
                    label: frequency
                    guidelines:
                      - prose: at least annually
                  - id: sr-01_odp.02
                    select:
                      how-many: one-or-more
                      choice: [organization-level, system-level]
                props:
                  - {name: label, value: SR-1}
                parts:
                  - id: sr-1_smt
                    name: statement
                    prose: "Review the policy {{ insert: param, sr-01_odp.01 }} at the {{ insert: param, sr-01_odp.02 }}."
                  - {id: sr-1_gdn, name: guidance, prose: Policy guidance.}
              - id: sr-2
                class: SP800-53
                title: Supply Chain Risk Management Plan
                props:
                  - {name: label, value: SR-2}
                parts:
                  - id: sr-2_smt
                    name: statement
                    parts:
                      - {id: sr-2_smt.a, name: item, prose: Develop a plan.}
                      - {id: sr-2_smt.b, name: item, prose: Review the plan.}
                controls:
                  - id: sr-2.1
                    class: SP800-53-enhancement
                    title: Establish SCRM Team
                    props:
                      - {name: label, value: SR-2(1)}
                    parts:
                      - {id: sr-2.1_smt, name: statement, prose: Establish a team.}
              - id: sr-3
                class: SP800-53
                title: Supply Chain Controls and Processes
                props:
                  - {name: label, value: SR-3}
                  - {name: sort-id, value: sr-03}
                parts:
                  - {id: sr-3_smt, name: statement, prose: Establish a process.}
                  - {id: sr-3_gdn, name: guidance, prose: Process guidance.}
                  - id: sr-3_obj
                    name: assessment-objective
                    class: internal
                    prose: Determine that the process exists.
                controls:
                  - {id: sr-3.1, title: Diverse Supply Base, props: [{name: label, value: SR-3(1)}], parts: [{id: sr-3.1_smt, name: statement, prose: Diverse Supply Base.}]}
                  - {id: sr-3.2, title: Limitation of Harm, props: [{name: label, value: SR-3(2)}], parts: [{id: sr-3.2_smt, name: statement, prose: Limitation of Harm.}]}
                  - {id: sr-3.3, title: Sub-tier Flow Down, props: [{name: label, value: SR-3(3)}], parts: [{id: sr-3.3_smt, name: statement, prose: Sub-tier Flow Down.}]}
          - id: ac
            class: family
            title: Access Control
            controls:
              - {id: ac-1, title: Policy and Procedures, props: [{name: label, value: AC-1}], parts: [{id: ac-1_smt, name: statement, prose: Access policy.}]}
              - id: ac-2
                title: Account Management
                props: [{name: label, value: AC-2}]
                parts: [{id: ac-2_smt, name: statement, prose: Manage accounts.}]
                controls:
                  - id: ac-2.1
                    title: Automated System Account Management
                    props: [{name: label, value: AC-2(1)}]
                    parts: [{id: ac-2.1_smt, name: statement, prose: Automate.}]
      """
          .formatted(CATALOG_UUID);

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A profile (OSCAL 1.1.3) importing {@code imports} (the JSON array's content), with optional
   * {@code merge} and {@code modify} objects (JSON, or null) and back-matter resources.
   */
  static String profile(
      String title, String imports, String merge, String modify, String resources) {
    return """
        {
          "profile": {
            "uuid": "%s",
            "metadata": {
              "title": "%s",
              "last-modified": "2026-01-15T10:00:00Z",
              "version": "1.0",
              "oscal-version": "1.1.3"
            },
            "imports": [ %s ]%s%s%s
          }
        }
        """
        .formatted(
            UUID.randomUUID(),
            title,
            imports,
            merge == null ? "" : ",\n\"merge\": " + merge,
            modify == null ? "" : ",\n\"modify\": " + modify,
            resources == null
                ? ""
                : ",\n\"back-matter\": { \"resources\": [ " + resources + " ] }");
  }

  static String profile(String imports, String merge, String modify) {
    return profile("Sample profile " + UUID.randomUUID(), imports, merge, modify, null);
  }

  /** An import source that knows documents by the href or the first location of the reference. */
  static ImportSource source(Map<String, OscalDocument> byLocation) {
    return ref -> {
      OscalDocument direct = byLocation.get(ref.href());
      if (direct != null) {
        return Optional.of(direct);
      }
      return ref.locations().stream().map(byLocation::get).filter(d -> d != null).findFirst();
    };
  }
}
