/**
 * Validation of CSAF 2.0 documents: the JSON schema (section 3) and the tests of section 6 —
 * mandatory (6.1, a failure rejects the document), optional (6.2, warnings) and informative (6.3,
 * information). Each finding names its test number and the JSON Pointer (RFC 6901) of what failed.
 * Depends on the JDK, Jackson 2 and the libraries named in the tests only (no Jakarta EE).
 */
package org.scrmportal.advisory.validation;
