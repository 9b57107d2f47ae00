package org.scrmportal.taxii;

import java.time.Instant;

/** A version already stored, as a submission compares against it. */
record StoredVersion(Instant version, boolean latest, String authorOrganization) {}
