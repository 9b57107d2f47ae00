package org.scrmportal.identity;

/** A token whose claims do not describe a portal principal: refused as unauthenticated. */
public class InvalidClaimsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidClaimsException(String message) {
    super(message);
  }
}
