/**
 * Supplier security advisories in CSAF 2.0 (OASIS Common Security Advisory Framework Version 2.0,
 * OASIS Standard, 18 November 2022): their validation (section 6), storage exactly as submitted,
 * and distribution as a trusted provider (section 7).
 */
package org.scrmportal.advisory;
