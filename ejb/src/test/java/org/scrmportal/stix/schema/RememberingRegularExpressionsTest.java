package org.scrmportal.stix.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.regex.RegularExpression;
import org.junit.jupiter.api.Test;

/** Remembered answers are the JDK's answers, also past the limits of what is remembered. */
class RememberingRegularExpressionsTest {

  private final RegularExpression custom =
      new RememberingRegularExpressions().getRegularExpression("^[a-z][a-z0-9_]{2,249}$");

  @Test
  void theSameInputGetsTheSameAnswerAgain() {
    for (int round = 0; round < 3; round++) {
      assertEquals(true, custom.matches("x_mitre_version"));
      assertEquals(false, custom.matches("X-Mitre"));
    }
  }

  @Test
  void longInputsAndAFullMemoryStillGetTheRightAnswer() {
    String longName = "a" + "b".repeat(RememberingRegularExpressions.MAX_INPUT + 10);
    assertEquals(true, custom.matches(longName));
    assertEquals(false, custom.matches(longName + "-"));
    for (int i = 0; i < RememberingRegularExpressions.MAX_ANSWERS + 10; i++) {
      assertEquals(i % 2 == 0, custom.matches(i % 2 == 0 ? "name_" + i : "Name_" + i));
    }
  }
}
