package org.scrmportal.web.taxii;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.scrmportal.stix.Container;
import org.scrmportal.stix.Stix;
import org.scrmportal.stix.store.ObjectQuery;
import org.scrmportal.stix.store.VersionMatch;
import org.scrmportal.taxii.TaxiiService;
import org.scrmportal.web.error.RequestBodies;

/**
 * The TAXII 2.1 endpoints (sections 4 and 5) of the one API root, {@code /taxii2/scrm/}. Thin:
 * parse, call {@link TaxiiService}, write the resource. Who may read or write what is decided
 * there, by the access policy.
 */
@Path("/")
public class TaxiiResource {

  /** The name of the API root under {@code /taxii2/}. */
  static final String API_ROOT = "scrm";

  @EJB TaxiiService taxii;

  @Context UriInfo uri;

  /** Section 4.1: Server Discovery. */
  @GET
  public Response discovery() {
    String root = uri.getBaseUriBuilder().path(API_ROOT).path("/").build().toString();
    ObjectNode d = TaxiiJson.JSON.createObjectNode();
    d.put("title", "SCRM Portal TAXII 2.1 server");
    d.put(
        "description",
        "Supply-chain threat intelligence shared under TLP 2.0 and the portal's access policy");
    d.put("default", root);
    d.putArray("api_roots").add(root);
    return ok(d.toString());
  }

  /** Section 4.2: Get API Root Information. */
  @GET
  @Path(API_ROOT + "/")
  public Response apiRoot() {
    ObjectNode r = TaxiiJson.JSON.createObjectNode();
    r.put("title", "SCRM Portal");
    r.put("description", "Indicators and other STIX 2.1 content of the portal's members");
    r.putArray("versions").add(Stix.TAXII_MEDIA_TYPE);
    r.put("max_content_length", taxii.maxContentLength());
    return ok(r.toString());
  }

  /** Section 4.3: Get Status. */
  @GET
  @Path(API_ROOT + "/status/{id}/")
  public Response status(@PathParam("id") String id) {
    return ok(TaxiiJson.status(taxii.status(id)));
  }

  /** Section 5.1: Get Collections. */
  @GET
  @Path(API_ROOT + "/collections/")
  public Response collections() {
    ObjectNode c = TaxiiJson.JSON.createObjectNode();
    var list = taxii.collections();
    if (!list.isEmpty()) {
      ArrayNode array = c.putArray("collections");
      list.forEach(a -> array.add(TaxiiJson.collection(a)));
    }
    return ok(c.toString());
  }

  /** Section 5.2: Get a Collection. */
  @GET
  @Path(API_ROOT + "/collections/{collection}/")
  public Response collection(@PathParam("collection") String collection) {
    return ok(TaxiiJson.collection(taxii.collection(collection)).toString());
  }

  /** Section 5.4: Get Objects. */
  @GET
  @Path(API_ROOT + "/collections/{collection}/objects/")
  public Response objects(@PathParam("collection") String collection, @BeanParam Filters filters) {
    return streamed(taxii.objectRows(collection, filters.query(VersionMatch.LAST)));
  }

  /** Section 5.5: Add Objects; 202 with the status. */
  @POST
  @Path(API_ROOT + "/collections/{collection}/objects/")
  public Response add(@PathParam("collection") String collection, InputStream body)
      throws IOException {
    // who may write, and room in the queue, before a byte of the body is read
    try (var slot = taxii.admit(collection)) {
      byte[] bytes = RequestBodies.readLimited(body, taxii.maxContentLength());
      // each valid object is stored, each invalid one reported (section 5.5)
      var status = taxii.submit(slot, collection, bytes, Container.ENVELOPE, null, true);
      return Response.accepted(TaxiiJson.status(status)).type(Stix.TAXII_MEDIA_TYPE).build();
    }
  }

  /** Section 5.6: Get an Object. */
  @GET
  @Path(API_ROOT + "/collections/{collection}/objects/{object}/")
  public Response object(
      @PathParam("collection") String collection,
      @PathParam("object") String object,
      @BeanParam Filters filters) {
    return streamed(taxii.object(collection, object, filters.query(VersionMatch.LAST)));
  }

  /** Section 5.7: Delete an Object. */
  @DELETE
  @Path(API_ROOT + "/collections/{collection}/objects/{object}/")
  public Response delete(
      @PathParam("collection") String collection,
      @PathParam("object") String object,
      @BeanParam Filters filters) {
    taxii.delete(collection, object, filters.query(VersionMatch.ALL));
    return Response.ok().type(Stix.TAXII_MEDIA_TYPE).build();
  }

  /** Section 5.8: Get Object Versions. */
  @GET
  @Path(API_ROOT + "/collections/{collection}/objects/{object}/versions/")
  public Response versions(
      @PathParam("collection") String collection,
      @PathParam("object") String object,
      @BeanParam Filters filters) {
    return paged(
        taxii.versions(collection, object, filters.query(VersionMatch.ALL)), TaxiiJson::versions);
  }

  /** Section 5.3: Get Object Manifests. */
  @GET
  @Path(API_ROOT + "/collections/{collection}/manifest/")
  public Response manifest(@PathParam("collection") String collection, @BeanParam Filters filters) {
    return paged(taxii.manifest(collection, filters.query(VersionMatch.LAST)), TaxiiJson::manifest);
  }

  /** The query parameters of section 3.4. */
  public static class Filters {
    @QueryParam("added_after")
    String addedAfter;

    @QueryParam("limit")
    String limit;

    @QueryParam("next")
    String next;

    @QueryParam("match[id]")
    String ids;

    @QueryParam("match[type]")
    String types;

    @QueryParam("match[version]")
    String versions;

    @QueryParam("match[spec_version]")
    String specVersions;

    ObjectQuery query(VersionMatch defaultVersions) {
      return ObjectQuery.text(defaultVersions)
          .addedAfter(addedAfter)
          .limit(limit)
          .next(next)
          .ids(ids)
          .types(types)
          .versions(versions)
          .specVersions(specVersions)
          .parse();
    }
  }

  private static Response paged(
      TaxiiService.Page page, java.util.function.Function<TaxiiService.Page, String> body) {
    return withDateHeaders(Response.ok(body.apply(page)), page);
  }

  /**
   * An envelope (section 3.7) whose objects are written as they are read, a few at a time: a page
   * of 1,000 objects of up to 1 MiB each never sits in memory whole.
   */
  private Response streamed(TaxiiService.Page page) {
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          TaxiiJson.writeEnvelope(page, writer, sink -> taxii.writeContent(page, sink));
          writer.flush();
        };
    return withDateHeaders(Response.ok(body), page);
  }

  private static Response withDateHeaders(
      Response.ResponseBuilder response, TaxiiService.Page page) {
    response.type(Stix.TAXII_MEDIA_TYPE);
    page.firstDateAdded()
        .ifPresent(t -> response.header("X-TAXII-Date-Added-First", TaxiiJson.timestamp(t)));
    page.lastDateAdded()
        .ifPresent(t -> response.header("X-TAXII-Date-Added-Last", TaxiiJson.timestamp(t)));
    return response.build();
  }

  private static Response ok(String json) {
    return Response.ok(json).type(Stix.TAXII_MEDIA_TYPE).build();
  }
}
