/**
 * What every capability stands on: the clock, and the database schema, which versioned Flyway
 * migrations own and which Hibernate only validates.
 */
package org.scrmportal.platform;
