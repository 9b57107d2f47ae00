package org.scrmportal.advisory;

/** Small text helpers of the advisory store. */
final class Texts {

  private Texts() {}

  /** {@code text} cut to at most {@code max} characters (for display columns only). */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
