/**
 * The official OASIS STIX 2.1 JSON schemas (draft 2020-12), bundled as class-path resources and
 * compiled once; their web {@code $id}s are mapped to the bundled copies, nothing is fetched.
 */
package org.scrmportal.stix.schema;
