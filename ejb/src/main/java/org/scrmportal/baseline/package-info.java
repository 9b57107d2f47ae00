/**
 * OSCAL baselines: catalogs and profiles that standards bodies publish (NIST OSCAL 1.1, profile
 * resolution per the OSCAL Profile Resolution Specification), versioned per publisher and name, and
 * their controls as the rest of the portal reads them ({@link
 * org.scrmportal.baseline.BaselineDirectory}).
 */
package org.scrmportal.baseline;
