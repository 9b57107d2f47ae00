/**
 * Mapping threats to controls (issue 10, OSCAL-CONTRACT section 3): links between the controls of
 * published catalogs and STIX objects or CSAF advisories, from STIX external references, CSAF
 * citations, a form, and mapping documents; read through the access policy.
 */
package org.scrmportal.baseline.mapping;
