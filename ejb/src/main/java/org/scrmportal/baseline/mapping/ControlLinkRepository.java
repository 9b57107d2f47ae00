package org.scrmportal.baseline.mapping;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.Marking;
import org.scrmportal.access.Viewer;

/** Where links, mappings and their index are kept. */
public interface ControlLinkRepository {

  void store(ControlLink link);

  /** Keeps a mapping (and its new marking), giving it its id. */
  void store(ControlMapping mapping);

  void storeEntries(List<ControlMappingEntry> entries);

  /** The mapping documents the viewer may see, newest first. */
  List<ControlMapping> mappings(Viewer viewer);

  /** A STIX object's type and title, from the newest version the viewer may see. */
  Optional<Target> visibleObject(Viewer viewer, String stixId);

  /** An advisory revision the viewer may see. */
  Optional<AdvisoryTarget> visibleAdvisory(Viewer viewer, long advisoryId);

  /** A STIX object as a link shows it. */
  record Target(String type, String title) {}

  /** An advisory revision as a link shows it. */
  record AdvisoryTarget(long id, String trackingId, String namespace, String title) {}

  /** A mapping row with its mapping's marking, for linking. */
  record MappedControl(
      long mappingId,
      MappingScheme scheme,
      String sourceId,
      String catalogName,
      String controlId,
      String relationship,
      Marking marking) {}

  /** The newest mapping's id (0 without any): the mapped identifiers change only with it. */
  long newestMapping();

  /** Every identifier some mapping row is keyed by (index read). */
  Set<ExternalReferences.SchemeId> mappedIds();

  /**
   * The mapping rows keyed by these identifiers (index read: the links made from them are read
   * through the policy).
   */
  List<MappedControl> mappedControls(Collection<ExternalReferences.SchemeId> ids);

  /** A stored STIX object version carrying an external identifier. */
  record StoredCarrier(
      String collectionId,
      String stixId,
      Instant version,
      String type,
      String title,
      ExternalReferences.SchemeId schemeId) {}

  /** Stored STIX object versions carrying these identifiers in their external references. */
  List<StoredCarrier> objectsCarrying(Collection<ExternalReferences.SchemeId> ids);

  /** An advisory revision whose vulnerabilities carry a CWE. */
  record AdvisoryCarrier(
      long advisoryId, String trackingId, String namespace, String title, String cwe) {}

  /** Stored advisory revisions whose vulnerabilities carry these CWEs. */
  List<AdvisoryCarrier> advisoriesCarrying(Collection<String> cwes);

  /** Records the CWEs of an advisory revision. */
  void storeCwes(long advisoryId, Collection<String> cwes);
}
