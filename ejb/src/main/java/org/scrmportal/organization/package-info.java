/**
 * Member organizations of the portal: their identifiers, types, tiers, sectors and countries,
 * created just in time when a valid token first names them.
 */
package org.scrmportal.organization;
