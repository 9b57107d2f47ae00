package org.scrmportal.baseline.mapping;

import java.util.Set;
import org.scrmportal.platform.TlpLevel;

/**
 * A threat linked to a control as a viewer sees it.
 *
 * @param kind {@code STIX} or {@code ADVISORY}
 * @param stixId the STIX object's id (STIX), else null
 * @param advisoryId the newest linked revision the viewer may see (ADVISORY), else null
 * @param type the STIX type, or {@code csaf}
 * @param sources where the links come from
 * @param tlp the least restrictive level among the links the viewer sees
 */
public record LinkedThreat(
    String kind,
    String stixId,
    Long advisoryId,
    String trackingId,
    String publisherNamespace,
    String type,
    String title,
    Set<String> relationships,
    Set<LinkSource> sources,
    TlpLevel tlp) {}
