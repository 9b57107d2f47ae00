/**
 * Sign-in through the portal's Keycloak realm: OIDC configuration and the caller's principal per
 * request.
 */
package org.scrmportal.web.security;
