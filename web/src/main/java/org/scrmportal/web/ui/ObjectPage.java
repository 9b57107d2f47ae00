package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.scrmportal.access.Marking;
import org.scrmportal.identity.People;
import org.scrmportal.platform.DomainException;
import org.scrmportal.taxii.TaxiiService;
import org.scrmportal.taxii.TaxiiService.SeenVersion;

/**
 * One STIX object in a collection: every version the caller may see, each with its marking and "why
 * can I see this?", and the JSON of the version chosen (the latest unless one is named).
 */
@Named
@RequestScoped
public class ObjectPage {

  @EJB TaxiiService taxii;

  @Inject Explanations explanations;

  @EJB People people;

  private String collection;
  private String objectId;
  private String version;

  private String collectionTitle;
  private List<SeenVersion> versions = List.of();
  private SeenVersion selected;

  /** Reads the object the query parameters name (the view action of a GET). */
  public void load() {
    if (Pages.blankToNull(collection) == null || Pages.blankToNull(objectId) == null) {
      Pages.message(
          FacesMessage.SEVERITY_ERROR,
          "Name a collection and an object: choose one on the indicators page.");
      return;
    }
    try {
      collectionTitle = taxii.collection(collection).collection().title();
      versions = taxii.history(collection, objectId.strip());
      selected = StixDisplay.select(versions, version).orElse(null);
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** The audience its marking lists, communities by name, people by user name. */
  public String audience(Marking marking) {
    return StixDisplay.audience(
        marking, explanations.getCommunityNames(), people.usernames(marking.people()));
  }

  /** Whether {@code v} is the version whose JSON the page shows. */
  public boolean isSelected(SeenVersion v) {
    return selected != null && selected.version().version().equals(v.version().version());
  }

  /** The name of the version shown, else the object's id. */
  public String getTitle() {
    return selected == null
        ? objectId
        : StixDisplay.name(selected.version().json()).orElse(selected.version().objectId());
  }

  /** The JSON of the version shown, laid out for reading (the page escapes it). */
  public String getJson() {
    return selected == null ? null : StixDisplay.pretty(selected.version().json());
  }

  public List<SeenVersion> getVersions() {
    return versions;
  }

  public SeenVersion getSelected() {
    return selected;
  }

  public String getCollectionTitle() {
    return collectionTitle;
  }

  public String getCollection() {
    return collection;
  }

  public void setCollection(String collection) {
    this.collection = collection;
  }

  public String getObjectId() {
    return objectId;
  }

  public void setObjectId(String objectId) {
    this.objectId = objectId;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
