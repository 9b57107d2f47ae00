package org.scrmportal.web.ui;

import java.util.Locale;

/** Sizes as people read them: in MiB (1 MiB = 1,048,576 bytes), never in raw bytes. */
public final class Sizes {

  private static final double MIB = 1024 * 1024;

  private Sizes() {}

  /**
   * {@code bytes} in MiB with at most one decimal: {@code 20 MiB}, {@code 1.5 MiB}; a size above
   * nothing but below 0.1 MiB is {@code under 0.1 MiB}.
   */
  public static String mib(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("a size is not negative: " + bytes);
    }
    double mib = bytes / MIB;
    if (bytes > 0 && mib < 0.05) {
      return "under 0.1 MiB";
    }
    String text = String.format(Locale.ROOT, "%,.1f", mib);
    return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + " MiB";
  }
}
