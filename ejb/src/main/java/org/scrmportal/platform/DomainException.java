package org.scrmportal.platform;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A request the domain refuses, with what kind of refusal it is; the interfaces turn the kind into
 * their protocol's status (404, 403, 409, 400). The transaction is rolled back: nothing partial
 * stays.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kinds of refusal. */
  public enum Kind {
    /** Not there, or not for this caller to know about. */
    NOT_FOUND,
    /** There, but not for this caller to do. */
    FORBIDDEN,
    /** Not now: the state does not allow it. */
    CONFLICT,
    /** Not like this: the input is wrong. */
    INVALID,
    /** Not now, through no fault of the request: too busy; retry later. */
    UNAVAILABLE,
    /** Too large to take. */
    TOO_LARGE
  }

  private final Kind kind;

  public DomainException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }
}
