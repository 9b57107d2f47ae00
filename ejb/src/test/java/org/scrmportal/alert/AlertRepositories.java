package org.scrmportal.alert;

import jakarta.persistence.EntityManager;
import org.scrmportal.access.AccessPolicy;

/**
 * The alert repository of the server, wired by hand for code that runs outside it (the query plan
 * benchmark): the same class, so the queries measured are the ones the portal runs.
 */
public final class AlertRepositories {

  private AlertRepositories() {}

  public static AlertRepository jpa(EntityManager em, AccessPolicy policy) {
    JpaAlertRepository repository = new JpaAlertRepository();
    repository.em = em;
    repository.policy = policy;
    return repository;
  }
}
