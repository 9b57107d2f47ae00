package org.scrmportal.advisory;

import jakarta.enterprise.context.ApplicationScoped;
import org.scrmportal.advisory.validation.Checked;
import org.scrmportal.advisory.validation.CsafValidator;

/** The CSAF 2.0 validator (limits, schema and section 6 tests), one shared instance. */
@ApplicationScoped
public class CsafChecks {

  private final CsafValidator validator = new CsafValidator();

  /** Parses and validates {@code content} (CSAF 2.0 section 6). */
  public Checked check(byte[] content) {
    return validator.check(content);
  }
}
