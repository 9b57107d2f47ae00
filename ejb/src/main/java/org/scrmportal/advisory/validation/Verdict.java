package org.scrmportal.advisory.validation;

import java.util.List;

/**
 * The full result of validating one document: every failed test, mandatory or not.
 *
 * @param findings every failure, in the order of the tests
 */
public record Verdict(List<Finding> findings) {

  public Verdict {
    findings = List.copyOf(findings);
  }

  /** Whether no mandatory test (nor the schema) failed: the document may be stored. */
  public boolean valid() {
    return errors().isEmpty();
  }

  /** The failures of the schema and of mandatory tests (section 6.1). */
  public List<Finding> errors() {
    return of(TestKind.MANDATORY);
  }

  /** The failures of optional tests (section 6.2). */
  public List<Finding> warnings() {
    return of(TestKind.OPTIONAL);
  }

  /** The failures of informative tests (section 6.3). */
  public List<Finding> information() {
    return of(TestKind.INFORMATIVE);
  }

  private List<Finding> of(TestKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }
}
