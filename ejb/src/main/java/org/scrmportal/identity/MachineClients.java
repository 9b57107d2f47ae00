package org.scrmportal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * Machine clients (OAuth 2.0 client credentials) of an organization's pollers, registered in the
 * Keycloak realm through {@link RealmAdmin}. An org admin of a member organization that is not
 * suspended, a person (not a machine client, whatever its roles), registers one named {@code
 * <orgId>-<name>} with the roles consumer and/or submitter, receives its secret once (the portal
 * never stores it), rotates it, and revokes it; an org admin sees and touches only the clients of
 * their own organization, and another organization's client reads exactly like one that does not
 * exist. Operators (people too) list and revoke any. Revocation deletes the client in Keycloak and
 * is final: tokens it obtained before are refused at their next request ({@link SignInService}).
 * When Keycloak refuses or cannot be reached nothing is changed ({@code UNAVAILABLE}).
 */
@Stateless
@PermitAll
public class MachineClients {

  /** How many clients that are not revoked an organization may hold at once. */
  public static final int MAX_ACTIVE_PER_ORGANIZATION = 10;

  /**
   * Names the realm file already uses for each organization's own client ({@code <orgId>-machine}):
   * never registered through the portal.
   */
  static final Set<String> RESERVED_NAMES = Set.of("machine");

  private static final Logger LOG = Logger.getLogger(MachineClients.class.getName());

  /** A client with the secret Keycloak issued for it: shown once, never stored. */
  public record Issued(MachineClient client, String secret) {
    @Override
    public String toString() {
      return "Issued[" + client.clientId() + ", secret hidden]";
    }
  }

  @Inject MachineClientRepository clients;

  @Inject OrganizationRepository organizations;

  @Inject RealmAdmin realm;

  @Inject PortalPrincipal principal;

  @Inject Clock clock;

  /**
   * Registers a client {@code <orgId>-<name>} for the caller's organization, with {@code roles}
   * (consumer when none are given).
   *
   * @throws DomainException INVALID for a malformed name or another role; CONFLICT when the name is
   *     taken (also by a revoked client: client ids are never given out again; {@code machine} is
   *     the realm's own client of each organization), when the client id would read as another
   *     organization's ({@code <orgId>-<name>} beginning with another known organization's id and
   *     '-'), or when the organization holds {@link #MAX_ACTIVE_PER_ORGANIZATION} clients;
   *     FORBIDDEN for a machine client or a suspended organization
   */
  @RolesAllowed(Roles.ORG_ADMIN)
  public Issued register(String name, Set<String> roles) {
    String subject = person("register");
    Organization organization = ownOrganization(true);
    MachineClient client =
        new MachineClient(
            organization.id(), name, roles, principal.username(), subject, clock.instant());
    if (RESERVED_NAMES.contains(name)
        || clients.find(client.clientId()).isPresent()
        || readsAsAnother(organization.id(), name)) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "The client id "
              + client.clientId()
              + " is taken (client ids are never given out again): choose another name");
    }
    if (clients.countActive(organization.id()) >= MAX_ACTIVE_PER_ORGANIZATION) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "An organization holds at most "
              + MAX_ACTIVE_PER_ORGANIZATION
              + " machine clients: revoke one first");
    }
    clients.store(client);
    RealmAdmin.IssuedSecret issued =
        inRealm(
            () ->
                realm.createMachineClient(
                    client.clientId(),
                    organization.name() + " (" + name + ")",
                    organization.id().value(),
                    client.roles()));
    return new Issued(client, issued.secret());
  }

  /**
   * Issues a new secret for one of the caller's organization's clients (the old one stops working).
   *
   * @throws DomainException NOT_FOUND for an unknown or revoked client or another organization's;
   *     FORBIDDEN for a machine client or a suspended organization
   */
  @RolesAllowed(Roles.ORG_ADMIN)
  public Issued rotate(String clientId) {
    person("rotate the secret of");
    Organization organization = ownOrganization(true);
    MachineClient client =
        clients
            .find(clientId)
            .filter(c -> c.organization().equals(organization.id()) && !c.isRevoked())
            .orElseThrow(() -> notFound(clientId));
    client.rotated(clock.instant());
    RealmAdmin.IssuedSecret issued = inRealm(() -> realm.rotateSecret(client.clientId()));
    return new Issued(client, issued.secret());
  }

  /**
   * Revokes a client for good: deleted in Keycloak, its tokens refused from their next request. An
   * operator may revoke any client; an org admin those of their own organization (also while it is
   * suspended: revoking only takes access away).
   *
   * @throws DomainException NOT_FOUND for an unknown client or, to an org admin, another
   *     organization's; CONFLICT if already revoked; FORBIDDEN for a machine client
   */
  @RolesAllowed({Roles.ORG_ADMIN, Roles.OPERATOR})
  public void revoke(String clientId) {
    person("revoke");
    MachineClient client =
        clients
            .find(clientId)
            .filter(c -> operator() || ownOrganizationId().equals(c.organization()))
            .orElseThrow(() -> notFound(clientId));
    client.revoke(principal.username(), clock.instant());
    inRealm(
        () -> {
          realm.deleteClient(client.clientId());
          return null;
        });
  }

  /**
   * The clients the caller looks after, revoked ones included: every organization's for an
   * operator, their own organization's for an org admin.
   */
  @RolesAllowed({Roles.ORG_ADMIN, Roles.OPERATOR})
  public List<MachineClient> mine() {
    if (operator()) {
      return clients.findAll();
    }
    return clients.findByOrganization(ownOrganizationId());
  }

  private boolean operator() {
    return principal.hasRole(Roles.OPERATOR);
  }

  /** The caller's subject; the caller must be a person, never a machine client. */
  private String person(String step) {
    if (principal.isServiceAccount() || principal.subject().isEmpty()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Only a person may "
              + step
              + " a machine client; a machine client's own token may not, whatever its roles.");
    }
    return principal.subject().get();
  }

  private OrganizationId ownOrganizationId() {
    if (!principal.hasRole(Roles.ORG_ADMIN)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN, "Only an org admin looks after machine clients");
    }
    return principal
        .organization()
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND, "You belong to no member organization"))
        .id();
  }

  /** The caller's organization as the portal records it (not as the token says). */
  private Organization ownOrganization(boolean notSuspended) {
    OrganizationId id = ownOrganizationId();
    Organization organization =
        organizations
            .find(id)
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.NOT_FOUND, "You belong to no member organization"));
    if (notSuspended && organization.suspended()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Your organization is suspended: it may not register machine clients or issue secrets");
    }
    return organization;
  }

  /**
   * Whether {@code <orgId>-<name>} begins with the id of another known organization and '-' (org
   * {@code acme} naming a client {@code components-x} where {@code acme-components} exists), so
   * that the client id would read as that organization's.
   */
  private boolean readsAsAnother(OrganizationId own, String name) {
    for (int dash = name.indexOf('-'); dash > 0; dash = name.indexOf('-', dash + 1)) {
      String candidate = own.value() + "-" + name.substring(0, dash);
      if (candidate.length() <= 63
          && organizations.find(new OrganizationId(candidate)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static DomainException notFound(String clientId) {
    return new DomainException(DomainException.Kind.NOT_FOUND, "No machine client " + clientId);
  }

  /** Runs a change in the realm; Keycloak refusing or unreachable rolls the whole request back. */
  private static <T> T inRealm(Supplier<T> change) {
    try {
      return change.get();
    } catch (RealmAdmin.RealmAdminException e) {
      LOG.log(Level.WARNING, "Keycloak refused a machine-client change", e);
      throw new DomainException(
          DomainException.Kind.UNAVAILABLE,
          "Keycloak refused the change or could not be reached: nothing was changed; retry later");
    }
  }
}
