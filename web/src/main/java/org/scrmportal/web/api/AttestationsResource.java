package org.scrmportal.web.api;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scrmportal.baseline.attestation.AttestationForm;
import org.scrmportal.baseline.attestation.AttestationView;
import org.scrmportal.baseline.attestation.Attestations;
import org.scrmportal.baseline.attestation.Coverage;
import org.scrmportal.baseline.attestation.CoverageReport;
import org.scrmportal.baseline.attestation.Gap;
import org.scrmportal.baseline.attestation.Statement;
import org.scrmportal.baseline.oscal.ImplementationStatus;
import org.scrmportal.baseline.oscal.OscalFormat;
import org.scrmportal.identity.People;
import org.scrmportal.platform.DomainException;
import org.scrmportal.web.error.RequestBodies;

/**
 * {@code /api/attestations}: supplier attestations of baseline publications. {@code POST} with
 * {@code ?baseline=<publication id>[&product=]} takes an OSCAL component definition (JSON, XML or
 * YAML) as the body; {@code POST} without {@code baseline} takes the form {@code {"baseline": id,
 * "product": "...", "controls": [{"control": "sr-3", "status": "implemented", "statement":
 * "..."}]}} and writes the component definition. {@code GET} lists the attestations the caller may
 * see; {@code /{id}}, {@code /{id}/component-definition}, {@code /{id}/coverage} read one; {@code
 * PUT /{id}/marking} shares or narrows it. One the caller may not see answers like one that does
 * not exist.
 */
@Path("/attestations")
@Produces(MediaType.APPLICATION_JSON)
public class AttestationsResource {

  /** The baseline publication an attestation is pinned to. */
  public record BaselineRef(long id, String publisher, String name, int version) {}

  /** Coverage figures: {@code ratio = (implemented + partial / 2) / (required - notApplicable)}. */
  public record CoverageView(
      int required,
      int implemented,
      int partial,
      int notApplicable,
      double ratio,
      List<String> gaps) {
    static CoverageView of(Coverage c) {
      return c == null
          ? null
          : new CoverageView(
              c.required(), c.implemented(), c.partial(), c.notApplicable(), c.ratio(), c.gaps());
    }
  }

  /** What an attestation says of one control. */
  public record StatementView(String control, String status, String statement) {
    static StatementView of(Statement s) {
      return new StatementView(s.controlId(), wireStatus(s.status()), s.statement());
    }
  }

  /** An attestation; {@code statements} only when one is read by id. */
  public record AttestationJson(
      long id,
      String organization,
      String product,
      String title,
      BaselineRef baseline,
      Instant createdAt,
      String createdBy,
      MarkingView marking,
      CoverageView coverage,
      List<StatementView> statements) {}

  /** A gap: a required control not implemented; {@code status} null when not stated at all. */
  public record GapView(String control, String label, String title, String family, String status) {
    static GapView of(Gap g) {
      return new GapView(
          g.controlId(),
          g.label(),
          g.title(),
          g.family(),
          g.status() == null ? null : wireStatus(g.status()));
    }
  }

  /** The coverage of one family. */
  public record FamilyView(
      String family, String title, CoverageView coverage, List<GapView> gaps) {}

  /** {@code /{id}/coverage}: the figures, every gap, and the same per family. */
  public record CoverageReportView(
      long attestation,
      long baseline,
      CoverageView coverage,
      List<GapView> gaps,
      List<FamilyView> families) {}

  @EJB Attestations attestations;

  @EJB People people;

  /** A component definition ({@code ?baseline=}) or the form (no {@code baseline}). */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response create(
      @QueryParam("baseline") Long baseline,
      @QueryParam("product") String product,
      InputStream body)
      throws IOException {
    byte[] bytes = RequestBodies.readLimited(body, Attestations.MAX_BYTES);
    AttestationView made =
        baseline != null
            ? attestations.upload(baseline, product, bytes)
            : attestations.fill(form(bytes));
    return Response.status(Response.Status.CREATED).entity(json(made, true)).build();
  }

  @GET
  public List<AttestationJson> list() {
    return attestations.visible().stream().map(a -> json(a, false)).toList();
  }

  @GET
  @Path("{id}")
  public AttestationJson get(@PathParam("id") long id) {
    return json(attestations.find(id), true);
  }

  /** The OSCAL component definition, byte for byte as uploaded or as the form wrote it. */
  @GET
  @Path("{id}/component-definition")
  @Produces({"application/json", "application/xml", "application/yaml"})
  public Response componentDefinition(@PathParam("id") long id) {
    byte[] content = attestations.componentDefinition(id);
    OscalFormat format = OscalFormat.detect(content);
    String type =
        switch (format) {
          case JSON -> "application/json";
          case XML -> "application/xml";
          case YAML -> "application/yaml";
        };
    return Response.ok(content, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"attestation-"
                + id
                + "."
                + format.name().toLowerCase(Locale.ROOT)
                + "\"")
        .build();
  }

  @GET
  @Path("{id}/coverage")
  public CoverageReportView coverage(@PathParam("id") long id) {
    CoverageReport report = attestations.coverage(id);
    return new CoverageReportView(
        report.coverage().attestationId(),
        report.coverage().baselineId(),
        CoverageView.of(report.coverage()),
        report.gaps().stream().map(GapView::of).toList(),
        report.families().stream()
            .map(
                f ->
                    new FamilyView(
                        f.family(),
                        f.title(),
                        CoverageView.of(f.coverage()),
                        f.gaps().stream().map(GapView::of).toList()))
            .toList());
  }

  @PUT
  @Path("{id}/marking")
  @Consumes(MediaType.APPLICATION_JSON)
  public MarkingView share(
      @PathParam("id") long id,
      @NotNull(message = "a marking is required") @Valid MarkingView marking) {
    return MarkingView.of(attestations.share(id, marking.toRequest()).marking(), people);
  }

  private AttestationJson json(AttestationView a, boolean withStatements) {
    return new AttestationJson(
        a.id(),
        a.organization().value(),
        a.product(),
        a.title(),
        new BaselineRef(
            a.baselineId(), a.baselinePublisher(), a.baselineName(), a.baselineVersion()),
        a.createdAt(),
        a.createdBy(),
        MarkingView.of(a.marking(), people),
        CoverageView.of(a.coverage()),
        withStatements ? a.statements().stream().map(StatementView::of).toList() : null);
  }

  /** A status on the wire: {@code implemented}, {@code partial}, ... {@code not-applicable}. */
  static String wireStatus(ImplementationStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A status as a form writes it: the wire form, or the enum name. */
  static ImplementationStatus parseStatus(String text) {
    String s = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return ImplementationStatus.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "status must be implemented, partial, planned, alternative or not-applicable: " + text);
    }
  }

  /** The form, read with JSON-P: {@code baseline}, {@code product}, {@code controls}. */
  static AttestationForm form(byte[] body) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw invalid(
          "The body is not the attestation form: send {\"baseline\": id, \"controls\": [...]}, or a"
              + " component definition with ?baseline=");
    }
    if (!(json.get("baseline") instanceof JsonNumber baseline) || !baseline.isIntegral()) {
      throw invalid(
          json.containsKey("component-definition")
              ? "A component definition names its baseline in the query: ?baseline=<publication id>"
              : "baseline is required: the id of the baseline publication attested");
    }
    String product = text(json, "product", 1000);
    if (!(json.get("controls") instanceof jakarta.json.JsonArray controls)) {
      throw invalid("controls is required: [{\"control\", \"status\", \"statement\"}]");
    }
    if (controls.size() > 5000) {
      throw invalid("at most 5000 controls");
    }
    List<AttestationForm.Entry> entries = new ArrayList<>();
    for (JsonValue v : controls) {
      if (!(v instanceof JsonObject c)) {
        throw invalid("each control is an object {\"control\", \"status\", \"statement\"}");
      }
      String control = text(c, "control", 100);
      String status = text(c, "status", 32);
      if (control == null || status == null) {
        throw invalid("each control needs control and status");
      }
      entries.add(
          new AttestationForm.Entry(control, parseStatus(status), text(c, "statement", 65_536)));
    }
    return new AttestationForm(baseline.longValue(), product, entries);
  }

  private static String text(JsonObject json, String key, int max) {
    JsonValue v = json.get(key);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw invalid(key + " must be a string");
    }
    if (s.getString().length() > max) {
      throw invalid(key + " is at most " + max + " characters");
    }
    return s.getString();
  }

  private static DomainException invalid(String message) {
    return new DomainException(DomainException.Kind.INVALID, message);
  }
}
