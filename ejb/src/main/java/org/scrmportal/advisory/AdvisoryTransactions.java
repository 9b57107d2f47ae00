package org.scrmportal.advisory;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Each document of a batch in a transaction of its own: one refused or failing document leaves the
 * others stored. Called by {@link AdvisoryBatches} only, with requests the service checked.
 */
@Stateless
@PermitAll
public class AdvisoryTransactions {

  @Inject AdvisoryStore store;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Submitted storeAlone(StoreRequest request) {
    return store.store(request);
  }
}
