package org.scrmportal.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.scrmportal.baseline.oscal.OscalInvalid;
import org.scrmportal.baseline.oscal.OscalProblem;
import org.scrmportal.web.error.Problems;

/**
 * An OSCAL document the portal refuses (schema, constraints, limits, or controls a baseline does
 * not take): 422 problem details with every problem and its path in {@code problems} (a JSON
 * Pointer for JSON and YAML, an XPath-like path for XML, {@code ""} where none applies).
 */
@Provider
public class OscalProblems implements ExceptionMapper<OscalInvalid> {

  /** RFC 9457 problem details with the OSCAL problems as an extension member. */
  public record InvalidOscal(
      String type, String title, int status, String detail, List<ProblemView> problems) {}

  /** One problem: where, and what. */
  public record ProblemView(String path, String message) {
    static ProblemView of(OscalProblem p) {
      return new ProblemView(p.path(), p.message());
    }
  }

  @Override
  public Response toResponse(OscalInvalid e) {
    return Response.status(422)
        .type(Problems.MEDIA_TYPE)
        .entity(
            new InvalidOscal(
                "about:blank",
                "Unprocessable Content",
                422,
                e.getMessage(),
                e.problems().stream().map(ProblemView::of).toList()))
        .build();
  }
}
