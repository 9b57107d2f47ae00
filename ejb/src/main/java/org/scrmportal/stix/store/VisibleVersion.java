package org.scrmportal.stix.store;

import java.time.Instant;
import org.scrmportal.access.Marking;

/**
 * One version of an object as its page shows it: when it came, its JSON, and the share that lets
 * the viewer see it (the viewer's own organization's where it shares it, else the least restrictive
 * one that permits): its marking and who submitted it.
 *
 * @param latest whether it is the newest version the viewer may see
 */
public record VisibleVersion(
    String objectId,
    String version,
    Instant dateAdded,
    boolean latest,
    boolean revoked,
    String submittedBy,
    Marking marking,
    String json) {}
