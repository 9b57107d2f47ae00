/**
 * The CSAF 2.0 trusted provider over HTTP ({@code /.well-known/csaf/}, section 7): thin resources
 * over {@link org.scrmportal.advisory.provider.CsafProvider}.
 */
package org.scrmportal.web.csaf;
