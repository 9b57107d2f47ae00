/**
 * Suppliers, products and affected parties (issue 9): the product index of every stored CSAF
 * advisory, the inventories organizations declare (CycloneDX SBOMs, PURL, CPE, vendor and name),
 * matching with version ranges, and the notices that tell exactly the affected organizations that
 * may see an advisory.
 */
package org.scrmportal.supplier;
