/**
 * {@link org.scrmportal.identity.RealmAdmin} over Keycloak's admin REST API
 * (keycloak-admin-client): organization groups, the identity providers of onboarded organizations
 * and machine clients. Only this package imports {@code org.keycloak}.
 */
package org.scrmportal.identity.keycloak;
