package org.scrmportal.identity.federation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scrmportal.identity.federation.saml.ListedProvider;
import org.scrmportal.identity.federation.saml.SsoEndpoint;
import org.scrmportal.organization.OrganizationId;

/**
 * An identity provider a federation's last accepted aggregate listed, as its verified metadata
 * describes it. The listing of a federation is replaced wholesale at each accepted aggregate.
 */
@Entity
@Table(name = "listed_identity_provider")
public class ListedIdentityProvider {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The lists of the provider's metadata, kept as one JSON column. */
  record Details(
      String organizationUrl,
      List<String> entityCategories,
      List<String> assuranceCertifications,
      List<Endpoint> singleSignOnServices,
      List<String> signingCertificates,
      List<String> nameIdFormats) {}

  /** A single sign-on endpoint as stored. */
  record Endpoint(String binding, String location) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "federation_seq")
  @SequenceGenerator(name = "federation_seq", sequenceName = "federation_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "federation_id", nullable = false, length = 36)
  private String federationId;

  @Column(name = "entity_id", nullable = false, length = 1024)
  private String entityId;

  @Column(name = "organization_name", length = 1024)
  private String organizationName;

  @Column(name = "organization_display_name", length = 1024)
  private String organizationDisplayName;

  @Column(name = "registration_authority", length = 1024)
  private String registrationAuthority;

  @Column(name = "details", nullable = false, length = 65536)
  private String details;

  @Transient private ListedProvider provider;

  @Transient private OrganizationId onboarded;

  protected ListedIdentityProvider() {}

  ListedIdentityProvider(String federationId, ListedProvider listed) {
    this.federationId = Objects.requireNonNull(federationId, "federationId");
    this.entityId = Objects.requireNonNull(listed.entityId(), "entityId");
    this.organizationName = cut(listed.organizationName(), 1024);
    this.organizationDisplayName = cut(listed.organizationDisplayName(), 1024);
    this.registrationAuthority = cut(listed.registrationAuthority(), 1024);
    try {
      this.details =
          JSON.writeValueAsString(
              new Details(
                  listed.organizationUrl(),
                  listOf(listed.entityCategories()),
                  listOf(listed.assuranceCertifications()),
                  listOf(listed.singleSignOnServices()).stream()
                      .map(e -> new Endpoint(e.binding(), e.location()))
                      .toList(),
                  listOf(listed.signingCertificates()),
                  listOf(listed.nameIdFormats())));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    this.provider = listed;
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public String federationId() {
    return federationId;
  }

  public String entityId() {
    return entityId;
  }

  public Optional<String> organizationName() {
    return Optional.ofNullable(organizationName);
  }

  public Optional<String> organizationDisplayName() {
    return Optional.ofNullable(organizationDisplayName);
  }

  public Optional<String> registrationAuthority() {
    return Optional.ofNullable(registrationAuthority);
  }

  public List<String> entityCategories() {
    return provider().entityCategories();
  }

  public List<String> assuranceCertifications() {
    return provider().assuranceCertifications();
  }

  /** Where users are sent to sign in: HTTP-Redirect if offered, else HTTP-POST. */
  public Optional<SsoEndpoint> preferredEndpoint() {
    return provider().preferredEndpoint();
  }

  /** The location of {@link #preferredEndpoint()}, if any. */
  public Optional<String> singleSignOnUrl() {
    return preferredEndpoint().map(SsoEndpoint::location);
  }

  /** The provider's metadata as the facade listed it. */
  public ListedProvider provider() {
    if (provider == null) {
      Details d;
      try {
        d = JSON.readValue(details, Details.class);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      provider =
          new ListedProvider(
              entityId,
              organizationName,
              organizationDisplayName,
              d.organizationUrl(),
              registrationAuthority,
              listOf(d.entityCategories()),
              listOf(d.assuranceCertifications()),
              listOf(d.singleSignOnServices()).stream()
                  .map(e -> new SsoEndpoint(e.binding(), e.location()))
                  .toList(),
              listOf(d.signingCertificates()),
              listOf(d.nameIdFormats()));
    }
    return provider;
  }

  /** The organization admitted through this provider, if one was (set by the listing service). */
  public Optional<OrganizationId> onboarded() {
    return Optional.ofNullable(onboarded);
  }

  void onboarded(OrganizationId organization) {
    this.onboarded = organization;
  }
}
