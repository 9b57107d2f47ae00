package org.scrmportal.web.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scrmportal.identity.federation.Admission;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationType;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * What the onboarding forms ask of the organization an identity provider's users will belong to:
 * its id, name, type, tier, sector, country, the roles its users get, and why.
 */
public class AdmissionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id;
  private String name;
  private String type = OrganizationType.AGENCY.claim();
  private String tier = Tier.T1.name();
  private String sector;
  private String country;
  private List<String> roles = new ArrayList<>(List.of(Roles.CONSUMER));
  private String reason;

  /** The admission asked for; a field that is missing or malformed is INVALID, named. */
  public Admission toAdmission() {
    String orgId = required(id, "Organization id");
    OrganizationId organization;
    try {
      organization = new OrganizationId(orgId);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    String orgName = required(name, "Name");
    String orgCountry = required(country, "Country").toUpperCase(Locale.ROOT);
    if (!orgCountry.matches("[A-Z]{2}")) {
      throw invalid("Country is an ISO 3166-1 alpha-2 code, such as FR.");
    }
    OrganizationType orgType;
    Tier orgTier;
    try {
      orgType = OrganizationType.fromClaim(required(type, "Type"));
      orgTier = Tier.fromClaim(required(tier, "Tier"));
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    return new Admission(
        organization,
        orgName,
        orgType,
        orgTier,
        Pages.blankToNull(sector),
        orgCountry,
        roles == null ? Set.of() : new LinkedHashSet<>(roles));
  }

  /** The reason given, required. */
  public String requiredReason() {
    return required(reason, "Reason");
  }

  private static String required(String value, String label) {
    String text = Pages.blankToNull(value);
    if (text == null) {
      throw invalid(label + " is required.");
    }
    return text;
  }

  private static DomainException invalid(String message) {
    return new DomainException(DomainException.Kind.INVALID, message);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
