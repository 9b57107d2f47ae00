package org.scrmportal.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.scrmportal.advisory.Advisories;
import org.scrmportal.advisory.BatchStatus;
import org.scrmportal.advisory.batch.BatchReader;
import org.scrmportal.advisory.batch.DocumentResult;
import org.scrmportal.community.CommunityService;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.platform.DomainException;

/**
 * Sharing CSAF 2.0 advisories: one or several files ({@code .json} documents, {@code .zip}
 * archives, an {@code .asc} signature beside its document) with an audience, in one multipart form;
 * then, after a redirect to {@code advisory-upload.xhtml?batch=...}, the batch's progress, polled
 * until complete, with each document's outcome and its validation report: every failed test with
 * its number and JSON path, and the warnings.
 */
@Named
@ViewScoped
public class AdvisoryUploadPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Advisories advisories;

  @EJB CommunityService communities;

  @EJB OrganizationService organizations;

  private final MarkingForm marking = new MarkingForm();
  private transient List<Part> files;
  private String batchId;

  private transient List<CommunityService.Listing> directory;
  private transient List<OrganizationService.Listing> known;
  private transient BatchStatus status;

  @PostConstruct
  void start() {
    marking.setTlp(""); // the document's TLP label decides, unless the submitter narrows it
    String requested =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("batch");
    if (requested != null && !requested.isBlank()) {
      batchId = requested;
    }
  }

  public List<OrganizationService.Listing> getOrganizations() {
    if (known == null) {
      known = organizations.directory();
    }
    return known;
  }

  public List<CommunityService.Listing> getCommunities() {
    if (directory == null) {
      directory = communities.directory();
    }
    return directory;
  }

  /** Starts the batch of the files chosen, then follows it on this page. */
  public String share() {
    List<Part> chosen =
        files == null ? List.of() : files.stream().filter(p -> p.getSize() > 0).toList();
    if (chosen.isEmpty()) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR, "Choose one or more CSAF documents (.json) or .zip files.");
      return null;
    }
    long max = advisories.batchLimits().maxDocumentBytes();
    List<BatchReader.File> read = new ArrayList<>();
    try {
      for (Part part : chosen) {
        if (part.getSize() > max) {
          Pages.message(
              FacesMessage.SEVERITY_ERROR,
              part.getSubmittedFileName()
                  + " is "
                  + Sizes.mib(part.getSize())
                  + "; the portal takes at most "
                  + Sizes.mib(max)
                  + " a file.");
          return null;
        }
        try (InputStream in = part.getInputStream()) {
          read.add(new BatchReader.File(name(part), in.readNBytes((int) max)));
        }
      }
      BatchStatus started = advisories.submitBatch(read, marking.toRequest());
      return "advisory-upload?faces-redirect=true&batch=" + started.id();
    } catch (IOException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "The files could not be read: send them again.");
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (EJBAccessException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Sharing advisories takes the submitter role.");
    }
    return null;
  }

  private static String name(Part part) {
    String name = part.getSubmittedFileName();
    if (name == null || name.isBlank()) {
      return "document.json";
    }
    // browsers on some systems send the whole path
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  /** Reads the status again (the poll's listener). */
  public void refresh() {
    status = null;
  }

  /** The batch this page follows, or null. */
  public BatchStatus getStatus() {
    if (status == null && batchId != null) {
      status = advisories.batch(batchId).orElse(null);
      if (status == null) {
        batchId = null;
        Pages.message(FacesMessage.SEVERITY_ERROR, "No such batch.");
      }
    }
    return status;
  }

  public boolean isPending() {
    return getStatus() != null && !getStatus().complete();
  }

  public boolean isComplete() {
    return getStatus() != null && getStatus().complete();
  }

  /** The documents judged so far, those that failed first. */
  public List<DocumentResult> getResults() {
    if (getStatus() == null) {
      return List.of();
    }
    List<DocumentResult> results = new ArrayList<>(getStatus().results());
    results.sort(java.util.Comparator.comparing((DocumentResult r) -> r.kept()));
    return results;
  }

  /** The headline: how many documents were stored, how many failed. */
  public String getSummary() {
    BatchStatus s = getStatus();
    if (s == null) {
      return null;
    }
    int kept = s.stored() + s.alreadyStored();
    String head =
        s.failed() == 0 && s.complete()
            ? (kept == 1 ? "The advisory was stored." : "All " + kept + " advisories stored.")
            : kept + " of " + s.total() + " documents stored; " + s.failed() + " failed.";
    return s.complete() ? head : head + " Still reading…";
  }

  /** Green when all were stored, red when none was, amber in between. */
  public String getOutcomeClass() {
    BatchStatus s = getStatus();
    if (s == null || !s.complete()) {
      return "outcome-pending";
    }
    int kept = s.stored() + s.alreadyStored();
    return s.failed() == 0 && kept > 0
        ? "outcome-success"
        : kept == 0 ? "outcome-error" : "outcome-warning";
  }

  public String getMaxSize() {
    return Sizes.mib(advisories.batchLimits().maxDocumentBytes());
  }

  public MarkingForm getMarking() {
    return marking;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
