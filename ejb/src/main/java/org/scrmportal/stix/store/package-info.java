/**
 * The STIX 2.1 object store: every version of every object per collection, each organization's
 * share of it under its own marking, reads through the access policy share by share, and
 * submissions processed in the background with their complete status. The TAXII protocol is built
 * on it in {@code org.scrmportal.taxii}.
 */
package org.scrmportal.stix.store;
