package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Marking;
import org.scrmportal.community.CommunityService;

/**
 * "Why can I see this?" in words a newcomer reads: the access policy's decision for the caller of
 * this request, communities named by name (the directory lists every community by name to every
 * member) rather than by id. What is decided stays the policy's.
 */
@Named
@RequestScoped
public class Explanations {

  @Inject AccessPolicy policy;

  @Inject CurrentViewer viewer;

  @EJB CommunityService communities;

  private Map<String, String> communityNames;

  /** Why the caller may, or may not, see what {@code marking} marks. */
  public String why(Marking marking) {
    return policy.decide(viewer.get(), marking, id -> getCommunityNames().get(id)).reason();
  }

  /** Every community's name by its id. */
  public Map<String, String> getCommunityNames() {
    if (communityNames == null) {
      communityNames =
          communities.directory().stream()
              .collect(
                  Collectors.toMap(
                      l -> l.community().id(), l -> l.community().name(), (a, b) -> a));
    }
    return communityNames;
  }
}
