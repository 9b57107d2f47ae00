package org.scrmportal.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.advisory.Advisories;
import org.scrmportal.advisory.Advisory;
import org.scrmportal.advisory.AdvisoryQuery;
import org.scrmportal.advisory.BatchStatus;
import org.scrmportal.advisory.PublisherNamespace;
import org.scrmportal.advisory.Submitted;
import org.scrmportal.advisory.batch.BatchLimits;
import org.scrmportal.advisory.batch.BatchReader;
import org.scrmportal.advisory.validation.Checked;
import org.scrmportal.identity.People;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.web.api.CsafViews.AdvisoryPage;
import org.scrmportal.web.api.CsafViews.AdvisoryView;
import org.scrmportal.web.api.CsafViews.BatchView;
import org.scrmportal.web.api.CsafViews.NamespaceView;
import org.scrmportal.web.api.CsafViews.SubmittedView;
import org.scrmportal.web.api.CsafViews.VerdictView;
import org.scrmportal.web.error.RequestBodies;

/**
 * {@code /api/csaf}: CSAF 2.0 advisories. Submit one document (201, or 200 when the very same bytes
 * are stored already), a batch of files and zip archives (202 with a batch to follow), or an import
 * from another provider's directory or ROLIE feed (202); validate without storing; read what the
 * access policy lets the caller see, the documents byte for byte as submitted. A document the
 * validator rejects is 422 with the failed tests in {@code errors}; a namespace that is not the
 * caller's 403; a revision that does not follow the stored one 409.
 */
@Path("/csaf")
public class CsafResource {

  /** A CSAF provider's directory, index.txt, changes.csv, ROLIE feed or provider-metadata.json. */
  public record ImportRequest(
      @NotBlank(message = "url is required") @Size(max = 2000, message = "url is too long")
          String url) {}

  /** A namespace for an organization. */
  public record NamespaceGrant(
      @NotBlank(message = "organization is required") String organization,
      @NotBlank(message = "namespace is required") String namespace) {}

  @EJB Advisories advisories;

  @EJB People people;

  /**
   * One CSAF document. The audience (query parameters as for STIX uploads) is added to the marking
   * its TLP label gives; {@code tlp} is for a document without a label (or AMBER+STRICT for an
   * AMBER one).
   */
  @POST
  @Path("advisories")
  @Consumes({MediaType.APPLICATION_JSON, "application/csaf+json"})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBMITTER)
  public Response submit(
      @QueryParam("tlp")
          @Pattern(regexp = TlpLevel.PATTERN, message = "tlp must be a TLP 2.0 level")
          String tlp,
      @QueryParam("organization") @Size(max = 100) Set<String> organizations,
      @QueryParam("community") @Size(max = 100) Set<String> communities,
      @QueryParam("person") @Size(max = 100) Set<String> people,
      @QueryParam("minTier") @Pattern(regexp = "T[0-3]", message = "minTier is T0 to T3")
          String minTier,
      InputStream body,
      @jakarta.ws.rs.core.Context UriInfo uri)
      throws IOException {
    byte[] document = RequestBodies.readLimited(body, advisories.batchLimits().maxDocumentBytes());
    Submitted submitted =
        advisories.submit(
            document,
            null,
            MarkingView.fromQuery(tlp, organizations, communities, people, minTier));
    URI location =
        uri.getBaseUriBuilder().path("csaf/advisories/{id}").build(submitted.advisory().id());
    return (submitted.alreadyStored() ? Response.ok() : Response.created(location))
        .location(location)
        .entity(SubmittedView.of(submitted))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  /**
   * A batch: several files (parts of any name), each a CSAF document ({@code .json}), a zip
   * archive, or an {@code .asc} signature beside a document of the same base name. 202 with the
   * batch, which goes on in the background.
   */
  @POST
  @Path("advisories")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBMITTER)
  public Response submitBatch(
      @QueryParam("tlp")
          @Pattern(regexp = TlpLevel.PATTERN, message = "tlp must be a TLP 2.0 level")
          String tlp,
      @QueryParam("organization") @Size(max = 100) Set<String> organizations,
      @QueryParam("community") @Size(max = 100) Set<String> communities,
      @QueryParam("person") @Size(max = 100) Set<String> people,
      @QueryParam("minTier") @Pattern(regexp = "T[0-3]", message = "minTier is T0 to T3")
          String minTier,
      List<EntityPart> parts,
      @jakarta.ws.rs.core.Context UriInfo uri)
      throws IOException {
    BatchLimits limits = advisories.batchLimits();
    List<BatchReader.File> files = new ArrayList<>();
    long total = 0;
    for (EntityPart part : parts) {
      Optional<String> fileName = part.getFileName();
      if (fileName.isEmpty() || fileName.get().isBlank()) {
        continue;
      }
      try (InputStream in = part.getContent()) {
        byte[] bytes = RequestBodies.readLimited(in, limits.maxTotalBytes() - total);
        total += bytes.length;
        files.add(new BatchReader.File(baseName(fileName.get()), bytes));
      }
    }
    if (files.isEmpty()) {
      throw new DomainException(
          DomainException.Kind.INVALID, "No files: send each document as a part with a file name.");
    }
    BatchStatus batch =
        advisories.submitBatch(
            files, MarkingView.fromQuery(tlp, organizations, communities, people, minTier));
    return accepted(batch, uri);
  }

  /** An import from another CSAF provider (CSAF 2.0 section 7), judged like an upload. */
  @POST
  @Path("imports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBMITTER)
  public Response importFrom(
      @QueryParam("tlp")
          @Pattern(regexp = TlpLevel.PATTERN, message = "tlp must be a TLP 2.0 level")
          String tlp,
      @QueryParam("organization") @Size(max = 100) Set<String> organizations,
      @QueryParam("community") @Size(max = 100) Set<String> communities,
      @QueryParam("person") @Size(max = 100) Set<String> people,
      @QueryParam("minTier") @Pattern(regexp = "T[0-3]", message = "minTier is T0 to T3")
          String minTier,
      @NotNull(message = "a body is required") @Valid ImportRequest request,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    BatchStatus batch =
        advisories.importFrom(
            request.url(), MarkingView.fromQuery(tlp, organizations, communities, people, minTier));
    return accepted(batch, uri);
  }

  /** A batch's progress and per-document results; for the organization that started it. */
  @GET
  @Path("batches/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public BatchView batch(@PathParam("id") String id) {
    return advisories
        .batch(id)
        .map(BatchView::of)
        .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "No such batch"));
  }

  /** The full verdict on a document (CSAF 2.0 section 6), valid or not; nothing is stored. */
  @POST
  @Path("validate")
  @Consumes({MediaType.APPLICATION_JSON, "application/csaf+json"})
  @Produces(MediaType.APPLICATION_JSON)
  public VerdictView validate(InputStream body) throws IOException {
    byte[] document = RequestBodies.readLimited(body, advisories.batchLimits().maxDocumentBytes());
    return VerdictView.of(advisories.validate(document).verdict());
  }

  /**
   * The latest revisions the caller may see (every revision with {@code revisions=true}), newest
   * first; {@code before} is the {@code next} of the previous page.
   */
  @GET
  @Path("advisories")
  @Produces(MediaType.APPLICATION_JSON)
  public AdvisoryPage list(
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(AdvisoryQuery.MAX_LIMIT) int limit,
      @QueryParam("before") Long before,
      @QueryParam("revisions") @DefaultValue("false") boolean revisions,
      @QueryParam("publisher") String publisher,
      @QueryParam("tlp")
          @Pattern(regexp = TlpLevel.PATTERN, message = "tlp must be a TLP 2.0 level")
          String tlp) {
    AdvisoryQuery query =
        new AdvisoryQuery(
            Optional.ofNullable(before),
            limit,
            revisions,
            Optional.ofNullable(publisher).map(CsafResource::organization),
            Optional.ofNullable(tlp).map(TlpLevel::parse),
            true);
    List<Advisory> page = advisories.list(query);
    return new AdvisoryPage(
        page.stream().map(a -> AdvisoryView.of(a, people)).toList(),
        page.size() == limit ? page.get(page.size() - 1).id() : null);
  }

  /** The document exactly as submitted, byte for byte. */
  @GET
  @Path("advisories/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response document(@PathParam("id") long id) {
    Advisory advisory = find(id);
    return Response.ok(advisory.content(), MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "inline; filename=\"" + advisory.fileName() + "\"")
        .header("Digest", "sha-512=" + base64(advisory.sha512()))
        .build();
  }

  /** The revision's metadata, marking included. */
  @GET
  @Path("advisories/{id}/metadata")
  @Produces(MediaType.APPLICATION_JSON)
  public AdvisoryView metadata(@PathParam("id") long id) {
    return AdvisoryView.of(withoutBytes(id), people);
  }

  /** Every revision of the same tracking id the caller may see, oldest first. */
  @GET
  @Path("advisories/{id}/revisions")
  @Produces(MediaType.APPLICATION_JSON)
  public List<AdvisoryView> revisions(@PathParam("id") long id) {
    return advisories.revisions(id).stream().map(a -> AdvisoryView.of(a, people)).toList();
  }

  /** The stored document's verdict, judged again by the current validator. */
  @GET
  @Path("advisories/{id}/verdict")
  @Produces(MediaType.APPLICATION_JSON)
  public VerdictView verdict(@PathParam("id") long id) {
    Checked checked = advisories.verdict(id).orElseThrow(CsafResource::noSuchAdvisory);
    return VerdictView.of(checked.verdict());
  }

  /** The supplier's own OpenPGP signature, as uploaded beside the document. */
  @GET
  @Path("advisories/{id}/signature")
  @Produces("application/pgp-signature")
  public Response signature(@PathParam("id") long id) {
    String signature = withoutBytes(id).supplierSignature();
    if (signature == null) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, "No signature was uploaded");
    }
    return Response.ok(signature.getBytes(StandardCharsets.US_ASCII), "application/pgp-signature")
        .build();
  }

  /** The caller's organization's publisher namespaces (every one, for operators). */
  @GET
  @Path("namespaces")
  @Produces(MediaType.APPLICATION_JSON)
  public List<NamespaceView> namespaces() {
    return advisories.namespaces().stream().map(CsafResource::view).toList();
  }

  /** Grants a publisher namespace to an organization: operators only. */
  @POST
  @Path("namespaces")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATOR)
  public Response grant(
      @NotNull(message = "a body is required") @Valid NamespaceGrant grant,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    PublisherNamespace granted = advisories.grantNamespace(grant.organization(), grant.namespace());
    return Response.status(Response.Status.CREATED)
        .entity(view(granted))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  private Advisory find(long id) {
    return advisories.find(id).orElseThrow(CsafResource::noSuchAdvisory);
  }

  private Advisory withoutBytes(long id) {
    return advisories.metadata(id).orElseThrow(CsafResource::noSuchAdvisory);
  }

  private static DomainException noSuchAdvisory() {
    return new DomainException(DomainException.Kind.NOT_FOUND, "No such advisory");
  }

  private static Response accepted(BatchStatus batch, UriInfo uri) {
    return Response.accepted(BatchView.of(batch))
        .location(uri.getBaseUriBuilder().path("csaf/batches/{id}").build(batch.id()))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  private static NamespaceView view(PublisherNamespace n) {
    return new NamespaceView(n.namespace(), n.organization().value(), n.grantedBy(), n.grantedAt());
  }

  private static OrganizationId organization(String id) {
    try {
      return new OrganizationId(id);
    } catch (IllegalArgumentException e) {
      throw new DomainException(DomainException.Kind.INVALID, "publisher is an organization id");
    }
  }

  /** The last segment of an uploaded file's name (browsers may send a path). */
  private static String baseName(String name) {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return base.isBlank() ? "file" : base;
  }

  private static String base64(String hex) {
    return java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hex));
  }
}
