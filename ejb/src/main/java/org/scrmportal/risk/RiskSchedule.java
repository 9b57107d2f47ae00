package org.scrmportal.risk;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationRepository;

/**
 * Once a day (02:30 UTC) writes today's score snapshot of every supplier of every organization, one
 * organization per transaction, so that the trend has a point for every day even when nobody
 * looked.
 */
@Singleton
@PermitAll
public class RiskSchedule {

  private static final Logger LOG = Logger.getLogger(RiskSchedule.class.getName());

  @EJB RiskCalculator calculator;

  @Inject OrganizationRepository organizations;

  @Schedule(
      hour = "2",
      minute = "30",
      timezone = "UTC",
      persistent = false,
      info = "risk snapshots")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void daily() {
    int written = 0;
    for (Organization o : organizations.findAll()) {
      try {
        written += calculator.snapshotAll(o.id());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "risk snapshots of " + o.id() + " failed", e);
      }
    }
    LOG.info("risk snapshots written: " + written);
  }
}
