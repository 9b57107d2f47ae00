package org.scrmportal.stix.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;

/** The queue of submissions: slots taken before a body is read, fair between organizations. */
class SubmissionsTest {

  private static final OrganizationId ACME = new OrganizationId("acme");
  private static final OrganizationId GRID = new OrganizationId("grid");
  private static final OrganizationId WATER = new OrganizationId("water");

  private static Submissions queue(int total, int perOrganization) {
    Submissions submissions = new Submissions();
    submissions.maxQueued = total;
    submissions.maxQueuedPerOrganization = perOrganization;
    return submissions;
  }

  @Test
  void oneOrganizationCannotFillTheQueueForEveryone() {
    Submissions queue = queue(3, 2);
    queue.admit(ACME);
    queue.admit(ACME);
    DomainException refused = assertThrows(DomainException.class, () -> queue.admit(ACME));
    assertEquals(DomainException.Kind.UNAVAILABLE, refused.kind());
    assertTrue(refused.getMessage().contains("Your organization"), refused::getMessage);
    queue.admit(GRID);
    DomainException full = assertThrows(DomainException.class, () -> queue.admit(WATER));
    assertTrue(full.getMessage().contains("Too many"), full::getMessage);
  }

  @Test
  void aClosedSlotIsGivenBackOnce() {
    Submissions queue = queue(2, 1);
    Submissions.Slot slot = queue.admit(ACME);
    assertThrows(DomainException.class, () -> queue.admit(ACME));
    slot.close();
    slot.close();
    queue.admit(ACME);
    queue.admit(GRID);
    assertThrows(DomainException.class, () -> queue.admit(WATER), "closing twice freed one slot");
  }
}
