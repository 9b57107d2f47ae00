package org.scrmportal.advisory.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every official CSAF 2.0 example document passes the schema and every mandatory test 6.1.1–16. */
class OfficialExamplesTest {

  private static final CsafValidator VALIDATOR =
      new CsafValidator(CsafLimits.DEFAULTS, MandatoryTests.all());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bsi-2022-0001.json",
        "cisco-sa-20180328-smi2.json",
        "rhsa-2019_1862.json",
        "rhsa-2021_5186.json",
        "rhsa-2021_5217.json",
        "rhsa-2022_0011.json",
        "csaf_vex/2022-evd-uc-01-a-001.json",
        "csaf_vex/2022-evd-uc-01-f-001.json",
        "csaf_vex/2022-evd-uc-01-na-001.json",
        "csaf_vex/2022-evd-uc-01-ui-001.json",
        "csaf_vex/2022-evd-uc-02-na-001.json",
        "csaf_vex/2022-evd-uc-03-ms-001.json",
        "csaf_vex/2022-evd-uc-04-001.json",
        "csaf_vex/2022-evd-uc-05-001.json",
        "csaf_vex/2022-evd-uc-06-001.json",
        "csaf_vex/2022-evd-uc-07-001.json",
        "csaf_vex/2022-evd-uc-08-001.json",
        "csaf_vex/2022-evd-uc-09-001.json",
        "csaf_vex/sec-vex-2022-0001.json"
      })
  void theExampleIsValid(String name) throws IOException {
    Checked checked = VALIDATOR.check(example(name));

    assertEquals(List.of(), checked.verdict().findings(), name);
    assertEquals(true, checked.valid());
  }

  static byte[] example(String name) throws IOException {
    try (InputStream in =
        OfficialExamplesTest.class.getResourceAsStream("/csaf/examples/" + name)) {
      if (in == null) {
        throw new IOException("no example " + name);
      }
      return in.readAllBytes();
    }
  }
}
