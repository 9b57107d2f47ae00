/**
 * Browser hardening of every response: Content Security Policy, nosniff, Referrer-Policy and the
 * session cookie's SameSite and Secure attributes, as one Undertow handler around the deployment.
 */
package org.scrmportal.web.security.headers;
