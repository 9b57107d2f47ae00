/**
 * Starts the portal's servers as child processes on 127.0.0.1: Keycloak from its Maven Central
 * distribution with the realm of this module, and the WildFly that the build provisioned. Used by
 * the run command and by the integration tests, so both see the same servers.
 */
package org.scrmportal.launcher;
