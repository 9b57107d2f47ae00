package org.scrmportal.web.error;

/**
 * An RFC 9457 problem details object. {@code type} is {@code about:blank} throughout: the HTTP
 * status with its title says what kind of problem it is, {@code detail} says what happened.
 */
public record Problem(String type, String title, int status, String detail) {

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail);
  }
}
