/**
 * HTTP Basic for machine clients (TAXII 2.1 section 1.6.9): a client's id and secret become the
 * bearer token the client-credentials grant gives it, before the OIDC mechanism signs it in.
 */
package org.scrmportal.web.security.basic;
