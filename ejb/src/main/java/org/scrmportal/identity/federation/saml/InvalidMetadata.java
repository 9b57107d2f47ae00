package org.scrmportal.identity.federation.saml;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Metadata (or a pinned certificate) the portal refuses: {@link #problems()} says why, in words an
 * operator understands. Nothing of refused metadata may be kept: thrown through an EJB, it rolls
 * the transaction back and reaches the caller as itself (not wrapped in an EJBException).
 */
@ApplicationException(rollback = true)
public final class InvalidMetadata extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidMetadata(List<String> problems) {
    super("invalid SAML metadata: " + String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidMetadata needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InvalidMetadata(String problem) {
    this(List.of(problem));
  }

  /** What is wrong, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
