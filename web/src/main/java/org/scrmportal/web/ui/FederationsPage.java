package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.scrmportal.identity.federation.Federation;
import org.scrmportal.identity.federation.Federations;
import org.scrmportal.identity.federation.ListedIdentityProvider;
import org.scrmportal.identity.federation.Onboarding;
import org.scrmportal.identity.federation.Onboardings;
import org.scrmportal.identity.federation.saml.MetadataAggregates;

/**
 * Operators' federations: register one (the address of its metadata aggregate, or the aggregate
 * uploaded, with the certificate it must be signed with), see what each lists, refresh it, and
 * propose to admit a listed identity provider as an organization (another operator approves on the
 * onboarding page).
 */
@Named
@ViewScoped
public class FederationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most a page upload carries: the Faces servlet's multipart limit (web.xml), 20 MiB. */
  static final long PAGE_UPLOAD_LIMIT = Math.min(MetadataAggregates.MAX_BYTES, 20L * 1024 * 1024);

  @EJB Federations federations;

  @EJB Onboardings onboardings;

  private String name;
  private String metadataUrl;
  private String certificate;
  private transient Part file;
  private List<String> problems = List.of();

  /** The federation whose identity providers are shown ({@code ?federation=}). */
  private String federation;

  /** The listed provider chosen for a proposal. */
  private String entityId;

  private final AdmissionForm admission = new AdmissionForm();

  private transient List<Federation> list;
  private transient List<ListedIdentityProvider> listed;

  public String register() {
    problems = List.of();
    byte[] uploaded = null;
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > PAGE_UPLOAD_LIMIT) {
        Pages.message(
            FacesMessage.SEVERITY_ERROR,
            "The file is "
                + Sizes.mib(file.getSize())
                + "; this page takes at most "
                + Sizes.mib(PAGE_UPLOAD_LIMIT)
                + " (the API up to "
                + Sizes.mib(MetadataAggregates.MAX_BYTES)
                + ").");
        return null;
      }
      try (InputStream in = file.getInputStream()) {
        uploaded = in.readNBytes((int) PAGE_UPLOAD_LIMIT);
      } catch (IOException e) {
        Pages.message(FacesMessage.SEVERITY_ERROR, "The file could not be read: send it again.");
        return null;
      }
    }
    URI address;
    try {
      address = Pages.blankToNull(metadataUrl) == null ? null : new URI(metadataUrl.strip());
    } catch (URISyntaxException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "The metadata address is not an address.");
      return null;
    }
    if (address == null && uploaded == null) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR, "Give the metadata's address, or upload the aggregate.");
      return null;
    }
    byte[] metadata = uploaded;
    Federation registered =
        ServiceOutcomes.attempt(
            () ->
                federations.register(
                    Pages.blankToNull(name), address, metadata, Pages.blankToNull(certificate)),
            found -> problems = found);
    if (registered == null) {
      return null;
    }
    return done(
        "Registered " + registered.name() + ".",
        "federations?faces-redirect=true&federation=" + registered.id());
  }

  public String refresh(String id) {
    problems = List.of();
    Federation refreshed =
        ServiceOutcomes.attempt(() -> federations.refresh(id), found -> problems = found);
    return refreshed == null
        ? null
        : done(
            "Refreshed " + refreshed.name() + ".",
            "federations?faces-redirect=true&federation=" + refreshed.id());
  }

  /** Chooses a listed provider for a proposal, with its organization's name as the default. */
  public void choose(ListedIdentityProvider provider) {
    entityId = provider.entityId();
    if (Pages.blankToNull(admission.getName()) == null) {
      admission.setName(
          provider.organizationDisplayName().or(provider::organizationName).orElse(null));
    }
  }

  public String propose() {
    if (federation == null || entityId == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Choose a listed identity provider first.");
      return null;
    }
    Onboarding proposed =
        ServiceOutcomes.attempt(
            () ->
                onboardings.proposeSaml(
                    federation, entityId, admission.toAdmission(), admission.requiredReason()),
            ignored -> {});
    return proposed == null
        ? null
        : done(
            "Proposed to admit "
                + proposed.admission().id().value()
                + ". Another operator must approve it.",
            "onboarding?faces-redirect=true");
  }

  private static String done(String message, String outcome) {
    Pages.message(FacesMessage.SEVERITY_INFO, message);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return outcome;
  }

  public List<Federation> getFederations() {
    if (list == null) {
      list = federations.list();
    }
    return list;
  }

  /** The federation shown, if one is chosen and there. */
  public Federation getSelected() {
    if (federation == null) {
      return null;
    }
    return getFederations().stream()
        .filter(f -> f.id().equals(federation))
        .findFirst()
        .orElse(null);
  }

  public List<ListedIdentityProvider> getIdentityProviders() {
    if (listed == null) {
      listed = getSelected() == null ? List.of() : federations.identityProviders(federation);
    }
    return listed;
  }

  public String getMaxSize() {
    return Sizes.mib(PAGE_UPLOAD_LIMIT);
  }

  public List<String> getProblems() {
    return problems;
  }

  public AdmissionForm getAdmission() {
    return admission;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMetadataUrl() {
    return metadataUrl;
  }

  public void setMetadataUrl(String metadataUrl) {
    this.metadataUrl = metadataUrl;
  }

  public String getCertificate() {
    return certificate;
  }

  public void setCertificate(String certificate) {
    this.certificate = certificate;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFederation() {
    return federation;
  }

  public void setFederation(String federation) {
    this.federation = Pages.blankToNull(federation);
    this.listed = null;
  }

  public String getEntityId() {
    return entityId;
  }
}
