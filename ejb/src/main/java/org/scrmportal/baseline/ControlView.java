package org.scrmportal.baseline;

/** TEMPORARY stand-in (contract section 2); removed before merge. */
public record ControlView(
    long publicationId,
    String catalogName,
    String controlId,
    String label,
    String title,
    String family,
    String familyTitle,
    String parentId) {}
