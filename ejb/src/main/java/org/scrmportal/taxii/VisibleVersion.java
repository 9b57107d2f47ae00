package org.scrmportal.taxii;

import java.time.Instant;
import org.scrmportal.access.Marking;

/** One version of an object as its page shows it: when it came, its marking, its JSON. */
public record VisibleVersion(
    String objectId,
    String version,
    Instant dateAdded,
    boolean latest,
    boolean revoked,
    String submittedBy,
    Marking marking,
    String json) {}
