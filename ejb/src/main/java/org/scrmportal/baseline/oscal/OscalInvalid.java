package org.scrmportal.baseline.oscal;

import java.util.List;
import java.util.stream.Collectors;
import org.scrmportal.platform.DomainException;

/** An OSCAL document the portal refuses, with every problem found (kind INVALID, HTTP 422). */
public class OscalInvalid extends DomainException {

  private static final long serialVersionUID = 1L;

  /** Not more than this many problems are kept (and named in the message). */
  static final int MAX_PROBLEMS = 50;

  private final transient List<OscalProblem> problems;

  public OscalInvalid(String summary, List<OscalProblem> problems) {
    super(Kind.INVALID, message(summary, problems));
    this.problems =
        List.copyOf(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
  }

  /** A refusal with one problem that names no path. */
  public OscalInvalid(String message) {
    this(message, List.of(new OscalProblem("", message)));
  }

  /** The problems, in document order where known (at most {@value #MAX_PROBLEMS}). */
  public List<OscalProblem> problems() {
    return problems == null ? List.of() : problems;
  }

  private static String message(String summary, List<OscalProblem> problems) {
    if (problems.size() == 1 && problems.get(0).path().isEmpty()) {
      return problems.get(0).message();
    }
    String listed =
        problems.stream().limit(5).map(OscalProblem::toString).collect(Collectors.joining("; "));
    return summary
        + ": "
        + listed
        + (problems.size() > 5 ? " (and " + (problems.size() - 5) + " more)" : "");
  }
}
