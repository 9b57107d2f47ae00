/**
 * ISO/IEC 27010 information sharing communities: named groups of organizations with an owner and a
 * purpose, joined by invitation or by request, whose member lists only members may see (and only if
 * the community says so).
 */
package org.scrmportal.community;
