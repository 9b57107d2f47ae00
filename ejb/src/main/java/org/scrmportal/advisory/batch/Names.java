package org.scrmportal.advisory.batch;

/** File names and URLs as reported back: printable, bounded. */
final class Names {

  private Names() {}

  static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().limit(300).forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c));
    return out.toString();
  }
}
