/**
 * The STIX 2.1 object store and the TAXII 2.1 server's application side: collections (feeds) whose
 * readers and writers the access policy decides, every version of every object with its marking,
 * filters and keyset cursors, and submissions processed in the background with their status.
 */
package org.scrmportal.taxii;
