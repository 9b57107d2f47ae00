/**
 * Alerts: short notices an organization shares under a marking (an agency's warning, a supplier's
 * heads-up). The first kind of marked object; every listing goes through the access policy.
 */
package org.scrmportal.alert;
