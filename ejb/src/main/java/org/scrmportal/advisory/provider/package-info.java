/**
 * Distribution of stored advisories as a CSAF trusted provider (CSAF 2.0 section 7): the provider
 * metadata, the directory and ROLIE documents per TLP label, hashes, and the portal's OpenPGP key
 * and detached signatures (Bouncy Castle, the server's own modules).
 */
package org.scrmportal.advisory.provider;
