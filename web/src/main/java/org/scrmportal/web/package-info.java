/**
 * The interfaces: HTTP in, one application service call, HTTP out. Nothing here decides who may see
 * what; that is the access policy's, in the EJB module.
 */
package org.scrmportal.web;
