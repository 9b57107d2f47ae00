package org.scrmportal.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The access policy is stateless: one instance serves the whole application. */
@ApplicationScoped
class AccessPolicyProducer {

  private final AccessPolicy policy = new AccessPolicy();

  @Produces
  AccessPolicy policy() {
    return policy;
  }
}
