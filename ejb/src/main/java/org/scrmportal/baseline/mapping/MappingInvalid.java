package org.scrmportal.baseline.mapping;

import java.util.List;
import org.scrmportal.platform.DomainException;

/** A mapping document that cannot be published: nothing of it is stored. */
public class MappingInvalid extends DomainException {

  private static final long serialVersionUID = 1L;

  private final transient List<MappingProblem> problems;

  public MappingInvalid(List<MappingProblem> problems) {
    super(
        Kind.INVALID,
        "The mapping document has "
            + problems.size()
            + " problem(s); nothing was stored. First: "
            + describe(problems.get(0)));
    this.problems = List.copyOf(problems);
  }

  public List<MappingProblem> problems() {
    return problems;
  }

  private static String describe(MappingProblem p) {
    return (p.row() > 0 ? "row " + p.row() + ", " : "")
        + (p.column().isEmpty() ? "" : "column " + p.column() + ": ")
        + p.message();
  }
}
