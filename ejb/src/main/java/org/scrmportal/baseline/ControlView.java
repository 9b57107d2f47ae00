package org.scrmportal.baseline;

/**
 * One control of a publication as other packages read it.
 *
 * @param controlId the OSCAL id ({@code sr-3.1})
 * @param label the label shown to people ({@code SR-3(1)})
 * @param family the id of the control's top group ({@code sr})
 * @param parentId the control an enhancement belongs to; null for a base control
 */
public record ControlView(
    long publicationId,
    String catalogName,
    String controlId,
    String label,
    String title,
    String family,
    String familyTitle,
    String parentId) {}
