package org.scrmportal.web.api;

import jakarta.ejb.EJB;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.Container;
import org.scrmportal.stix.Stix;
import org.scrmportal.stix.store.ObjectQuery;
import org.scrmportal.stix.store.StatusDetail;
import org.scrmportal.stix.store.SubmissionStatus;
import org.scrmportal.stix.store.VersionMatch;
import org.scrmportal.taxii.TaxiiCollection;
import org.scrmportal.taxii.TaxiiService;
import org.scrmportal.web.error.RequestBodies;

/**
 * {@code /api/stix}: STIX 2.1 bundles in and out of the portal, beside the TAXII server: upload a
 * bundle with the audience its objects are shared with, follow its status, export what one may see
 * as a bundle.
 */
@Path("/stix")
public class StixResource {

  /** The status of an upload, with its per-object report. */
  public record StatusView(
      String id,
      String status,
      String collection,
      int total,
      int successes,
      int failures,
      int pending,
      List<StatusDetail> stored,
      List<StatusDetail> failed) {

    static StatusView of(SubmissionStatus s) {
      return new StatusView(
          s.id(),
          s.status(),
          s.collectionId(),
          s.total(),
          s.successCount(),
          s.failureCount(),
          s.pendingCount(),
          s.successes(),
          s.failures());
    }
  }

  /** Upload modes: the whole bundle or nothing (the default), or every valid object. */
  static final String ALL_OR_NOTHING = "all-or-nothing";

  static final String KEEP_VALID = "keep-valid";

  @EJB TaxiiService taxii;

  /**
   * Uploads a STIX 2.1 bundle (STIX 2.1 section 8) into a collection; objects without a TLP marking
   * are shared at {@code tlp} (else the organization's default), and every object with the audience
   * given. 202 with the status, complete when processing ended within a short wait.
   */
  @POST
  @Path("bundles")
  @Consumes({Stix.MEDIA_TYPE, MediaType.APPLICATION_JSON, "application/stix+json"})
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @QueryParam("collection") @DefaultValue(TaxiiCollection.SHARED) String collection,
      @QueryParam("tlp")
          @Pattern(regexp = TlpLevel.PATTERN, message = "tlp must be a TLP 2.0 level")
          String tlp,
      @QueryParam("organization") @Size(max = 100) Set<String> organizations,
      @QueryParam("community") @Size(max = 100) Set<String> communities,
      @QueryParam("person") @Size(max = 100) Set<String> people,
      @QueryParam("minTier") @Pattern(regexp = "T[0-3]", message = "minTier is T0 to T3")
          String minTier,
      @QueryParam("mode")
          @DefaultValue(ALL_OR_NOTHING)
          @Pattern(
              regexp = ALL_OR_NOTHING + "|" + KEEP_VALID,
              message = "mode is " + ALL_OR_NOTHING + " or " + KEEP_VALID)
          String mode,
      InputStream body)
      throws IOException {
    MarkingRequest sharing =
        new MarkingRequest(
            tlp == null ? null : TlpLevel.parse(tlp),
            organizations,
            communities,
            people,
            minTier == null ? null : Tier.fromClaim(minTier));
    try (var slot = taxii.admit(collection)) {
      byte[] bytes = RequestBodies.readLimited(body, taxii.maxContentLength());
      SubmissionStatus status =
          taxii.submit(slot, collection, bytes, Container.BUNDLE, sharing, KEEP_VALID.equals(mode));
      return Response.accepted(StatusView.of(status)).build();
    }
  }

  /** The status of an upload: for the uploader and their organization. */
  @GET
  @Path("status/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public StatusView status(@PathParam("id") String id) {
    return StatusView.of(taxii.status(id));
  }

  /**
   * What the caller may see in a collection, as one STIX 2.1 bundle (at most {@code limit} objects,
   * up to 1,000,000, filtered like TAXII's Get Objects), with the official TLP 2.0 marking
   * definitions; streamed, so that the server's heap does not grow with the export.
   */
  @GET
  @Path("export")
  @Produces({Stix.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  public Response export(
      @QueryParam("collection") @DefaultValue(TaxiiCollection.SHARED) String collection,
      @QueryParam("added_after") String addedAfter,
      @QueryParam("type") String types,
      @QueryParam("id") String ids,
      @QueryParam("limit") @DefaultValue("10000") int limit,
      @QueryParam("next") String next) {
    ObjectQuery query =
        ObjectQuery.text(VersionMatch.LAST)
            .addedAfter(addedAfter)
            .types(types)
            .ids(ids)
            .next(next)
            .parse();
    TaxiiService.Export export = taxii.export(collection, query, limit);
    StreamingOutput bundle =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          taxii.writeBundle(export, writer);
        };
    Response.ResponseBuilder response =
        Response.ok(bundle)
            .type(Stix.MEDIA_TYPE)
            .header("Content-Disposition", "attachment; filename=\"scrm-export.json\"");
    export.next().ifPresent(n -> response.header("X-SCRM-Next", n));
    return response.build();
  }
}
