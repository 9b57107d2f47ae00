/**
 * The web UI: Jakarta Faces pages with PrimeFaces, one layout template (WEB-INF/template.xhtml).
 */
package org.scrmportal.web.ui;
