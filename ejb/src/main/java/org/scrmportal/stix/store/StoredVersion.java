package org.scrmportal.stix.store;

import java.time.Instant;

/**
 * A version already stored, as a submission compares against it. Read whatever its marking, to know
 * whether a submitted object is already stored (then only a share is added); what a submitter is
 * told of it depends only on the versions it may see.
 *
 * @param seq its row
 * @param version its version (modified, else created, else the time it was added)
 * @param createdByRef its creator, if it names one (STIX 2.1 section 3.6)
 * @param sharedByUs whether the submitting organization already shares it
 * @param json the verbatim object
 */
record StoredVersion(
    long seq, Instant version, String createdByRef, boolean sharedByUs, String json) {}
