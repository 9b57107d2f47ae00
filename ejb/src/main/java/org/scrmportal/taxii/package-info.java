/**
 * The TAXII 2.1 server's application side: collections (feeds) whose readers and writers the access
 * policy decides, pages, manifests, versions, deletion and submissions for the caller of the
 * request, on the object store of {@code org.scrmportal.stix.store}.
 */
package org.scrmportal.taxii;
