package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SizesTest {

  @Test
  void bytesAreShownInMib() {
    assertEquals("20 MiB", Sizes.mib(20L * 1024 * 1024));
    assertEquals("1.5 MiB", Sizes.mib(3L * 512 * 1024));
    assertEquals("0 MiB", Sizes.mib(0));
    assertEquals("under 0.1 MiB", Sizes.mib(2_000));
    assertEquals("0.1 MiB", Sizes.mib(100_000));
    assertEquals("2,048 MiB", Sizes.mib(2L * 1024 * 1024 * 1024));
    assertThrows(IllegalArgumentException.class, () -> Sizes.mib(-1));
  }
}
