package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.RealmAdmin.RealmAdminException;
import org.scrmportal.identity.federation.MetadataRefused;
import org.scrmportal.platform.DomainException;

class ServiceOutcomesTest {

  @Test
  void aRefusalOfTheDomainIsItsMessageAlsoWhenWrapped() {
    DomainException conflict =
        new DomainException(DomainException.Kind.CONFLICT, "partner-agency is already known");
    assertEquals(
        new ServiceOutcomes.Refusal("partner-agency is already known", List.of()),
        ServiceOutcomes.refusal(conflict).orElseThrow());
    assertEquals(
        "partner-agency is already known",
        ServiceOutcomes.refusal(new EJBException(conflict)).orElseThrow().message());
  }

  @Test
  void keycloakRefusingSaysNothingWasChangedWithoutItsInternals() {
    RealmAdminException refused = new RealmAdminException("HTTP 409 from http://kc:8180/admin");
    String message =
        ServiceOutcomes.refusal(new EJBTransactionRolledbackException("tx", refused))
            .orElseThrow()
            .message();
    assertTrue(message.startsWith("Keycloak refused"), message);
    assertTrue(message.contains("nothing was changed"), message);
    assertTrue(!message.contains("8180"), "no internals: " + message);
  }

  @Test
  void refusedMetadataComesWithEveryProblem() {
    MetadataRefused refused =
        new MetadataRefused("The aggregate does not verify", List.of("signature", "expired"));
    assertEquals(
        new ServiceOutcomes.Refusal(
            "The aggregate does not verify", List.of("signature", "expired")),
        ServiceOutcomes.refusal(new EJBException(refused)).orElseThrow());
  }

  @Test
  void rolesRefusedAreSaidSo() {
    assertEquals(
        "Your roles do not allow this.",
        ServiceOutcomes.refusal(new EJBAccessException("WFLYEJB0364")).orElseThrow().message());
  }

  @Test
  void ourOwnFaultsAreNotExplained() {
    assertTrue(ServiceOutcomes.refusal(new IllegalStateException("bug")).isEmpty());
    assertTrue(
        ServiceOutcomes.refusal(new EJBException(new NullPointerException("bug"))).isEmpty());
  }
}
