package org.scrmportal.advisory;

import java.util.Objects;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.platform.TlpLevel;

/**
 * One document to store, with everything that decides its fate, so that it can be stored outside
 * the request that brought it (batches run in the background).
 *
 * @param submitter the submitter as the access policy sees them; their organization publishes
 * @param username who submitted it
 * @param content the document's bytes
 * @param signature the ASCII-armoured OpenPGP signature uploaded beside it, or null
 * @param audience the audience the submitter adds (people resolved to subjects), or null
 * @param organizationDefault the level of the organization's unmarked content
 */
public record StoreRequest(
    Viewer submitter,
    String username,
    byte[] content,
    byte[] signature,
    MarkingRequest audience,
    TlpLevel organizationDefault) {

  public StoreRequest {
    Objects.requireNonNull(submitter, "submitter");
    Objects.requireNonNull(submitter.organization(), "submitter.organization");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(organizationDefault, "organizationDefault");
  }

  /** The same request for another document (a batch's documents share all but their bytes). */
  StoreRequest withDocument(byte[] content, byte[] signature) {
    return new StoreRequest(submitter, username, content, signature, audience, organizationDefault);
  }
}
