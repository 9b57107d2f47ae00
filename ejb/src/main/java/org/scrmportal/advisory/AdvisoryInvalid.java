package org.scrmportal.advisory;

import org.scrmportal.advisory.validation.Verdict;

/**
 * The document fails the CSAF 2.0 schema or a mandatory test (section 6.1): nothing is stored. The
 * verdict names every failed test with its JSON path.
 */
public class AdvisoryInvalid extends AdvisoryRefused {

  private static final long serialVersionUID = 1L;

  private final transient Verdict verdict;

  public AdvisoryInvalid(Verdict verdict) {
    super(
        Kind.INVALID,
        "The document is not a valid CSAF 2.0 document: "
            + verdict.errors().size()
            + " mandatory test(s) failed; nothing was stored.");
    this.verdict = verdict;
  }

  public Verdict verdict() {
    return verdict;
  }
}
