package org.scrmportal.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;

/**
 * A revision of a CSAF advisory was stored: fired synchronously inside the storing transaction, so
 * that what observers do (the supplier capability's product index and notices) commits or rolls
 * back with it.
 *
 * @param advisoryId the stored revision's id
 * @param publisher the submitting organization, the document's publisher
 * @param document the CSAF document as parsed
 * @param marking the portal marking of the revision (TLP from {@code document.distribution.tlp})
 * @param draft whether {@code document.tracking.status} is {@code draft}
 */
public record AdvisoryStored(
    long advisoryId, OrganizationId publisher, JsonNode document, Marking marking, boolean draft) {

  public AdvisoryStored {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(marking, "marking");
  }
}
