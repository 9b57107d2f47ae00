package org.scrmportal.web.api;

import io.undertow.server.RequestTooBigException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.scrmportal.identity.federation.Federation;
import org.scrmportal.identity.federation.Federations;
import org.scrmportal.identity.federation.ListedIdentityProvider;
import org.scrmportal.identity.federation.saml.MetadataAggregates;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.web.error.RequestBodies;

/**
 * {@code /api/federations}: SAML federations an operator registers, by the address of their
 * metadata aggregate or by uploading it, with the certificate that must have signed it; the
 * identity providers the last accepted aggregate lists. An aggregate that fails verification is 422
 * with every problem in {@code errors} and nothing is stored; a body over {@link
 * MetadataAggregates#MAX_BYTES} is 413. Operators only (web.xml and the services agree).
 */
@Path("/federations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class FederationsResource {

  /** The media type of SAML metadata (SAML 2.0 Metadata section 4.1.1). */
  public static final String SAML_METADATA = "application/samlmetadata+xml";

  /**
   * A federation to register: {@code name}, the PEM {@code certificate} its aggregate is signed
   * with, and {@code metadataUrl} (fetched now and at each refresh) or {@code metadata}, the
   * aggregate's XML as text, or both.
   */
  public record NewFederation(String name, URI metadataUrl, String certificate, byte[] metadata) {

    /** Reads the JSON body; what is missing or malformed is INVALID (400) with the field named. */
    static NewFederation parse(byte[] body) {
      JsonObject json;
      try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
        json = reader.readObject();
      } catch (JsonException | IllegalStateException e) {
        throw invalid(
            "The body is not a federation: send {\"name\", \"certificate\", \"metadataUrl\" and/or"
                + " \"metadata\"}");
      }
      String name = text(json, "name");
      if (name == null || name.isBlank()) {
        throw invalid("name is required");
      }
      String certificate = text(json, "certificate");
      if (certificate == null || certificate.isBlank()) {
        throw invalid("certificate is required: the PEM certificate the aggregate is signed with");
      }
      String url = text(json, "metadataUrl");
      String metadata = text(json, "metadata");
      if ((url == null || url.isBlank()) && (metadata == null || metadata.isBlank())) {
        throw invalid("metadataUrl or metadata is required");
      }
      return new NewFederation(
          name.strip(),
          url == null || url.isBlank() ? null : address(url.strip()),
          certificate,
          metadata == null || metadata.isBlank()
              ? null
              : metadata.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonObject json, String key) {
      JsonValue value = json.get(key);
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonString s) {
        return s.getString();
      }
      throw invalid(key + " must be a string");
    }
  }

  /** A federation on the wire; {@code identityProviders} is the number listed. */
  public record FederationView(
      String id,
      String name,
      String metadataUrl,
      Instant fetchedAt,
      Instant validUntil,
      String cacheDuration,
      Instant nextRefresh,
      int identityProviders,
      String lastError) {

    static FederationView of(Federation f) {
      return new FederationView(
          f.id(),
          f.name(),
          f.metadataUrl().map(URI::toString).orElse(null),
          f.fetchedAt(),
          f.validUntil(),
          f.cacheDuration().map(Duration::toString).orElse(null),
          f.nextRefresh(),
          f.identityProviderCount(),
          f.lastError().orElse(null));
    }
  }

  /**
   * A listed identity provider; {@code onboarded} is the organization it was admitted as, if it
   * was.
   */
  public record IdentityProviderView(
      String entityId,
      String organizationName,
      String organizationDisplayName,
      String registrationAuthority,
      List<String> entityCategories,
      List<String> assuranceCertifications,
      String singleSignOnUrl,
      String onboarded) {

    static IdentityProviderView of(ListedIdentityProvider p) {
      return new IdentityProviderView(
          p.entityId(),
          p.organizationName().orElse(null),
          p.organizationDisplayName().orElse(null),
          p.registrationAuthority().orElse(null),
          p.entityCategories(),
          p.assuranceCertifications(),
          p.singleSignOnUrl().orElse(null),
          p.onboarded().map(OrganizationId::value).orElse(null));
    }
  }

  @EJB Federations federations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(InputStream body, @Context UriInfo uri) throws IOException {
    NewFederation request = NewFederation.parse(read(body));
    Federation registered =
        federations.register(
            request.name(), request.metadataUrl(), request.metadata(), request.certificate());
    URI location = uri.getBaseUriBuilder().path("federations/{id}").build(registered.id());
    return Response.created(location).entity(view(registered)).build();
  }

  @GET
  public List<FederationView> list() {
    return federations.list().stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  public FederationView get(@PathParam("id") String id) {
    return view(federations.find(id));
  }

  @GET
  @Path("{id}/identity-providers")
  public List<IdentityProviderView> identityProviders(@PathParam("id") String id) {
    return federations.identityProviders(id).stream().map(IdentityProviderView::of).toList();
  }

  /** Fetches the aggregate again from its address (409 for a federation registered by upload). */
  @POST
  @Path("{id}/refresh")
  public FederationView refresh(@PathParam("id") String id) {
    return view(federations.refresh(id));
  }

  /** A new aggregate for a registered federation, verified against its pinned certificate. */
  @PUT
  @Path("{id}/metadata")
  @Consumes({SAML_METADATA, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  public FederationView upload(@PathParam("id") String id, InputStream body) throws IOException {
    return view(federations.upload(id, read(body)));
  }

  private FederationView view(Federation f) {
    return FederationView.of(f);
  }

  /**
   * The body, at most {@link MetadataAggregates#MAX_BYTES}: 413 beyond, also where the server's own
   * limit on request bodies (the same number) stops the read.
   */
  static byte[] read(InputStream body) throws IOException {
    try {
      return RequestBodies.readLimited(body, MetadataAggregates.MAX_BYTES);
    } catch (RequestTooBigException e) {
      throw new DomainException(
          DomainException.Kind.TOO_LARGE,
          "The body is larger than " + MetadataAggregates.MAX_BYTES + " bytes.");
    }
  }

  static URI address(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
        throw invalid("metadataUrl must be an http(s) address: " + text);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw invalid("metadataUrl is not an address: " + text);
    }
  }

  private static DomainException invalid(String message) {
    return new DomainException(DomainException.Kind.INVALID, message);
  }
}
