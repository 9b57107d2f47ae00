package org.scrmportal.web.csaf;

import java.util.List;

/** A plain directory listing (CSAF 2.0 section 7.1.14, requirement 14) for people browsing. */
final class Listing {

  private Listing() {}

  /**
   * @param path the directory's absolute path, ending in a slash; the links are absolute too, so
   *     that the listing reads the same with or without the trailing slash in the request
   */
  static String html(String path, List<String> entries) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>")
            .append(escape(path))
            .append("</title></head><body><h1>Index of ")
            .append(escape(path))
            .append("</h1><ul>");
    if (!path.equals("/.well-known/csaf/")) {
      String parent = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
      html.append("<li><a href=\"").append(escape(parent)).append("\">../</a></li>");
    }
    for (String entry : entries) {
      html.append("<li><a href=\"")
          .append(escape(path + entry))
          .append("\">")
          .append(escape(entry))
          .append("</a></li>");
    }
    return html.append("</ul></body></html>").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
