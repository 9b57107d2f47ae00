package org.scrmportal.identity.federation.saml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An identity provider as a verified aggregate lists it: an {@code md:EntityDescriptor} with an
 * {@code md:IDPSSODescriptor} for the SAML 2.0 protocol, with what its federation says about it.
 *
 * @param entityId the entity's {@code entityID}
 * @param organizationName {@code md:OrganizationName} (English if given, else the first), or null
 * @param organizationDisplayName {@code md:OrganizationDisplayName} (same choice), or null
 * @param organizationUrl {@code md:OrganizationURL} (same choice), or null
 * @param registrationAuthority {@code mdrpi:RegistrationInfo/@registrationAuthority} of the entity
 *     (or of the enclosing {@code md:EntitiesDescriptor}), or null
 * @param entityCategories values of the entity attribute {@code http://macedir.org/entity-category}
 * @param assuranceCertifications values of the entity attribute {@code
 *     urn:oasis:names:tc:SAML:attribute:assurance-certification}
 * @param singleSignOnServices the SSO endpoints, in document order
 * @param signingCertificates base64 DER of the X.509 certificates of the key descriptors with
 *     {@code use="signing"} or no use
 * @param nameIdFormats the {@code md:NameIDFormat}s offered
 */
public record ListedProvider(
    String entityId,
    String organizationName,
    String organizationDisplayName,
    String organizationUrl,
    String registrationAuthority,
    List<String> entityCategories,
    List<String> assuranceCertifications,
    List<SsoEndpoint> singleSignOnServices,
    List<String> signingCertificates,
    List<String> nameIdFormats) {

  public ListedProvider {
    Objects.requireNonNull(entityId, "entityId");
    entityCategories = List.copyOf(entityCategories);
    assuranceCertifications = List.copyOf(assuranceCertifications);
    singleSignOnServices = List.copyOf(singleSignOnServices);
    signingCertificates = List.copyOf(signingCertificates);
    nameIdFormats = List.copyOf(nameIdFormats);
  }

  /** HTTP-Redirect if offered, else HTTP-POST; empty when neither. */
  public Optional<SsoEndpoint> preferredEndpoint() {
    return singleSignOnServices.stream()
        .filter(SsoEndpoint::isRedirect)
        .findFirst()
        .or(() -> singleSignOnServices.stream().filter(SsoEndpoint::isPost).findFirst());
  }
}
