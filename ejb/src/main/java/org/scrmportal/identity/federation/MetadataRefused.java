package org.scrmportal.identity.federation;

import java.util.List;
import org.scrmportal.platform.DomainException;

/**
 * A metadata aggregate (or an OIDC discovery document) that does not verify, or could not be read:
 * nothing from it was stored. The web answers 422 with {@link #problems()} as {@code errors[]}.
 */
public class MetadataRefused extends DomainException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public MetadataRefused(String message, List<String> problems) {
    super(Kind.INVALID, message);
    this.problems = List.copyOf(problems);
  }

  /** Each reason the document was refused. */
  public List<String> problems() {
    return problems;
  }
}
