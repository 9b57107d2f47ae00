package org.scrmportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal REST API; bearer tokens only (see the OIDC configuration resolver). */
@ApplicationPath("/api")
public class PortalApi extends Application {}
