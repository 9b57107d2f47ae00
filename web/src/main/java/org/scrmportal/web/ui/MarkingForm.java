package org.scrmportal.web.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;

/**
 * What the marking picker ({@code resources/scrm/markingPicker.xhtml}) edits: a TLP 2.0 level and
 * its audience, organizations and communities picked by name (their ids are the values), people as
 * typed. Every upload form embeds one.
 */
public class MarkingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String tlp = "AMBER";
  private List<String> organizations = new ArrayList<>();
  private List<String> communities = new ArrayList<>();
  private String people = "";
  private String minTier = "";

  /**
   * The marking asked for. A blank level (offered where the content carries a level of its own, as
   * a CSAF document's TLP label) asks for none: the content's decides.
   */
  public MarkingRequest toRequest() {
    TlpLevel level;
    try {
      level = tlp == null || tlp.isBlank() ? null : TlpLevel.parse(tlp);
    } catch (IllegalArgumentException e) {
      throw new DomainException(DomainException.Kind.INVALID, e.getMessage());
    }
    return new MarkingRequest(
        level,
        new LinkedHashSet<>(organizations),
        Set.copyOf(communities),
        words(people),
        minTier == null || minTier.isBlank() ? null : Tier.fromClaim(minTier));
  }

  private static Set<String> words(String text) {
    return text == null
        ? Set.of()
        : Arrays.stream(text.split("[,\\s]+"))
            .filter(w -> !w.isBlank())
            .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public String getTlp() {
    return tlp;
  }

  public void setTlp(String tlp) {
    this.tlp = tlp;
  }

  /** The ids of the organizations chosen (the picker shows them by name). */
  public List<String> getOrganizations() {
    return organizations;
  }

  public void setOrganizations(List<String> organizations) {
    this.organizations = organizations == null ? new ArrayList<>() : organizations;
  }

  public List<String> getCommunities() {
    return communities;
  }

  public void setCommunities(List<String> communities) {
    this.communities = communities == null ? new ArrayList<>() : communities;
  }

  public String getPeople() {
    return people;
  }

  public void setPeople(String people) {
    this.people = people;
  }

  public String getMinTier() {
    return minTier;
  }

  public void setMinTier(String minTier) {
    this.minTier = minTier;
  }
}
