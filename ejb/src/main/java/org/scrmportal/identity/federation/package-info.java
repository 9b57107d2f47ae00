/**
 * Federation: SAML federations whose signed metadata aggregates (verified by {@code
 * org.scrmportal.identity.federation.saml}) list identity providers; onboarding one of them, or an
 * OpenID Connect provider, as a member organization with four eyes; the identity providers the
 * portal registered in its Keycloak realm ({@link org.scrmportal.identity.RealmAdmin}), disabled
 * while their organization is suspended.
 */
package org.scrmportal.identity.federation;
