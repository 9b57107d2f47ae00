package org.scrmportal.stix.store;

/**
 * What happened to one object of a submission (TAXII 2.1 section 4.3.1, status-details).
 *
 * @param id the object's id, or the place in the body where it had none
 * @param version its version, or empty when unknown
 * @param message why it failed, or how it was kept
 */
public record StatusDetail(String id, String version, String message) {}
