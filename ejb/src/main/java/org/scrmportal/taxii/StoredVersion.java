package org.scrmportal.taxii;

import java.time.Instant;

/** A version already stored, as a submission compares against it: with its JSON. */
record StoredVersion(Instant version, boolean latest, String authorOrganization, String json) {}
