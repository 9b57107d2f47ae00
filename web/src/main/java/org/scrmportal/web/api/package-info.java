/**
 * The portal's REST API under {@code /api}: JSON in and out, errors as RFC 9457 problem details.
 */
package org.scrmportal.web.api;
