/**
 * Batches of CSAF advisories: uploaded files and zip archives, and imports from another provider's
 * directory or ROLIE feed (CSAF 2.0 section 7), read within the same limits and safe against zip
 * bombs and server-side request forgery.
 */
package org.scrmportal.advisory.batch;
