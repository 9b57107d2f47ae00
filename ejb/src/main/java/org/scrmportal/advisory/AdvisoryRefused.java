package org.scrmportal.advisory;

import org.scrmportal.platform.DomainException;

/**
 * The store refuses an advisory: not the submitter's namespace (FORBIDDEN), a revision that does
 * not follow the stored one (CONFLICT), or a document the validator rejects ({@link
 * AdvisoryInvalid}). Every message concerns only the submitter's own namespaces, whose advisories
 * its organization sees anyway: nothing about another organization's documents.
 */
public class AdvisoryRefused extends DomainException {

  private static final long serialVersionUID = 1L;

  public AdvisoryRefused(Kind kind, String message) {
    super(kind, message);
  }
}
