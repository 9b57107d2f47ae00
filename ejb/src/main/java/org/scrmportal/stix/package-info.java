/**
 * The STIX 2.1 core (OASIS STIX Version 2.1, OASIS Standard, 10 June 2021): identifiers,
 * timestamps, immutable objects kept as their verbatim JSON, the all-or-nothing bundle reader that
 * validates them, and the mapping of their markings to TLP. Depends on the JDK, Jackson 2, a JSON
 * Schema validator and the ANTLR 4 runtime only (no Jakarta EE), so it can become a library of its
 * own; its one tie to the portal is {@link org.scrmportal.platform.TlpLevel}, the single source of
 * the TLP 2.0 marking-definition ids.
 */
package org.scrmportal.stix;
