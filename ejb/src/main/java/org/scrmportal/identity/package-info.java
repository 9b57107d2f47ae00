/**
 * Who is calling: the signed-in principal, built from the claims of a token issued by the portal's
 * Keycloak realm, and the role names that realm defines. The rest of the application knows identity
 * only through {@link org.scrmportal.identity.PortalPrincipal}.
 */
package org.scrmportal.identity;
