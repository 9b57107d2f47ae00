package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.scrmportal.identity.federation.Onboarding;
import org.scrmportal.identity.federation.Onboardings;

/**
 * The operators' onboarding queue: proposals to admit an identity provider as an organization, with
 * what its federation's metadata says of it (registration authority, assurance certifications,
 * entity categories), approved or rejected by a second operator; and the form to propose an OpenID
 * Connect provider.
 */
@Named
@RequestScoped
public class OnboardingPage {

  @EJB Onboardings onboardings;

  private String issuer;
  private String clientId;
  private String clientSecret;
  private String discovery;
  private final AdmissionForm admission = new AdmissionForm();

  private List<Onboarding> pending;

  public List<Onboarding> getPending() {
    if (pending == null) {
      pending = onboardings.list(Onboarding.Status.PENDING);
    }
    return pending;
  }

  /** The last 50 decisions, newest proposal first. */
  public List<Onboarding> getDecided() {
    return Stream.concat(
            onboardings.list(Onboarding.Status.APPROVED).stream(),
            onboardings.list(Onboarding.Status.REJECTED).stream())
        .sorted(Comparator.comparing(Onboarding::proposedAt).reversed())
        .limit(50)
        .toList();
  }

  public String approve(String id) {
    return ServiceOutcomes.attemptAndReload(
        () -> onboardings.approve(id),
        "Approved: the identity provider is registered and its organization admitted.");
  }

  public String reject(String id) {
    return ServiceOutcomes.attemptAndReload(() -> onboardings.reject(id), "Rejected.");
  }

  public String proposeOidc() {
    URI address;
    try {
      address = Pages.blankToNull(issuer) == null ? null : new URI(issuer.strip());
    } catch (URISyntaxException e) {
      address = null;
    }
    if (address == null || address.getHost() == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "The issuer must be an https:// address.");
      return null;
    }
    if (Pages.blankToNull(clientId) == null || Pages.blankToNull(clientSecret) == null) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR,
          "Client id and secret are required: those the provider issued to the portal.");
      return null;
    }
    URI issuerAddress = address;
    byte[] document =
        Pages.blankToNull(discovery) == null ? null : discovery.getBytes(StandardCharsets.UTF_8);
    return ServiceOutcomes.attemptAndReload(
        () ->
            onboardings.proposeOidc(
                issuerAddress,
                document,
                clientId.strip(),
                clientSecret,
                admission.toAdmission(),
                admission.requiredReason()),
        "Proposed. Another operator must approve it.");
  }

  public AdmissionForm getAdmission() {
    return admission;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  /** Never shown back: the field stays empty after a refusal. */
  public String getClientSecret() {
    return null;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getDiscovery() {
    return discovery;
  }

  public void setDiscovery(String discovery) {
    this.discovery = discovery;
  }
}
