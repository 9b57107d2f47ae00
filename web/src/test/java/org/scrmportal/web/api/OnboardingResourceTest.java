package org.scrmportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.federation.Admission;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;

class OnboardingResourceTest {

  private static OnboardingResource.NewOnboarding saml(
      String orgId, String type, String sector, List<String> roles) {
    return new OnboardingResource.NewOnboarding(
        "SAML",
        "f-1",
        "https://idp.partner.example/saml",
        null,
        null,
        null,
        null,
        new OnboardingResource.OrganizationRequest(
            orgId, " Partner Agency ", type, "T2", sector, "DE"),
        roles,
        "known partner");
  }

  @Test
  void theOrganizationIsAdmittedAsProposed() {
    Admission a =
        saml("partner-agency", "agency", "energy", List.of("consumer", "submitter")).admission();
    assertEquals("partner-agency", a.id().value());
    assertEquals("Partner Agency", a.name());
    assertEquals(OrganizationType.AGENCY, a.type());
    assertEquals(Tier.T2, a.tier());
    assertEquals("energy", a.sector());
    assertEquals("DE", a.country());
    assertEquals(Set.of("consumer", "submitter"), a.roles());
  }

  @Test
  void noRolesNamedMeansConsumerAndABlankSectorNone() {
    Admission a = saml("partner-agency", "standards-body", "  ", null).admission();
    assertEquals(Set.of("consumer"), a.roles());
    assertEquals(OrganizationType.STANDARDS_BODY, a.type());
    assertNull(a.sector());
    assertEquals(Set.of("consumer"), saml("p1", "company", null, List.of()).admission().roles());
  }

  @Test
  void aMalformedOrganizationIdIsInvalid() {
    DomainException e =
        assertThrows(
            DomainException.class, () -> saml("Partner_Agency", "agency", null, null).admission());
    assertEquals(DomainException.Kind.INVALID, e.kind());
  }

  @Test
  void theProtocolIsReadWhateverItsCase() {
    assertEquals(true, saml("p1", "agency", null, null).saml());
    OnboardingResource.NewOnboarding oidc =
        new OnboardingResource.NewOnboarding(
            "oidc",
            null,
            null,
            "https://login.example/realms/x",
            null,
            "c",
            "s",
            new OnboardingResource.OrganizationRequest("p1", "P", "agency", "T1", null, "FR"),
            null,
            "r");
    assertEquals(false, oidc.saml());
  }

  @Test
  void anIssuerIsAWebAddress() {
    assertEquals(
        "https://login.example/realms/x",
        OnboardingResource.issuer("https://login.example/realms/x").toString());
    for (String bad : new String[] {"file:///etc/passwd", "login.example", "https://"}) {
      assertEquals(
          DomainException.Kind.INVALID,
          assertThrows(DomainException.class, () -> OnboardingResource.issuer(bad)).kind(),
          bad);
    }
  }
}
