package org.scrmportal.advisory.batch;

/** An address the importer does not read, or a listing it could not read; the message says why. */
public class ImportRefused extends Exception {

  private static final long serialVersionUID = 1L;

  public ImportRefused(String message) {
    super(message);
  }
}
