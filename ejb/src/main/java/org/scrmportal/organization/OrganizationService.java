package org.scrmportal.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;

/** Organizations: just-in-time registration from tokens, and the operators' list. */
@Stateless
@PermitAll
public class OrganizationService {

  @Inject OrganizationRepository organizations;

  @Inject OrganizationGroups groups;

  @Inject Clock clock;

  @Inject Caller principal;

  /**
   * Registers the organization a valid token names, the first time it is seen: at {@link Tier#T0}
   * with the token's name, type, sector and country, whatever tier the token claims, unless an
   * operator configured a group for it ({@link OrganizationGroups}), whose name, type, tier, sector
   * and country then hold. Later tokens change nothing (vetting, not the identity provider, decides
   * an organization's standing).
   *
   * @return whether the organization was new
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean recordSeen(OrganizationClaims claims) {
    if (organizations.find(claims.id()).isPresent()) {
      return false;
    }
    organizations.store(
        groups
            .find(claims.id())
            .filter(group -> group.id().equals(claims.id()))
            .map(group -> Organization.admitted(group, clock.instant()))
            .orElseGet(() -> Organization.firstSeen(claims, clock.instant())));
    return true;
  }

  /**
   * Registers an organization the operators admitted (the approval of an onboarding, four eyes
   * being the caller's business), in the caller's transaction: a later failure rolls it back.
   *
   * @throws DomainException CONFLICT if an organization with that id is already known
   */
  @RolesAllowed(Roles.OPERATOR)
  public Organization admit(OrganizationClaims admitted) {
    if (organizations.find(admitted.id()).isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "An organization " + admitted.id() + " already exists");
    }
    Organization organization = Organization.admitted(admitted, clock.instant());
    organizations.store(organization);
    return organization;
  }

  /** An organization as a marking's audience names it: its id, shown by its name. */
  public record Listing(OrganizationId id, String name) {}

  /**
   * Every organization the portal knows, by name: whom a marking's audience may list (the marking
   * picker's choices).
   */
  public List<Listing> directory() {
    return organizations.findAll().stream()
        .map(o -> new Listing(o.id(), o.name()))
        .sorted(
            Comparator.comparing(Listing::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(l -> l.id().value()))
        .toList();
  }

  @RolesAllowed(Roles.OPERATOR)
  public List<Organization> list() {
    return organizations.findAll();
  }

  /** The caller's own organization. */
  public Organization mine() {
    return principal
        .organization()
        .flatMap(claims -> organizations.find(claims.id()))
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND, "You belong to no member organization"));
  }

  /**
   * An org admin updates their own organization's profile; a null default TLP level keeps the
   * current one.
   */
  @RolesAllowed(Roles.ORG_ADMIN)
  public Organization updateProfile(String sector, String contactEmail, TlpLevel defaultTlp) {
    if (sector != null && (sector.isBlank() || sector.length() > 64)) {
      throw new DomainException(DomainException.Kind.INVALID, "sector must be 1 to 64 characters");
    }
    if (contactEmail != null && !contactEmail.matches("[^@\\s]{1,64}@[^@\\s]{1,189}")) {
      throw new DomainException(
          DomainException.Kind.INVALID, "contactEmail must be an e-mail address");
    }
    Organization organization = mine();
    organization.updateProfile(sector, contactEmail, defaultTlp);
    return organization;
  }
}
