package org.scrmportal.baseline;

import java.time.Instant;
import org.scrmportal.baseline.oscal.OscalKind;
import org.scrmportal.platform.TlpLevel;

/** What other packages read of a publication (never the entity). */
public record PublicationView(
    long id,
    String publisher,
    String name,
    int version,
    OscalKind kind,
    String catalogName,
    String title,
    String documentVersion,
    Instant publishedAt,
    int controlCount,
    TlpLevel tlp) {}
