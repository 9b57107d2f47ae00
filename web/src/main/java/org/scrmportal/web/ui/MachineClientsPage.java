package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.scrmportal.identity.MachineClient;
import org.scrmportal.identity.MachineClients;
import org.scrmportal.platform.Roles;

/**
 * An org admin's machine clients (client credentials for the organization's pollers): create one,
 * rotate its secret, revoke it. A secret is shown in the answer to the request that issued it, and
 * never again: the portal does not keep it (the bean lives for that one request).
 */
@Named
@RequestScoped
public class MachineClientsPage {

  @EJB MachineClients clients;

  private String name;
  private List<String> roles = new ArrayList<>(List.of(Roles.CONSUMER));
  private MachineClients.Issued issued;
  private List<MachineClient> mine;

  public String create() {
    String wanted = Pages.blankToNull(name);
    if (wanted == null) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Name the client.");
      return null;
    }
    issued =
        ServiceOutcomes.attempt(
            () -> clients.register(wanted, new LinkedHashSet<>(roles)), ignored -> {});
    if (issued != null) {
      name = null;
      mine = null;
    }
    return null;
  }

  public String rotate(String clientId) {
    issued = ServiceOutcomes.attempt(() -> clients.rotate(clientId), ignored -> {});
    mine = null;
    return null;
  }

  public String revoke(String clientId) {
    return ServiceOutcomes.attemptAndReload(
        () -> clients.revoke(clientId),
        "Revoked " + clientId + ": its tokens are refused from the next request on.");
  }

  public List<MachineClient> getClients() {
    if (mine == null) {
      mine = clients.mine();
    }
    return mine;
  }

  /** The client whose secret was just issued, or null. */
  public MachineClients.Issued getIssued() {
    return issued;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }
}
