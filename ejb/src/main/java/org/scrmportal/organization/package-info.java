/**
 * Member organizations of the portal: their identifiers, types, tiers, sectors and countries,
 * created just in time when a valid token first names them (at T0 unless an operator's group says
 * otherwise) or admitted by the operators, and vetted with four eyes.
 */
package org.scrmportal.organization;
