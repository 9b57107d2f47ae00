package org.scrmportal.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.scrmportal.community.CommunityService;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.platform.DomainException;
import org.scrmportal.stix.Container;
import org.scrmportal.stix.store.StatusDetail;
import org.scrmportal.stix.store.SubmissionStatus;
import org.scrmportal.taxii.TaxiiService;

/**
 * Sharing a STIX 2.1 bundle file: the collection (one the caller may write), the marking of its
 * unmarked objects and the audience, the file, in one multipart form (the page's script shows the
 * upload's progress); then, after a redirect to {@code upload.xhtml?status=...}, the status of the
 * submission, polled until it is complete, with what happened to each object.
 */
@Named
@ViewScoped
public class UploadPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TaxiiService taxii;

  @Inject CommunityService communities;

  @Inject OrganizationService organizations;

  private String collection;
  private final MarkingForm marking = new MarkingForm();
  private transient Part file;
  private boolean keepValid;
  private String statusId;

  private transient List<TaxiiService.CollectionAccess> writable;
  private transient List<CommunityService.Listing> directory;
  private transient List<OrganizationService.Listing> known;
  private transient SubmissionStatus status;

  @PostConstruct
  void start() {
    collection = getCollections().stream().findFirst().map(c -> c.collection().id()).orElse(null);
    String requested =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("status");
    if (requested != null && !requested.isBlank()) {
      statusId = requested;
    }
  }

  /** The collections the caller may write. */
  public List<TaxiiService.CollectionAccess> getCollections() {
    if (writable == null) {
      writable =
          taxii.collections().stream().filter(TaxiiService.CollectionAccess::canWrite).toList();
    }
    return writable;
  }

  /** The organizations a marking may name. */
  public List<OrganizationService.Listing> getOrganizations() {
    if (known == null) {
      known = organizations.directory();
    }
    return known;
  }

  /** The communities a marking may name. */
  public List<CommunityService.Listing> getCommunities() {
    if (directory == null) {
      directory = communities.directory();
    }
    return directory;
  }

  /**
   * Submits the file to the collection chosen, with the marking chosen, then shows its status.
   *
   * @return the page again with the status to follow, or null (this page, with the error)
   */
  public String share() {
    if (file == null || file.getSize() == 0) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR, "Choose the .json file of a STIX 2.1 bundle to share.");
      return null;
    }
    if (file.getSize() > getMaxBytes()) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR,
          "The file is "
              + Sizes.mib(file.getSize())
              + "; the portal takes at most "
              + getMaxSize()
              + ".");
      return null;
    }
    try (var slot = taxii.admit(collection)) {
      byte[] body;
      try (InputStream in = file.getInputStream()) {
        body = in.readNBytes((int) getMaxBytes() + 1);
      }
      SubmissionStatus submitted =
          taxii.submit(slot, collection, body, Container.BUNDLE, marking.toRequest(), keepValid);
      return "upload?faces-redirect=true&status=" + submitted.id();
    } catch (IOException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "The file could not be read: send it again.");
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (EJBAccessException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Your roles do not allow this.");
    }
    return null;
  }

  /** Reads the status again (the poll's listener). */
  public void refresh() {
    status = null;
  }

  /** The status this page follows, or null. */
  public SubmissionStatus getStatus() {
    if (status == null && statusId != null) {
      try {
        status = taxii.status(statusId);
      } catch (DomainException e) {
        statusId = null;
        Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      }
    }
    return status;
  }

  public boolean isPending() {
    return getStatus() != null && !getStatus().isComplete();
  }

  public boolean isComplete() {
    return getStatus() != null && getStatus().isComplete();
  }

  public List<StatusDetail> getSuccesses() {
    return getStatus() == null ? List.of() : getStatus().successes();
  }

  public List<StatusDetail> getFailures() {
    return getStatus() == null ? List.of() : getStatus().failures();
  }

  /** The headline of the report: how many objects were stored, how many failed. */
  public UploadReport getReport() {
    SubmissionStatus s = getStatus();
    return s == null
        ? null
        : new UploadReport(s.total(), s.successCount(), s.failureCount(), s.pendingCount());
  }

  /** The largest file the portal takes, in bytes (the TAXII API root's max_content_length). */
  public long getMaxBytes() {
    return taxii.maxContentLength();
  }

  /** The largest file the portal takes, in MiB. */
  public String getMaxSize() {
    return Sizes.mib(getMaxBytes());
  }

  /**
   * Whether the valid objects of an upload are stored when others fail ("keep the valid objects"),
   * or nothing is ("all or nothing", the default for people).
   */
  public boolean isKeepValid() {
    return keepValid;
  }

  public void setKeepValid(boolean keepValid) {
    this.keepValid = keepValid;
  }

  public String getCollection() {
    return collection;
  }

  public void setCollection(String collection) {
    this.collection = collection;
  }

  public MarkingForm getMarking() {
    return marking;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
