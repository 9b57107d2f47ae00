package org.scrmportal.stix.store;

import java.util.Objects;
import org.scrmportal.organization.Tier;

/**
 * A collection as the store sees it: where objects go, and what the collection adds to the marking
 * of what is posted to it (its minimum tier, or its community).
 *
 * @param id the collection's id
 * @param minTier the tier its readers need, if any
 * @param community the community whose feed it is, if any
 */
public record Feed(String id, Tier minTier, String community) {

  public Feed {
    Objects.requireNonNull(id, "id");
  }
}
