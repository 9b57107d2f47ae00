/**
 * The SAML facade: verifies the metadata aggregates of federations with OpenSAML 3.4.6 and lists
 * their identity providers as our own records ({@link
 * org.scrmportal.identity.federation.saml.VerifiedAggregate}, {@link
 * org.scrmportal.identity.federation.saml.ListedProvider}); only this package imports OpenSAML,
 * Shibboleth's utilities and Apache Santuario (architecture rule {@code SamlLibraryIsolationTest}).
 *
 * <p>{@link org.scrmportal.identity.federation.saml.MetadataAggregates#verify} accepts an aggregate
 * only when all of these hold, and otherwise throws {@link
 * org.scrmportal.identity.federation.saml.InvalidMetadata} listing the problems:
 *
 * <ul>
 *   <li>Parsing: at most {@link
 *       org.scrmportal.identity.federation.saml.MetadataAggregates#MAX_BYTES} bytes; the JDK's
 *       parser with secure processing, no external access and a DOCTYPE refused outright (no
 *       external entities, no entity expansion: XXE and "billion laughs" fail before any entity is
 *       read); elements nested at most 64 deep. Comments are dropped and the text around them
 *       joined: exclusive canonicalization leaves comments out of the signature, so one added after
 *       signing must neither truncate a value nor make OpenSAML refuse the aggregate.
 *   <li>Shape: the root is an {@code md:EntitiesDescriptor} with an {@code ID}, and that value
 *       occurs once in the whole document (as any attribute named ID, Id or id); OpenSAML then
 *       resolves the signature's reference to that one element, registered explicitly.
 *   <li>Signature (signature-wrapping resistance): exactly one {@code ds:Signature}, a child of the
 *       root, with exactly one {@code ds:Reference} whose URI is {@code #} + the root's ID, so the
 *       element the listing is read from is the element signed; enveloped signature and exclusive
 *       canonicalization transforms only (OpenSAML's SAML signature profile); RSA or ECDSA with
 *       SHA-256 or stronger and a SHA-256 or stronger digest (SHA-1 refused); validated against the
 *       federation's pinned certificate only, whatever {@code ds:KeyInfo} says. Unsigned: refused.
 *   <li>Validity: the root's {@code validUntil} is required and must lie after {@code now}; its
 *       {@code cacheDuration} (xs:duration) is optional. An entity (or nested group, or IdP role)
 *       whose own {@code validUntil} passed is left out of the listing.
 * </ul>
 *
 * <p>Listed are the entities with an {@code md:IDPSSODescriptor} supporting the SAML 2.0 protocol
 * (service providers are not), once per entityID, with: organization name, display name and URL
 * (English if given); the registration authority ({@code mdrpi:RegistrationInfo}, inherited from an
 * enclosing {@code md:EntitiesDescriptor}); entity categories ({@code mdattr:EntityAttributes}
 * attribute {@code http://macedir.org/entity-category}) and assurance certifications (attribute
 * {@code urn:oasis:names:tc:SAML:attribute:assurance-certification}); the single sign-on endpoints;
 * the signing certificates (key descriptors for signing or of unspecified use, base64 DER); the
 * NameID formats.
 *
 * <p>OpenSAML is initialized once per class loader, thread-safe, and always used with this
 * package's class loader as the thread's context class loader, so that its service lookups find the
 * jars in the EAR's {@code lib/} whichever thread calls (see {@code OpenSaml}).
 *
 * <p>Dependencies (root pom): OpenSAML 3.4.6 without its Bouncy Castle 1.59 (nothing here needs
 * Bouncy Castle), Velocity and Apache HttpClient (no SAML messages sent, no metadata fetched by
 * OpenSAML); Santuario raised to 4.0.x, Guava to 33.8.0, one Joda-Time (2.14.0) for it and the
 * OSCAL library.
 *
 * <p>Tests build signed aggregates with {@code
 * org.scrmportal.identity.federation.saml.testing.TestFederation} (ejb test-jar).
 */
package org.scrmportal.identity.federation.saml;
