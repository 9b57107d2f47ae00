package org.scrmportal.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlIdsTest {

  @ParameterizedTest(name = "{0} names {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SR-3(1)|sr-3.1",
        "SR-3 (1)|sr-3.1",
        "sr-3.1|sr-3.1",
        "SR-3.1|sr-3.1",
        "AC-2|ac-2",
        "ac-2|ac-2",
        "AC-02|ac-2",
        "AC-2(04)|ac-2.4",
        "' SR-12 '|sr-12",
        "SR - 3 ( 1 )|sr-3.1",
        "PM-30(1)|pm-30.1"
      })
  void labelsAndIdsNameTheOscalId(String label, String id) {
    assertEquals(id, ControlIds.normalize(label));
    assertTrue(ControlIds.isLabel(label));
  }

  @ParameterizedTest
  @CsvSource({"A.5.19, A.5.19", "' ctl_1 ', ctl_1", "sr-3_smt.a, sr-3_smt.a"})
  void idsOfOtherFormsStayAsWritten(String id, String expected) {
    assertEquals(expected, ControlIds.normalize(id));
    assertFalse(ControlIds.isLabel(id));
  }

  @Test
  void aNullLabelIsRefused() {
    assertThrows(NullPointerException.class, () -> ControlIds.normalize(null));
    assertFalse(ControlIds.isLabel(null));
  }
}
