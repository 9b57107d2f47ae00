package org.scrmportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scrmportal.organization.OrganizationClaims;
import org.scrmportal.organization.OrganizationService;

/**
 * Establishes the caller of a request from the claims of its verified token, refuses the token of a
 * revoked machine client, registers the caller's organization the first time a token names it (at
 * T0 unless an operator's realm group says otherwise: {@link OrganizationService#recordSeen}), and
 * records a person (never a machine client) in {@link People}: at the first sign-in this server
 * sees, whenever their user name, display name or organization changes, and otherwise at most once
 * every {@link #SEEN_EVERY}.
 */
@ApplicationScoped
public class SignInService {

  private final ClaimsPrincipalMapper mapper = new ClaimsPrincipalMapper();
  private final Set<String> knownOrganizations = ConcurrentHashMap.newKeySet();
  private final Map<String, Seen> seenPeople = new ConcurrentHashMap<>();

  /** How often a person's last sign-in is written at most, when nothing else changed. */
  static final Duration SEEN_EVERY = Duration.ofHours(1);

  /** What was last recorded of a person. */
  private record Seen(String username, String displayName, String organization, Instant at) {}

  @Inject CurrentPrincipal current;

  @Inject OrganizationService organizations;

  @Inject People people;

  @Inject MachineClientRepository machineClients;

  @Inject Clock clock;

  /**
   * @throws InvalidClaimsException if the claims do not describe a portal principal
   */
  public PortalPrincipal signIn(Map<String, ?> claims) {
    PortalPrincipal principal = mapper.fromClaims(claims);
    if (principal.isServiceAccount()) {
      refuseRevoked(claims, principal);
    }
    current.establish(principal);
    principal.organization().ifPresent(this::registerOnce);
    if (!principal.isServiceAccount()) {
      recordPerson(principal);
    }
    return principal;
  }

  /**
   * A machine client's token names its client in {@code client_id} (or, failing that, in the
   * service-account user name): a client revoked through {@link MachineClients} is refused from the
   * next request on, though the token it obtained before is still within its lifetime. One lookup
   * by primary key per machine request; people's requests never make it.
   */
  private void refuseRevoked(Map<String, ?> claims, PortalPrincipal principal) {
    String clientId =
        claims.get("client_id") instanceof String id
            ? id
            : principal.username().substring(ClaimsPrincipalMapper.SERVICE_ACCOUNT_PREFIX.length());
    if (machineClients.isRevoked(clientId)) {
      throw new InvalidClaimsException("The machine client " + clientId + " was revoked");
    }
  }

  private void recordPerson(PortalPrincipal principal) {
    String subject = principal.subject().orElseThrow();
    Instant now = clock.instant();
    Seen seen =
        new Seen(
            principal.username(),
            principal.displayName(),
            principal.organization().map(o -> o.id().value()).orElse(null),
            now);
    Seen last = seenPeople.get(subject);
    if (last != null
        && last.username().equals(seen.username())
        && last.displayName().equals(seen.displayName())
        && Objects.equals(last.organization(), seen.organization())
        && last.at().plus(SEEN_EVERY).isAfter(now)) {
      return;
    }
    try {
      people.recordSeen(principal, now);
    } catch (RuntimeException concurrentFirstSight) {
      // another request of the same person recorded them first: the second attempt updates
      people.recordSeen(principal, now);
    }
    seenPeople.put(subject, seen);
  }

  private void registerOnce(OrganizationClaims organization) {
    String id = organization.id().value();
    if (knownOrganizations.contains(id)) {
      return;
    }
    try {
      organizations.recordSeen(organization);
    } catch (RuntimeException concurrentFirstSight) {
      // another request registered it first: the second attempt finds it
      organizations.recordSeen(organization);
    }
    knownOrganizations.add(id);
  }
}
