package org.scrmportal.advisory;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Decision;
import org.scrmportal.access.MarkingRequest;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.batch.BatchReader;
import org.scrmportal.advisory.validation.Checked;
import org.scrmportal.community.CommunityRepository;
import org.scrmportal.identity.People;
import org.scrmportal.identity.PortalPrincipal;
import org.scrmportal.organization.Organization;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.OrganizationRepository;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.Roles;
import org.scrmportal.platform.TlpLevel;

/**
 * CSAF 2.0 advisories for the caller of the request: validate without storing, submit one document
 * or a batch (files, zip archives, another provider's directory or feed), and read what the access
 * policy lets the caller see. Submitting takes the {@code submitter} role and a member organization
 * in good standing, which publishes under the namespaces an operator granted it.
 */
@Stateless
@PermitAll
public class Advisories {

  @Inject AdvisoryRepository advisories;

  @Inject AdvisoryStore store;

  @Inject AdvisoryBatches batches;

  @Inject CsafChecks checks;

  @Inject CurrentViewer viewer;

  @Inject PortalPrincipal principal;

  @Inject People people;

  @Inject OrganizationRepository organizations;

  @Inject CommunityRepository communities;

  @Inject AccessPolicy policy;

  @Inject Clock clock;

  /** An advisory revision as its viewer may see it, and why. */
  public record Seen(Advisory advisory, Decision decision) {}

  /** The full verdict on a document (CSAF 2.0 section 6): nothing is stored. */
  public Checked validate(byte[] document) {
    return checks.check(document);
  }

  /**
   * Stores one advisory (see {@link AdvisoryStore#store}).
   *
   * @param signatureOrNull the supplier's ASCII-armoured OpenPGP signature of the document
   * @param audienceOrNull the audience the submitter adds (people by user name), and optionally the
   *     level for a document without a TLP label
   * @throws AdvisoryInvalid when the validator rejects it (nothing is stored)
   * @throws AdvisoryRefused when the namespace is not the organization's, or the revision does not
   *     follow the stored one
   */
  @RolesAllowed(Roles.SUBMITTER)
  public Submitted submit(byte[] document, byte[] signatureOrNull, MarkingRequest audienceOrNull) {
    return store.store(request(document, signatureOrNull, audienceOrNull));
  }

  /** Starts a batch of uploaded files: documents, zip archives, {@code .asc} beside documents. */
  @RolesAllowed(Roles.SUBMITTER)
  public BatchStatus submitBatch(List<BatchReader.File> files, MarkingRequest audienceOrNull) {
    return batches.upload(request(new byte[0], null, audienceOrNull), files);
  }

  /**
   * Starts an import from another CSAF provider: a directory (its {@code index.txt}), an {@code
   * index.txt}, a {@code changes.csv}, a ROLIE feed or a provider-metadata.json, by http(s).
   */
  @RolesAllowed(Roles.SUBMITTER)
  public BatchStatus importFrom(String url, MarkingRequest audienceOrNull) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainException(DomainException.Kind.INVALID, "Not an address: " + url);
    }
    return batches.importFrom(request(new byte[0], null, audienceOrNull), uri);
  }

  /** A batch's progress, for members of the organization that started it. */
  public Optional<BatchStatus> batch(String id) {
    return batches.status(viewer.get(), id);
  }

  /** The limits every batch obeys. */
  public org.scrmportal.advisory.batch.BatchLimits batchLimits() {
    return batches.limits();
  }

  /** The revision {@code id}, if the caller may see it; absent otherwise (nothing revealed). */
  public Optional<Advisory> find(long id) {
    return advisories.find(viewer.get(), id);
  }

  /**
   * The revision {@code id} without its bytes (its metadata, digests and supplier signature), if
   * the caller may see it; absent otherwise.
   */
  public Optional<Advisory> metadata(long id) {
    return advisories.findMetadata(viewer.get(), id);
  }

  /** The revision with the reason the caller may see it. */
  public Optional<Seen> seen(long id) {
    Viewer me = viewer.get();
    return advisories.find(me, id).map(a -> new Seen(a, policy.decide(me, a.marking())));
  }

  /** A page of what the caller may see, newest first. */
  public List<Advisory> list(AdvisoryQuery query) {
    return advisories.list(viewer.get(), query);
  }

  /** Every revision the caller may see of the tracking id of revision {@code id}, oldest first. */
  public List<Advisory> revisions(long id) {
    Viewer me = viewer.get();
    return advisories
        .findMetadata(me, id)
        .map(a -> advisories.revisions(me, a.trackingKey()))
        .orElseThrow(Advisories::notFound);
  }

  /** Every revision the caller may see of {@code advisory}'s tracking id, oldest first. */
  public List<Advisory> revisionsOf(Advisory advisory) {
    return advisories.revisions(viewer.get(), advisory.trackingKey());
  }

  /** The verdict on the stored revision {@code id}, judged again by the current validator. */
  public Optional<Checked> verdict(long id) {
    return find(id).map(a -> checks.check(a.content()));
  }

  /**
   * The publisher namespaces of the caller's organization (every organization's, for operators).
   */
  public List<PublisherNamespace> namespaces() {
    Viewer me = viewer.get();
    if (me.operator()) {
      return advisories.namespaces(null);
    }
    if (me.organization() == null) {
      return List.of();
    }
    return advisories.namespaces(me.organization());
  }

  /**
   * Grants a publisher namespace to an organization (operators, after checking offline that the
   * organization controls it). A namespace belongs to one organization for good.
   *
   * @throws DomainException NOT_FOUND for an unknown organization, CONFLICT when the namespace is
   *     granted already
   */
  @RolesAllowed(Roles.OPERATOR)
  public PublisherNamespace grantNamespace(String organization, String namespace) {
    OrganizationId id;
    try {
      id = new OrganizationId(organization);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DomainException(DomainException.Kind.INVALID, "Not an organization id");
    }
    if (organizations.find(id).isEmpty()) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, "No organization " + id);
    }
    if (namespace == null || namespace.length() > CsafDocument.MAX_NAMESPACE) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "A namespace of at most " + CsafDocument.MAX_NAMESPACE + " characters is needed");
    }
    String normal = Namespaces.normalize(namespace);
    Optional<OrganizationId> owner = advisories.ownerOf(normal);
    if (owner.isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "The namespace " + normal + " is granted already, to " + owner.get() + ".");
    }
    PublisherNamespace granted =
        new PublisherNamespace(normal, id, principal.username(), clock.instant());
    advisories.store(granted);
    return granted;
  }

  private StoreRequest request(byte[] document, byte[] signature, MarkingRequest audience) {
    Viewer me = viewer.get();
    if (me.organization() == null || me.suspended()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "Publishing advisories takes a member organization in good standing.");
    }
    MarkingRequest resolved = null;
    if (audience != null) {
      for (String community : audience.communities()) {
        if (communities.find(community).isEmpty()) {
          throw new DomainException(DomainException.Kind.INVALID, "No community " + community);
        }
      }
      resolved = audience.withPeople(people.subjectsOf(audience.people()));
    }
    TlpLevel fallback =
        organizations.find(me.organization()).map(Organization::defaultTlp).orElse(TlpLevel.AMBER);
    return new StoreRequest(me, principal.username(), document, signature, resolved, fallback);
  }

  private static DomainException notFound() {
    return new DomainException(DomainException.Kind.NOT_FOUND, "No such advisory");
  }
}
