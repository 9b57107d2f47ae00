package org.scrmportal.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.Marking;
import org.scrmportal.advisory.validation.Checked;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.DomainException;

/**
 * Stores one advisory in the caller's transaction: valid (CSAF 2.0 schema and section 6.1), under a
 * namespace of the submitting organization, a revision that follows the stored one; then fires
 * {@link AdvisoryStored}. Whatever it refuses, it refuses with facts about the submitter's own
 * namespace only: the revisions it compares with are read as the submitter sees them, and a
 * namespace's advisories are all its owner's.
 */
@ApplicationScoped
public class AdvisoryStore {

  /** The largest supplier signature kept (armoured OpenPGP signatures are a few KiB). */
  static final int MAX_SIGNATURE = 65536;

  @Inject AdvisoryRepository advisories;

  @Inject CsafChecks checks;

  @Inject Event<AdvisoryStored> stored;

  @Inject Clock clock;

  /**
   * @throws AdvisoryInvalid when the validator rejects it
   * @throws AdvisoryRefused FORBIDDEN when the namespace is not the organization's, CONFLICT when
   *     the revision does not follow the stored one
   * @throws DomainException INVALID when the signature or the marking asked for does not fit
   */
  public Submitted store(StoreRequest request) {
    OrganizationId organization = request.submitter().organization();
    if (request.submitter().suspended()) {
      throw new AdvisoryRefused(
          DomainException.Kind.FORBIDDEN,
          "Your organization is suspended: it publishes no advisories.");
    }
    String signature = signature(request.signature());
    Checked checked = checks.check(request.content());
    if (!checked.verdict().valid()) {
      throw new AdvisoryInvalid(checked.verdict());
    }
    JsonNode json = checked.document();
    CsafDocument document = CsafDocument.of(json);
    String namespace = document.normalizedNamespace();
    if (!advisories.ownerOf(namespace).map(organization::equals).orElse(false)) {
      throw new AdvisoryRefused(
          DomainException.Kind.FORBIDDEN,
          "The publisher namespace "
              + Texts.cut(document.publisherNamespace(), 200)
              + " (/document/publisher/namespace) is not one of your organization's; an operator"
              + " grants namespaces to organizations.");
    }
    String key = document.trackingKey();
    Optional<Tracking> tracking = advisories.lockTracking(key);
    if (tracking.isPresent() && !tracking.get().organization().equals(organization)) {
      // cannot happen while namespaces are never moved; refused like a foreign namespace
      throw new AdvisoryRefused(
          DomainException.Kind.FORBIDDEN,
          "The publisher namespace "
              + Texts.cut(document.publisherNamespace(), 200)
              + " is not one of your organization's.");
    }
    String sha512 = Digests.sha512(request.content());
    List<Advisory> revisions =
        tracking.isEmpty() ? List.of() : advisories.revisions(request.submitter(), key);
    Optional<Advisory> same =
        revisions.stream().filter(a -> a.sha512().equals(sha512)).reduce((a, b) -> b);
    if (same.isPresent()) {
      return new Submitted(same.get(), checked.verdict(), true);
    }
    Optional<Advisory> latest = revisions.stream().filter(Advisory::latest).findFirst();
    PublishingRules.step(latest, document, sha512);
    Marking marking =
        PublishingRules.marking(
            document, organization, request.audience(), request.organizationDefault());
    Tracking row =
        tracking.orElseGet(
            () -> {
              Tracking fresh = new Tracking(key, organization);
              try {
                advisories.store(fresh);
              } catch (jakarta.persistence.PersistenceException e) {
                // the same new tracking id submitted twice at once: the first one wins
                throw new AdvisoryRefused(
                    DomainException.Kind.CONFLICT,
                    "Another revision of this tracking id of your namespace is being stored at the"
                        + " same moment; submit again.");
              }
              return fresh;
            });
    row.counted();
    latest.ifPresent(Advisory::supersede);
    Advisory advisory =
        new Advisory(
            organization,
            document,
            request.content(),
            sha512,
            signature,
            marking,
            request.username(),
            clock.instant());
    advisories.store(advisory);
    stored.fire(new AdvisoryStored(advisory.id(), organization, json, marking, advisory.draft()));
    return new Submitted(advisory, checked.verdict(), false);
  }

  /** The supplier's signature as text: an ASCII-armoured OpenPGP signature (RFC 4880 6.2). */
  static String signature(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    if (bytes.length > MAX_SIGNATURE) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "The signature is larger than " + MAX_SIGNATURE + " bytes.");
    }
    for (byte b : bytes) {
      if (b < 0 || b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
        throw notArmoured();
      }
    }
    String text = new String(bytes, StandardCharsets.US_ASCII);
    if (!text.strip().startsWith("-----BEGIN PGP SIGNATURE-----")
        || !text.strip().endsWith("-----END PGP SIGNATURE-----")) {
      throw notArmoured();
    }
    return text;
  }

  private static DomainException notArmoured() {
    return new DomainException(
        DomainException.Kind.INVALID,
        "The signature is not an ASCII-armoured OpenPGP signature (-----BEGIN PGP SIGNATURE-----).");
  }
}
