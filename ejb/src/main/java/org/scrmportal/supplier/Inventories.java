package org.scrmportal.supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.MarkingEditor;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;

/**
 * Inventories: what an organization depends on. Its members read it; its submitters, analysts and
 * org admins change it (an SBOM upload, declared components, deletions); it stays private to the
 * organization unless it shares it by changing the inventory's marking (the one access policy, as
 * for any object). Another organization reads it only where that marking lets it, and reads exactly
 * like "no such inventory" otherwise.
 */
@Stateless
@PermitAll
public class Inventories {

  /** The most entries one inventory holds. */
  public static final int MAX_ENTRIES = 50_000;

  /** The most entries one page lists. */
  public static final int MAX_PAGE = 1000;

  @Inject InventoryRepository inventories;

  @Inject CurrentViewer viewer;

  @Inject PortalPrincipal principal;

  @Inject MarkingEditor markings;

  @Inject Clock clock;

  @Inject AdvisoryNotifier notifier;

  private final SbomReader sboms = new SbomReader();

  /**
   * The entries of an organization's inventory the caller may read, after {@code afterId}; at most
   * {@link #MAX_PAGE} and one more (to tell whether more follow).
   */
  public List<InventoryEntry> entries(OrganizationId organization, long afterId, int limit) {
    if (limit < 1 || limit > MAX_PAGE + 1) {
      throw new DomainException(
          DomainException.Kind.INVALID, "limit must be between 1 and " + MAX_PAGE);
    }
    Viewer me = viewer.get();
    if (inventories.find(me, organization).isEmpty()) {
      throw notFound();
    }
    return inventories.entries(me, organization, afterId, limit);
  }

  /** The caller organization's own inventory (created empty and private on first use). */
  public Inventory mine() {
    Viewer me = member();
    return inventories.own(me.organization()).orElseGet(() -> create(me.organization()));
  }

  @RolesAllowed({Roles.SUBMITTER, Roles.ANALYST, Roles.ORG_ADMIN})
  public List<InventoryEntry> declare(List<Component> components) {
    return add(InventoryEntry.DECLARED, components);
  }

  /** Adds every component of a CycloneDX SBOM (JSON or XML) to the caller's inventory. */
  @RolesAllowed({Roles.SUBMITTER, Roles.ANALYST, Roles.ORG_ADMIN})
  public List<InventoryEntry> upload(String fileName, byte[] sbom) {
    List<Component> components;
    try {
      components = sboms.read(sbom);
    } catch (SbomReader.SbomException e) {
      throw new DomainException(DomainException.Kind.INVALID, e.getMessage());
    }
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
    return add("sbom:" + name, components);
  }

  @RolesAllowed({Roles.SUBMITTER, Roles.ANALYST, Roles.ORG_ADMIN})
  public void delete(long entryId) {
    Viewer me = member();
    InventoryEntry entry =
        inventories
            .entry(me, entryId)
            .filter(e -> e.inventory().organization().equals(me.organization()))
            .orElseThrow(Inventories::notFound);
    inventories.delete(entry);
  }

  /** Shares (or narrows) the caller organization's inventory: the marking rules of the policy. */
  public Inventory share(MarkingRequest marking) {
    Inventory inventory = mine();
    markings.change(viewer.get(), principal, inventory.marking(), marking);
    return inventory;
  }

  private List<InventoryEntry> add(String source, List<Component> components) {
    Viewer me = member();
    Inventory inventory = mine();
    if (inventories.count(me.organization()) + components.size() > MAX_ENTRIES) {
      throw new DomainException(
          DomainException.Kind.TOO_LARGE,
          "An inventory holds at most " + MAX_ENTRIES + " components");
    }
    List<InventoryEntry> added = new ArrayList<>();
    for (Component c : components) {
      InventoryEntry entry = new InventoryEntry(inventory, source, c, clock.instant());
      inventories.store(entry);
      added.add(entry);
    }
    notifier.entriesAdded(added);
    return added;
  }

  private Inventory create(OrganizationId organization) {
    Inventory inventory = Inventory.privateTo(organization, clock.instant());
    inventories.store(inventory);
    return inventory;
  }

  private Viewer member() {
    Viewer me = viewer.get();
    if (me.organization() == null || me.suspended()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "An inventory takes a member organization in good standing");
    }
    return me;
  }

  private static DomainException notFound() {
    return new DomainException(DomainException.Kind.NOT_FOUND, "No such inventory");
  }
}
