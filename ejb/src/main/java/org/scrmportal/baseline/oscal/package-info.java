/**
 * The OSCAL facade: reads, validates and resolves OSCAL catalogs, profiles and component
 * definitions with NIST's liboscal-java, and hands the rest of the portal our own immutable model;
 * no other package sees liboscal's types.
 *
 * <p>Implementation status of a component definition's implemented requirement is carried as the
 * property {@code implementation-status} in the OSCAL namespace ({@code
 * http://csrc.nist.gov/ns/oscal}), see {@link org.scrmportal.baseline.oscal.ImplementationStatus}.
 */
package org.scrmportal.baseline.oscal;
