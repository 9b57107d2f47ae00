package org.scrmportal.supplier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;

/** Where inventories and their entries are kept; reads for callers go through the policy. */
public interface InventoryRepository {

  /** The organization's inventory, if the viewer may read it. */
  Optional<Inventory> find(Viewer viewer, OrganizationId organization);

  /** The organization's inventory for its own members' writes; no caller reads it as such. */
  Optional<Inventory> own(OrganizationId organization);

  void store(Inventory inventory);

  void store(InventoryEntry entry);

  /** The entries of the organization's inventory the viewer may read, oldest first, paged. */
  List<InventoryEntry> entries(Viewer viewer, OrganizationId organization, long afterId, int limit);

  /** The entry, if the viewer may read its inventory. */
  Optional<InventoryEntry> entry(Viewer viewer, long id);

  void delete(InventoryEntry entry);

  /** How many entries the organization's inventory holds. */
  long count(OrganizationId organization);

  /**
   * Entries of every inventory whose PURL, CPE or name key is among these: for matching only, what
   * they say reaches nobody but their own organization.
   */
  List<InventoryEntry> candidates(
      Collection<String> purlKeys, Collection<String> cpeKeys, Collection<String> nameKeys);
}
