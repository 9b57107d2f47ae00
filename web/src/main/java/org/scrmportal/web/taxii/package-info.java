/**
 * The TAXII 2.1 interface (OASIS TAXII 2.1, sections 4 and 5) under {@code /taxii2}: translation
 * from HTTP to {@code TaxiiService} and back, TAXII media types and error resources.
 */
package org.scrmportal.web.taxii;
