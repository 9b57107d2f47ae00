package org.scrmportal.web.taxii;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.scrmportal.web.error.TaxiiErrors;

/**
 * Content negotiation (TAXII 2.1 section 1.6.8): every response is {@code
 * application/taxii+json;version=2.1}, so a request that accepts none of it is answered 406; a body
 * must come as that media type, or 415. {@code application/taxii+json} without a version means the
 * latest, 2.1; no Accept header means anything.
 */
public class TaxiiMediaTypes implements ContainerRequestFilter {

  static final MediaType TAXII = MediaType.valueOf("application/taxii+json");

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
    if (accept != null && !accept.isEmpty() && !acceptsTaxii(accept)) {
      request.abortWith(TaxiiErrors.response(406, TaxiiErrors.description(406)));
      return;
    }
    if (HttpMethod.POST.equals(request.getMethod()) && !isTaxii(request.getMediaType())) {
      request.abortWith(TaxiiErrors.response(415, TaxiiErrors.description(415)));
    }
  }

  static boolean acceptsTaxii(List<String> acceptHeaders) {
    for (String header : acceptHeaders) {
      for (String part : header.split(",")) {
        MediaType type;
        try {
          type = MediaType.valueOf(part.trim());
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (type.isWildcardType() && type.isWildcardSubtype()
            || "application".equals(type.getType()) && type.isWildcardSubtype()
            || isTaxii(type)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isTaxii(MediaType type) {
    if (type == null || !TAXII.isCompatible(type) || type.isWildcardSubtype()) {
      return false;
    }
    String version = type.getParameters().get("version");
    return version == null || "2.1".equals(version.trim());
  }
}
