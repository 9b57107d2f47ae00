package org.scrmportal.organization;

import java.util.Objects;
import org.scrmportal.platform.DomainException;

/**
 * The four-eyes rule of operators' decisions (vetting changes, onboarding identity providers): only
 * a person signed in proposes or decides (never a machine client's token, whatever its roles), and
 * the person who proposed a change never decides it.
 */
public final class FourEyes {

  private FourEyes() {}

  /**
   * The subject of {@code caller}, who must be a person signed in, not a machine client.
   *
   * @param step what the caller does ("propose", "decide")
   * @param what what it is done to ("a vetting change", "an onboarding")
   */
  public static String person(Caller caller, String step, String what) {
    Objects.requireNonNull(caller, "caller");
    if (caller.isServiceAccount()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Four eyes: only a person may "
              + step
              + " "
              + what
              + "; a machine client's token (client credentials) may not, whatever its roles.");
    }
    return caller
        .subject()
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.FORBIDDEN,
                    "Four eyes: only a signed-in operator may " + step + " " + what + "."));
  }

  /** Refuses the decision when the decider is the proposer. */
  public static void notByProposer(boolean proposer, String what) {
    if (proposer) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Four eyes: the operator who proposed "
              + what
              + " cannot decide it; a second operator must.");
    }
  }
}
