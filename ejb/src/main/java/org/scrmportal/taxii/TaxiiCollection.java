package org.scrmportal.taxii;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scrmportal.organization.Tier;
import org.scrmportal.stix.store.Feed;

/**
 * A TAXII 2.1 collection (section 5.1): a feed of STIX objects. Four are fixed (the shared feed,
 * the feeds for tiers T2 and T3, and the public feed); every sharing community has one more, with
 * the community's id. A feed restricts who reads and writes it (the access policy decides) and adds
 * its audience to the marking of what is posted to it: its minimum tier, or its community.
 *
 * @param minTier the tier a reader's organization needs, if any
 * @param community the community whose members read it, if it is a community's feed
 */
public record TaxiiCollection(
    String id, String title, String description, Tier minTier, String community) {

  /** Everyone signed in reads it; each object is filtered by its own marking. */
  public static final String SHARED = "aa512dfe-f554-480d-9673-d39581c40945";

  /** Organizations vetted T2 and above. */
  public static final String TIER_T2 = "a5857cc7-93c7-4d90-bfea-87ffb16ab806";

  /** Organizations vetted T3. */
  public static final String TIER_T3 = "0a6a54eb-136c-4222-9372-cdb1cc2ea73f";

  /**
   * Anyone reads it, also without signing in (the README's access rule 1, as CISA AIS and CSAF
   * providers publish public data): the objects of the shared feed that an anonymous caller may
   * see, which are those marked TLP:CLEAR (the only feed that takes them). Nobody writes to it.
   */
  public static final String PUBLIC = "8fc973e9-917c-4275-aa26-9225eca76adb";

  static final List<TaxiiCollection> FIXED =
      List.of(
          new TaxiiCollection(
              SHARED,
              "Shared indicators",
              "STIX 2.1 content shared by members; each object is visible under its own TLP 2.0"
                  + " marking and audience",
              null,
              null),
          new TaxiiCollection(
              TIER_T2,
              "Tier T2 feed",
              "For organizations vetted T2 (trusted) and above; objects posted here are marked"
                  + " for T2 and above",
              Tier.T2,
              null),
          new TaxiiCollection(
              TIER_T3,
              "Tier T3 feed",
              "For organizations vetted T3 (critical partners); objects posted here are marked"
                  + " for T3",
              Tier.T3,
              null),
          new TaxiiCollection(
              PUBLIC,
              "Public TLP:CLEAR feed",
              "The TLP:CLEAR objects of the shared indicators, for anyone, also without signing"
                  + " in; read-only",
              null,
              null));

  public TaxiiCollection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }

  /** The collection as the store sees it. */
  public Feed feed() {
    return new Feed(id, minTier, community);
  }

  /**
   * Whether this is the public feed ({@link #PUBLIC}): read as an anonymous caller, never written.
   */
  public boolean isPublic() {
    return PUBLIC.equals(id);
  }

  /** The collection whose stored objects this one shows: the shared one for the public feed. */
  public String storedIn() {
    return isPublic() ? SHARED : id;
  }

  static Optional<TaxiiCollection> fixed(String id) {
    return FIXED.stream().filter(c -> c.id.equals(id)).findFirst();
  }

  static TaxiiCollection ofCommunity(String id, String name, String purpose) {
    return new TaxiiCollection(id, name, purpose, null, id);
  }
}
