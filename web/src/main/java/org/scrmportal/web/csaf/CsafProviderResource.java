package org.scrmportal.web.csaf;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.scrmportal.advisory.provider.CsafProvider;
import org.scrmportal.advisory.provider.CsafTlp;
import org.scrmportal.advisory.provider.ProviderDocuments;
import org.scrmportal.advisory.provider.PublishedFile;
import org.scrmportal.web.error.Problems;

/**
 * {@code /.well-known/csaf/}: the provider metadata (CSAF 2.0 requirements 7 and 9), the public key
 * (20), the ROLIE service document (16), and per TLP label a directory (11 to 14) with the
 * documents exactly as stored, their hashes (18) and signatures (19), and the label's ROLIE feed
 * (15) and category document (17). Thin: what a caller sees is decided by {@link CsafProvider} and
 * the store's access policy. No redirects (requirement 6): a directory answers with or without its
 * trailing slash.
 */
@Path("/")
public class CsafProviderResource {

  static final String TLP = "{tlp: white|green|amber|red}";
  static final String YEAR = "{year: [0-9]{4}}";

  static final MediaType CSV = MediaType.valueOf("text/csv; charset=UTF-8");
  static final MediaType TEXT = MediaType.valueOf("text/plain; charset=UTF-8");
  static final MediaType HTML = MediaType.valueOf("text/html; charset=UTF-8");
  static final MediaType PGP_KEYS = MediaType.valueOf("application/pgp-keys");
  static final MediaType PGP_SIGNATURE = MediaType.valueOf("application/pgp-signature");

  @EJB CsafProvider provider;

  @Context UriInfo uri;

  @Context SecurityContext security;

  /** Requirement 7 at the well-known URL (requirement 9). */
  @GET
  @Path("provider-metadata.json")
  public Response providerMetadata() {
    return ok(provider.providerMetadata(base()).toString(), MediaType.APPLICATION_JSON_TYPE);
  }

  /** Requirement 16: the ROLIE service document. */
  @GET
  @Path("service.json")
  public Response service() {
    return ok(provider.service(base()).toString(), MediaType.APPLICATION_JSON_TYPE);
  }

  /** Requirement 20: the public part of the signing key, beside the provider metadata. */
  @GET
  @Path("openpgp/{fingerprint: [0-9A-Fa-f]{40,64}}.asc")
  public Response publicKey(@PathParam("fingerprint") String fingerprint) {
    return provider
        .publicKey(fingerprint)
        .map(key -> ok(key, PGP_KEYS))
        .orElseGet(CsafProviderResource::notFound);
  }

  /** Requirement 14: a listing of the top directory. */
  @GET
  public Response root() {
    List<String> entries = new ArrayList<>(List.of("provider-metadata.json", "service.json"));
    entries.add(provider.publicKeyPath());
    for (CsafTlp tlp : CsafTlp.values()) {
      entries.add(tlp.directory() + "/");
    }
    return ok(Listing.html("/.well-known/csaf/", entries), HTML);
  }

  /** Requirement 14: a listing of one label's directory. */
  @GET
  @Path(TLP)
  public Response directory(@PathParam("tlp") String directory) {
    return signedInFor(
        directory,
        tlp -> {
          List<String> entries = new ArrayList<>();
          provider.years(tlp).forEach(year -> entries.add(year + "/"));
          entries.addAll(
              List.of("index.txt", "changes.csv", tlp.feedFileName(), tlp.categoryFileName()));
          return ok(Listing.html("/.well-known/csaf/" + tlp.directory() + "/", entries), HTML);
        });
  }

  /** Requirement 12. */
  @GET
  @Path(TLP + "/index.txt")
  public Response index(@PathParam("tlp") String directory) {
    return signedInFor(directory, tlp -> ok(provider.index(tlp), TEXT));
  }

  /** Requirement 13. */
  @GET
  @Path(TLP + "/changes.csv")
  public Response changes(@PathParam("tlp") String directory) {
    return signedInFor(directory, tlp -> ok(provider.changes(tlp), CSV));
  }

  /** Requirement 15: the label's ROLIE feed; requirement 17: its category document. */
  @GET
  @Path(TLP + "/{name: (feed|category)-tlp-[a-z]+\\.json}")
  public Response rolie(@PathParam("tlp") String directory, @PathParam("name") String name) {
    return signedInFor(
        directory,
        tlp -> {
          if (name.equals(tlp.feedFileName())) {
            return ok(provider.feed(tlp, base()).toString(), MediaType.APPLICATION_JSON_TYPE);
          }
          if (name.equals(tlp.categoryFileName())) {
            return ok(provider.category(tlp).toString(), MediaType.APPLICATION_JSON_TYPE);
          }
          return notFound();
        });
  }

  /** Requirement 14: a listing of one year's folder. */
  @GET
  @Path(TLP + "/" + YEAR)
  public Response year(@PathParam("tlp") String directory, @PathParam("year") int year) {
    return signedInFor(
        directory,
        tlp -> {
          List<PublishedFile> files = provider.filesOf(tlp, year);
          if (files.isEmpty()) {
            return notFound();
          }
          List<String> entries = new ArrayList<>();
          for (PublishedFile file : files) {
            String name = file.fileName();
            entries.addAll(List.of(name, name + ".asc", name + ".sha256", name + ".sha512"));
          }
          return ok(
              Listing.html(
                  "/.well-known/csaf/" + tlp.directory() + "/" + String.format("%04d", year) + "/",
                  entries),
              HTML);
        });
  }

  /**
   * A document exactly as stored (requirements 1 and 2), its SHA-256 and SHA-512 files (requirement
   * 18: the hash, two spaces, the file name) and the portal's detached signature (requirement 19).
   */
  @GET
  @Path(TLP + "/" + YEAR + "/{file: [^/]+\\.json(\\.sha256|\\.sha512|\\.asc)?}")
  public Response file(
      @PathParam("tlp") String directory,
      @PathParam("year") int year,
      @PathParam("file") String file) {
    return signedInFor(
        directory,
        tlp -> {
          int json = file.lastIndexOf(".json");
          String fileName = file.substring(0, json + ".json".length());
          String suffix = file.substring(fileName.length());
          Supplier<Optional<CsafProvider.Document>> document =
              () -> provider.document(tlp, year, fileName);
          Optional<Response> response =
              switch (suffix) {
                case "" ->
                    document.get().map(d -> ok(d.content(), MediaType.APPLICATION_JSON_TYPE));
                case ".sha256" ->
                    document
                        .get()
                        .map(d -> ok(ProviderDocuments.hashFile(d.sha256(), fileName), TEXT));
                case ".sha512" ->
                    document
                        .get()
                        .map(d -> ok(ProviderDocuments.hashFile(d.sha512(), fileName), TEXT));
                case ".asc" ->
                    provider.signature(tlp, year, fileName).map(s -> ok(s, PGP_SIGNATURE));
                default -> Optional.empty();
              };
          return response.orElseGet(CsafProviderResource::notFound);
        });
  }

  /** Runs {@code action} for the label, when it is public or the caller is signed in. */
  private Response signedInFor(
      String directory, java.util.function.Function<CsafTlp, Response> action) {
    Optional<CsafTlp> tlp = CsafTlp.ofDirectory(directory);
    if (tlp.isEmpty()) {
      return notFound();
    }
    if (!tlp.get().isPublic() && security.getUserPrincipal() == null) {
      // web.xml lets no anonymous caller get here; should it ever change, still no listing
      return Response.fromResponse(Problems.response(401, Problems.detail(401)))
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .build();
    }
    return action.apply(tlp.get());
  }

  private URI base() {
    return uri.getBaseUri();
  }

  private static Response ok(Object entity, MediaType type) {
    return Response.ok(entity, type).build();
  }

  private static Response notFound() {
    return Problems.response(404, Problems.detail(404));
  }
}
