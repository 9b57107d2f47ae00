package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrmportal.community.CommunityMembership.State;

class PendingTasksTest {

  @Test
  void invitationsRequestsAndProposalsBecomeTasksOnTheirPages() {
    List<PendingTasks.Task> tasks =
        PendingTasks.of(
            List.of(
                new PendingTasks.Community("Grid ISAC", State.INVITED, List.of()),
                new PendingTasks.Community("Rail", State.REQUESTED, List.of()),
                new PendingTasks.Community("Water", State.MEMBER, List.of("northgrid", "acme")),
                new PendingTasks.Community("Ports", null, List.of())),
            List.of(
                new PendingTasks.Proposal("tier T2", "acme", "olivia", false),
                new PendingTasks.Proposal("suspension", "newco", "oscar", true)));
    assertEquals(
        List.of("invitation", "request-sent", "join-request", "join-request", "vetting", "vetting"),
        tasks.stream().map(PendingTasks.Task::kind).toList());
    assertEquals(
        "Your organization is invited to join the community Grid ISAC.", tasks.get(0).text());
    assertEquals("northgrid asks to join your community Water.", tasks.get(2).text());
    assertEquals("Vetting: tier T2 for acme, proposed by olivia.", tasks.get(4).text());
    assertEquals(
        "Vetting: suspension for newco, proposed by oscar (you: another operator decides).",
        tasks.get(5).text());
    assertEquals("vetting.xhtml", tasks.get(5).page());
    assertEquals("communities.xhtml", tasks.get(0).page());
  }

  @Test
  void aMemberWithNothingWaitingHasNoTasks() {
    assertEquals(
        List.of(),
        PendingTasks.of(
            List.of(new PendingTasks.Community("Water", State.MEMBER, List.of())), List.of()));
  }
}
