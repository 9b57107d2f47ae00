package org.scrmportal.baseline.attestation;

import java.util.Objects;
import org.scrmportal.baseline.oscal.ImplementationStatus;

/**
 * What an attestation says of one control.
 *
 * @param controlId the control's OSCAL id as the baseline names it ({@code sr-3.1})
 * @param status how far it is implemented
 * @param statement how, in the supplier's words (may be empty)
 */
public record Statement(String controlId, ImplementationStatus status, String statement) {

  public Statement {
    Objects.requireNonNull(controlId, "controlId");
    Objects.requireNonNull(status, "status");
    statement = statement == null ? "" : statement;
  }
}
