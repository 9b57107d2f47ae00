package org.scrmportal.web.ui;

import java.util.ArrayList;
import java.util.List;
import org.scrmportal.community.CommunityMembership;

/**
 * What waits for the signed-in organization, as the dashboard lists it: invitations to communities,
 * requests to join the communities it owns (for its admins), its own requests still waiting, and,
 * for operators, the vetting proposals in the four-eyes queue.
 */
public final class PendingTasks {

  /** One task: what kind, a sentence, and the page where it is done. */
  public record Task(String kind, String text, String page) {}

  /**
   * A community as the organization stands in it.
   *
   * @param myState the organization's membership state, or null for none
   * @param requesters the organizations asking to join, where the organization owns it and the
   *     caller may see them
   */
  public record Community(
      String name, CommunityMembership.State myState, List<String> requesters) {}

  /**
   * A pending vetting proposal.
   *
   * @param mine whether the caller proposed it (another operator must decide: four eyes)
   */
  public record Proposal(String what, String organization, String proposedBy, boolean mine) {}

  private PendingTasks() {}

  static List<Task> of(List<Community> communities, List<Proposal> proposals) {
    List<Task> tasks = new ArrayList<>();
    for (Community c : communities) {
      if (c.myState() == CommunityMembership.State.INVITED) {
        tasks.add(
            new Task(
                "invitation",
                "Your organization is invited to join the community " + c.name() + ".",
                "communities.xhtml"));
      } else if (c.myState() == CommunityMembership.State.REQUESTED) {
        tasks.add(
            new Task(
                "request-sent",
                "Your request to join the community " + c.name() + " waits for its owner.",
                "communities.xhtml"));
      }
      for (String requester : c.requesters()) {
        tasks.add(
            new Task(
                "join-request",
                requester + " asks to join your community " + c.name() + ".",
                "communities.xhtml"));
      }
    }
    for (Proposal p : proposals) {
      tasks.add(
          new Task(
              "vetting",
              "Vetting: "
                  + p.what()
                  + " for "
                  + p.organization()
                  + ", proposed by "
                  + p.proposedBy()
                  + (p.mine() ? " (you: another operator decides)." : "."),
              "vetting.xhtml"));
    }
    return tasks;
  }
}
