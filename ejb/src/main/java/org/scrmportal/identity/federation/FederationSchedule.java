package org.scrmportal.identity.federation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five minutes, refreshes the federations read from a URL whose next refresh is due
 * (min(fetchedAt + cacheDuration, validUntil)), each in its own transaction.
 */
@Singleton
@PermitAll
public class FederationSchedule {

  private static final Logger LOG = Logger.getLogger(FederationSchedule.class.getName());

  @EJB Federations federations;

  @Schedule(
      hour = "*",
      minute = "*/5",
      timezone = "UTC",
      persistent = false,
      info = "federation metadata refresh")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void refreshDue() {
    for (String id : federations.dueForRefresh()) {
      try {
        federations.refreshIfDue(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "refresh of federation " + id + " failed", e);
      }
    }
  }
}
