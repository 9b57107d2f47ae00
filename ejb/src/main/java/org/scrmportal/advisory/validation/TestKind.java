package org.scrmportal.advisory.validation;

/** The three kinds of tests of CSAF 2.0 section 6, by what a failure means. */
public enum TestKind {
  /** Section 6.1 (and the schema): a failure makes the document invalid; it is rejected. */
  MANDATORY,
  /** Section 6.2: a failure is a warning; the document is accepted. */
  OPTIONAL,
  /** Section 6.3: a failure is information for the author; the document is accepted. */
  INFORMATIVE;

  /** The kind of test number {@code number} ("6.1.27.3" is mandatory, "6.2.4" optional). */
  public static TestKind of(String number) {
    if (number.equals("schema") || number.startsWith("6.1.")) {
      return MANDATORY;
    }
    if (number.startsWith("6.2.")) {
      return OPTIONAL;
    }
    if (number.startsWith("6.3.")) {
      return INFORMATIVE;
    }
    throw new IllegalArgumentException("not a CSAF 2.0 test number: " + number);
  }
}
