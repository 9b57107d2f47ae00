package org.scrmportal.platform;

/**
 * An address {@link RemoteFetcher} does not read, or a body it could not read; the message says
 * why.
 */
public class FetchRefused extends Exception {

  private static final long serialVersionUID = 1L;

  public FetchRefused(String message) {
    super(message);
  }
}
