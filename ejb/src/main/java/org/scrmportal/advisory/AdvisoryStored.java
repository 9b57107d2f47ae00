package org.scrmportal.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import org.scrmportal.access.Marking;
import org.scrmportal.organization.OrganizationId;

/**
 * A revision of an advisory was stored: fired synchronously inside the storing transaction, once
 * per stored revision (not for a document that was already stored), so that observers (the supplier
 * capability's product index and notices) commit or roll back with it.
 *
 * @param document the parsed document (not to be modified)
 * @param marking the revision's marking: who may see it
 * @param draft whether it is a draft (its organization's only)
 */
public record AdvisoryStored(
    long advisoryId, OrganizationId publisher, JsonNode document, Marking marking, boolean draft) {}
