package org.scrmportal.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.scrmportal.baseline.Baselines;
import org.scrmportal.baseline.PublicationView;
import org.scrmportal.baseline.oscal.OscalInvalid;
import org.scrmportal.baseline.oscal.OscalProblem;
import org.scrmportal.community.CommunityService;
import org.scrmportal.organization.OrganizationService;
import org.scrmportal.platform.DomainException;

/**
 * Publishing an OSCAL catalog or profile (standards editors): a file, the series name, aliases
 * (URLs imports may name it by) and an audience (TLP:CLEAR unless narrowed). On success, on to the
 * new version; on refusal, every problem with its path in the document.
 */
@Named
@ViewScoped
public class BaselineUploadPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Baselines baselines;

  @EJB CommunityService communities;

  @EJB OrganizationService organizations;

  private final MarkingForm marking = new MarkingForm();
  private transient Part file;
  private String name;
  private String aliases = "";
  private List<OscalProblem> problems = List.of();

  private transient List<CommunityService.Listing> directory;
  private transient List<OrganizationService.Listing> known;

  @PostConstruct
  void start() {
    marking.setTlp("CLEAR");
  }

  public String publish() {
    problems = List.of();
    if (file == null || file.getSize() == 0) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Choose an OSCAL catalog or profile.");
      return null;
    }
    if (file.getSize() > Baselines.MAX_BYTES) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR,
          "The file is "
              + Sizes.mib(file.getSize())
              + "; the portal takes at most "
              + Sizes.mib(Baselines.MAX_BYTES)
              + ".");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes((int) Baselines.MAX_BYTES);
      List<String> names =
          Arrays.stream(aliases == null ? new String[0] : aliases.split("\\s+"))
              .filter(a -> !a.isBlank())
              .toList();
      PublicationView published =
          baselines.publish(content, Pages.blankToNull(name), marking.toRequest(), names);
      return "baselines?faces-redirect=true&publication=" + published.id();
    } catch (OscalInvalid e) {
      problems = e.problems();
      Pages.message(FacesMessage.SEVERITY_ERROR, "Not published: " + e.getMessage());
    } catch (IOException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "The file could not be read: send it again.");
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (EJBAccessException e) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR, "Publishing baselines takes the standards-editor role.");
    }
    return null;
  }

  public List<OscalProblem> getProblems() {
    return problems;
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

  public String getMaxSize() {
    return Sizes.mib(Baselines.MAX_BYTES);
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAliases() {
    return aliases;
  }

  public void setAliases(String aliases) {
    this.aliases = aliases;
  }
}
