package org.scrmportal.web.api;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.risk.RiskScore;
import org.scrmportal.risk.RiskSnapshot;
import org.scrmportal.risk.SupplierDependency;
import org.scrmportal.risk.SupplierRisk;
import org.scrmportal.risk.SupplierRisks;

/**
 * {@code /api/risk}: the caller organization's suppliers and their risk scores (docs/RISK.md).
 * {@code GET /suppliers} lists them with their scores and parts; {@code GET /suppliers/{org}} gives
 * one with the explanation of every part; {@code GET /suppliers/{org}/history} the daily snapshots
 * of the last 90 days; {@code POST /suppliers} declares one and {@code DELETE /suppliers/{org}}
 * removes it; {@code PUT /baseline} chooses the baseline (for one supplier or as the default).
 */
@Path("/risk")
@Produces(MediaType.APPLICATION_JSON)
public class RiskResource {

  /** One part of a score on the wire. */
  public record PartView(
      String name, int weight, double value, double points, List<String> explanation) {
    static PartView of(RiskScore.Part p) {
      return new PartView(p.name(), p.weight(), p.value(), p.points(), p.explanation());
    }
  }

  /** A supplier with its score; {@code explanation} only for one supplier. */
  public record SupplierView(
      String organization,
      String name,
      boolean declared,
      boolean advised,
      Long baselineId,
      String baseline,
      boolean baselineIsDefault,
      int score,
      double value,
      PartView advisories,
      PartView sightings,
      PartView coverage,
      List<String> explanation) {
    static SupplierView of(SupplierRisk r, boolean explained) {
      RiskScore s = r.score();
      return new SupplierView(
          r.supplier().value(),
          r.name(),
          r.declared(),
          r.advised(),
          r.baselineId(),
          r.baseline(),
          r.baselineIsDefault(),
          s.score(),
          s.value(),
          PartView.of(s.advisories()),
          PartView.of(s.sightings()),
          PartView.of(s.coverage()),
          explained ? s.explanation() : null);
    }
  }

  /** The caller organization's suppliers. */
  public record SuppliersView(Long defaultBaselineId, List<SupplierView> suppliers) {}

  /** One day of a supplier's trend. */
  public record SnapshotView(
      LocalDate day,
      int score,
      double value,
      double advisories,
      double sightings,
      double coverage,
      Instant computedAt) {
    static SnapshotView of(RiskSnapshot s) {
      return new SnapshotView(
          s.day(),
          s.score(),
          s.value(),
          s.advisories(),
          s.sightings(),
          s.coverage(),
          s.computedAt());
    }
  }

  /** A supplier's trend. */
  public record HistoryView(String organization, List<SnapshotView> days) {}

  /** A supplier to declare. */
  public record Declaration(
      @NotBlank(message = "organization is required") @Size(max = 63) String organization) {}

  /** A declared supplier. */
  public record DependencyView(String organization, String declaredBy, Instant declaredAt) {
    static DependencyView of(SupplierDependency d) {
      return new DependencyView(d.supplier().value(), d.declaredBy(), d.declaredAt());
    }
  }

  /**
   * A baseline choice: {@code baseline} a publication id (null removes the choice), for {@code
   * supplier} or, without one, as the default.
   */
  public record BaselineChoiceView(Long baseline, @Size(max = 63) String supplier) {}

  /** The choice as it stands. */
  public record ChosenView(
      String supplier, Long baseline, String title, String name, int version) {}

  @EJB SupplierRisks risks;

  @GET
  @Path("suppliers")
  public SuppliersView suppliers() {
    List<SupplierView> all =
        risks.suppliers().stream().map(r -> SupplierView.of(r, false)).toList();
    return new SuppliersView(risks.defaultBaseline().map(PublicationView::id).orElse(null), all);
  }

  @GET
  @Path("suppliers/{org}")
  public SupplierView supplier(@PathParam("org") String org) {
    return SupplierView.of(risks.supplier(org), true);
  }

  @GET
  @Path("suppliers/{org}/history")
  public HistoryView history(@PathParam("org") String org) {
    return new HistoryView(org, risks.history(org).stream().map(SnapshotView::of).toList());
  }

  @POST
  @Path("suppliers")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response declare(@NotNull(message = "a body is required") @Valid Declaration body) {
    return Response.status(Response.Status.CREATED)
        .entity(DependencyView.of(risks.declare(body.organization())))
        .build();
  }

  @DELETE
  @Path("suppliers/{org}")
  public Response remove(@PathParam("org") String org) {
    risks.remove(org);
    return Response.noContent().build();
  }

  /** The same, the supplier named as {@code ?organization=}. */
  @DELETE
  @Path("suppliers")
  public Response removeByQuery(@jakarta.ws.rs.QueryParam("organization") String org) {
    return remove(org);
  }

  @PUT
  @Path("baseline")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChosenView baseline(
      @NotNull(message = "a body is required") @Valid BaselineChoiceView body) {
    return risks
        .chooseBaseline(body.baseline(), body.supplier())
        .map(p -> new ChosenView(body.supplier(), p.id(), p.title(), p.name(), p.version()))
        .orElseGet(() -> new ChosenView(body.supplier(), null, null, null, 0));
  }
}
