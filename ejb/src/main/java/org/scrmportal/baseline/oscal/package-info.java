/**
 * The OSCAL facade: reads, validates and resolves OSCAL catalogs, profiles and component
 * definitions with NIST's liboscal-java, and hands the rest of the portal our own immutable model;
 * no other package sees liboscal's types.
 *
 * <p>The implementation status of a component definition's implemented requirement is the property
 * {@code implementation-status} in our namespace {@code https://scrmportal.org/ns/oscal}: OSCAL
 * 1.1.3's constraints allow only {@code marking} in the OSCAL namespace there (see {@link
 * org.scrmportal.baseline.oscal.ImplementationStatus}).
 */
package org.scrmportal.baseline.oscal;
