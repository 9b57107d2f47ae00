/**
 * What the web interfaces share below them: the error formats of the machine interfaces (RFC 9457
 * problem details under {@code /api}, the TAXII 2.1 error resource under {@code /taxii2}), the
 * container's error page, which paths are machine interfaces, and the request body limit.
 */
package org.scrmportal.web.error;
