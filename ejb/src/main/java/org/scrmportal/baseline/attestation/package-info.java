/**
 * Supplier attestations (issue 10): a company states, control by control, how it implements a
 * baseline publication (an OSCAL component definition, uploaded or produced by a form), for one of
 * its products or for the organization as a whole; the attestation is pinned to the publication
 * version it names, carries a marking like every shared object, and yields a coverage figure with
 * its gaps.
 */
package org.scrmportal.baseline.attestation;
