package org.scrmportal.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.scrmportal.community.CommunityService;
import org.scrmportal.platform.DomainException;
import org.scrmportal.stix.Container;
import org.scrmportal.taxii.StatusDetail;
import org.scrmportal.taxii.SubmissionStatus;
import org.scrmportal.taxii.TaxiiService;

/**
 * Sharing a STIX 2.1 bundle file: the collection (one the caller may write), the marking of its
 * unmarked objects and the audience, the file; then the status of the submission, polled until it
 * is complete, with what happened to each object.
 *
 * <p>The file upload and the sharing are two requests: PrimeFaces calls {@link #receive} before the
 * other fields of the form reach the bean, so the page calls {@link #share} right after the file
 * arrived, with the form.
 */
@Named
@ViewScoped
public class UploadPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TaxiiService taxii;

  @Inject CommunityService communities;

  private String collection;
  private final MarkingForm marking = new MarkingForm();
  private byte[] bundle;
  private String fileName;
  private String sharedFile;
  private String statusId;

  private transient List<TaxiiService.CollectionAccess> writable;
  private transient List<CommunityService.Listing> directory;
  private transient SubmissionStatus status;

  @PostConstruct
  void chooseFirstCollection() {
    collection = getCollections().stream().findFirst().map(c -> c.collection().id()).orElse(null);
  }

  /** The collections the caller may write. */
  public List<TaxiiService.CollectionAccess> getCollections() {
    if (writable == null) {
      writable =
          taxii.collections().stream().filter(TaxiiService.CollectionAccess::canWrite).toList();
    }
    return writable;
  }

  /** The communities a marking may name. */
  public List<CommunityService.Listing> getCommunities() {
    if (directory == null) {
      directory = communities.directory();
    }
    return directory;
  }

  /** Keeps the file that arrived, until {@link #share} sends it. */
  public void receive(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    bundle = null;
    if (file.getSize() > getMaxBytes()) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR,
          "The file is larger than the " + getMaxBytes() + " bytes the portal takes.");
      return;
    }
    bundle = file.getContent();
    fileName = file.getFileName();
  }

  /** Submits the file received to the collection chosen, with the marking chosen. */
  public void share() {
    if (bundle == null) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR,
          "No bundle arrived: choose a .json file of a STIX 2.1 bundle, then upload it.");
      return;
    }
    byte[] body = bundle;
    bundle = null;
    try {
      status = taxii.submit(collection, body, Container.BUNDLE, marking.toRequest());
      statusId = status.id();
      sharedFile = fileName;
      Pages.message(
          FacesMessage.SEVERITY_INFO,
          status.isComplete()
              ? fileName + " is processed: see the report below."
              : fileName + " is being processed: the report below follows it.");
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (EJBAccessException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Your roles do not allow this.");
    }
  }

  /** Reads the status again (the poll's listener). */
  public void refresh() {
    status = null;
  }

  /** The status of the last submission from this page, or null before one. */
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

  /** Whether the page follows a submission (from when it is shared). */
  public boolean isTracking() {
    return statusId != null;
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

  /** The largest file the portal takes, in bytes (the TAXII API root's max_content_length). */
  public long getMaxBytes() {
    return taxii.maxContentLength();
  }

  public String getSharedFile() {
    return sharedFile;
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
}
