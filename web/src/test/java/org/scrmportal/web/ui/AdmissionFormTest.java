package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.identity.federation.Admission;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;

class AdmissionFormTest {

  private static AdmissionForm filled() {
    AdmissionForm form = new AdmissionForm();
    form.setId("partner-agency");
    form.setName(" Partner Agency ");
    form.setType("company");
    form.setTier("T3");
    form.setSector(" ");
    form.setCountry("de");
    form.setReason("  known partner ");
    return form;
  }

  @Test
  void aFilledFormIsTheAdmission() {
    Admission a = filled().toAdmission();
    assertEquals("partner-agency", a.id().value());
    assertEquals("Partner Agency", a.name());
    assertEquals(OrganizationType.COMPANY, a.type());
    assertEquals(Tier.T3, a.tier());
    assertNull(a.sector());
    assertEquals("DE", a.country());
    assertEquals(Set.of("consumer"), a.roles(), "consumer is ticked by default");
    assertEquals("known partner", filled().requiredReason());
  }

  @Test
  void theRolesTickedAreGranted() {
    AdmissionForm form = filled();
    form.setRoles(List.of("consumer", "submitter"));
    assertEquals(Set.of("consumer", "submitter"), form.toAdmission().roles());
    form.setRoles(List.of());
    assertEquals(Set.of("consumer"), form.toAdmission().roles());
  }

  @Test
  void whatIsMissingOrWrongIsNamed() {
    AdmissionForm noId = filled();
    noId.setId(" ");
    assertTrue(refused(noId).contains("Organization id"));
    AdmissionForm badId = filled();
    badId.setId("Partner Agency");
    assertTrue(refused(badId).contains("org_id"));
    AdmissionForm noCountry = filled();
    noCountry.setCountry(null);
    assertTrue(refused(noCountry).contains("Country"));
    AdmissionForm badCountry = filled();
    badCountry.setCountry("D1");
    assertTrue(refused(badCountry).contains("ISO 3166"));
    AdmissionForm badTier = filled();
    badTier.setTier("T9");
    assertTrue(refused(badTier).contains("tier"));
    AdmissionForm noReason = filled();
    noReason.setReason("");
    assertEquals(
        "Reason is required.",
        assertThrows(DomainException.class, noReason::requiredReason).getMessage());
  }

  private static String refused(AdmissionForm form) {
    DomainException e = assertThrows(DomainException.class, form::toAdmission);
    assertEquals(DomainException.Kind.INVALID, e.kind());
    return e.getMessage();
  }
}
