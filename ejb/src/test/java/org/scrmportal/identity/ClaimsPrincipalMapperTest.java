package org.scrmportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.Roles;

class ClaimsPrincipalMapperTest {

  private final ClaimsPrincipalMapper mapper = new ClaimsPrincipalMapper();

  /** The claims the realm's mappers write for a member of an organization. */
  private static Map<String, Object> memberClaims() {
    Map<String, Object> claims = new HashMap<>();
    claims.put("sub", "2aa470e1-0c69-4441-b5dc-f4ff3b1a34d6");
    claims.put("preferred_username", "alice");
    claims.put("name", "Alice Schmidt");
    claims.put("org_id", "acme-components");
    claims.put("org_name", "Acme Components GmbH");
    claims.put("org_type", "company");
    claims.put("org_tier", "T1");
    claims.put("sector", "manufacturing");
    claims.put("country", "DE");
    claims.put(
        "realm_access", Map.of("roles", List.of("submitter", "org-admin", "default-roles-scrm")));
    return claims;
  }

  @Test
  void aPersonsPasswordGrantTokenIsNoServiceAccount() {
    Map<String, Object> claims = memberClaims();
    claims.put("azp", "scrm-cli");

    assertFalse(mapper.fromClaims(claims).isServiceAccount());
  }

  /** What Keycloak writes into a client-credentials token of the realm's machine clients. */
  @Test
  void aClientCredentialsTokenIsAServiceAccount() {
    Map<String, Object> claims = memberClaims();
    claims.put("preferred_username", "service-account-portal-operations-machine");
    claims.put("azp", "portal-operations-machine");
    claims.put("client_id", "portal-operations-machine");

    PortalPrincipal p = mapper.fromClaims(claims);

    assertTrue(p.isServiceAccount());
    assertEquals("2aa470e1-0c69-4441-b5dc-f4ff3b1a34d6", p.subject().orElseThrow());
  }

  @Test
  void eitherSignOfAServiceAccountIsEnough() {
    Map<String, Object> byClientId = memberClaims();
    byClientId.put("client_id", "acme-components-machine");
    Map<String, Object> byUserName = memberClaims();
    byUserName.put("preferred_username", "service-account-acme-components-machine");

    assertTrue(mapper.fromClaims(byClientId).isServiceAccount());
    assertTrue(mapper.fromClaims(byUserName).isServiceAccount());
  }

  @Test
  void theAnonymousCallerIsNoServiceAccount() {
    assertFalse(PortalPrincipal.anonymous().isServiceAccount());
  }

  @Test
  void mapsAMemberWithOrganizationAndPortalRoles() {
    PortalPrincipal p = mapper.fromClaims(memberClaims());

    assertEquals("alice", p.username());
    assertEquals("Alice Schmidt", p.displayName());
    assertFalse(p.isAnonymous());
    OrganizationClaims org = p.organization().orElseThrow();
    assertEquals("acme-components", org.id().value());
    assertEquals("Acme Components GmbH", org.name());
    assertEquals(OrganizationType.COMPANY, org.type());
    assertEquals(Tier.T1, org.tier());
    assertEquals("manufacturing", org.sector());
    assertEquals("DE", org.country());
    assertEquals(
        Set.of(Roles.SUBMITTER, Roles.ORG_ADMIN),
        p.roles(),
        "roles unknown to the portal are dropped");
  }

  @Test
  void aPersonWithoutOrganizationOrRolesIsStillAPrincipal() {
    Map<String, Object> claims = Map.of("sub", "s-1", "preferred_username", "victor");

    PortalPrincipal p = mapper.fromClaims(claims);

    assertTrue(p.organization().isEmpty());
    assertTrue(p.roles().isEmpty());
    assertEquals("victor", p.displayName(), "the user name stands in for a missing display name");
  }

  @Test
  void rolesOutsideRealmAccessAreIgnored() {
    Map<String, Object> claims = memberClaims();
    claims.put("realm_access", Map.of("roles", List.of("consumer")));
    claims.put("roles", List.of("operator"));
    claims.put("resource_access", Map.of("scrm-portal", Map.of("roles", List.of("operator"))));

    assertEquals(Set.of(Roles.CONSUMER), mapper.fromClaims(claims).roles());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sub", "preferred_username", "org_type", "org_tier", "country"})
  void aMissingRequiredClaimRejectsTheToken(String claim) {
    Map<String, Object> claims = memberClaims();
    claims.remove(claim);

    InvalidClaimsException e =
        assertThrows(InvalidClaimsException.class, () -> mapper.fromClaims(claims));
    assertTrue(e.getMessage().contains(claim), e.getMessage());
  }

  @Test
  void organizationClaimsWithoutOrgIdAreForged() {
    Map<String, Object> claims = memberClaims();
    claims.remove("org_id");

    assertThrows(InvalidClaimsException.class, () -> mapper.fromClaims(claims));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org_type=government",
        "org_tier=T9",
        "org_tier=t1",
        "country=XX",
        "country=de",
        "org_id=Acme Components",
        "org_id=../../etc",
        "org_id=a"
      })
  void invalidOrganizationValuesRejectTheToken(String assignment) {
    String[] kv = assignment.split("=", 2);
    Map<String, Object> claims = memberClaims();
    claims.put(kv[0], kv[1]);

    assertThrows(InvalidClaimsException.class, () -> mapper.fromClaims(claims));
  }

  @Test
  void claimsOfTheWrongShapeRejectTheToken() {
    Map<String, Object> tierAsList = memberClaims();
    tierAsList.put("org_tier", List.of("T3"));
    Map<String, Object> rolesAsString = memberClaims();
    rolesAsString.put("realm_access", Map.of("roles", "operator"));
    Map<String, Object> roleAsNumber = memberClaims();
    roleAsNumber.put("realm_access", Map.of("roles", List.of(42)));
    Map<String, Object> blankName = memberClaims();
    blankName.put("preferred_username", " ");
    Map<String, Object> hugeName = memberClaims();
    hugeName.put("name", "x".repeat(257));

    for (Map<String, Object> claims :
        List.of(tierAsList, rolesAsString, roleAsNumber, blankName, hugeName)) {
      assertThrows(
          InvalidClaimsException.class, () -> mapper.fromClaims(claims), claims.toString());
    }
  }

  @Test
  void theAnonymousCallerHasNothing() {
    PortalPrincipal anonymous = PortalPrincipal.anonymous();

    assertTrue(anonymous.isAnonymous());
    assertTrue(anonymous.subject().isEmpty());
    assertTrue(anonymous.organization().isEmpty());
    assertTrue(anonymous.roles().isEmpty());
  }
}
