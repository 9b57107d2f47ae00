/**
 * What every capability stands on: the clock, the database schema (which versioned Flyway
 * migrations own and Hibernate only validates), domain refusals, and the vocabularies every layer
 * speaks: the TLP 2.0 levels and the portal's realm role names.
 */
package org.scrmportal.platform;
