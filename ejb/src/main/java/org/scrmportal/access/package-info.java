/**
 * Who may see what: TLP 2.0 markings with their audience and minimum tier, and the one access
 * policy that decides it, both as a pure function ({@link
 * org.scrmportal.access.AccessPolicy#permits}) and as the JPA predicate every listing uses ({@link
 * org.scrmportal.access.AccessPolicy#predicate}).
 */
package org.scrmportal.access;
