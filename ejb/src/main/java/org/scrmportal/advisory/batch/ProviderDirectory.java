package org.scrmportal.advisory.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the listings of another CSAF provider (CSAF 2.0 section 7): a directory's {@code index.txt}
 * (7.1.13, one path per line) or {@code changes.csv} (7.1.14, path and time per line), a ROLIE feed
 * (7.1.15: entries linking the document, its hashes and signature), or a provider-metadata.json
 * (7.1.7) whose distributions name either.
 */
public final class ProviderDirectory {

  /** A document to fetch, with its signature's address if the listing names one. */
  public record Listed(URI document, URI signature) {}

  private ProviderDirectory() {}

  /** The documents of an {@code index.txt} at {@code index}. */
  public static List<Listed> ofIndex(URI index, String text) {
    List<Listed> listed = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      String path = line.strip();
      if (!path.isEmpty() && !path.startsWith("#")) {
        addDocument(listed, index, path);
      }
    }
    return distinct(listed);
  }

  /** The documents of a {@code changes.csv} at {@code changes}: its first column. */
  public static List<Listed> ofChanges(URI changes, String text) {
    List<Listed> listed = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      String row = line.strip();
      if (row.isEmpty()) {
        continue;
      }
      String path;
      if (row.startsWith("\"")) {
        int end = row.indexOf('"', 1);
        path = end < 0 ? row.substring(1) : row.substring(1, end);
      } else {
        int comma = row.indexOf(',');
        path = comma < 0 ? row : row.substring(0, comma);
      }
      addDocument(listed, changes, path.strip());
    }
    return distinct(listed);
  }

  /** The documents of a ROLIE feed ({@code {"feed": {"entry": [...]}}}) at {@code feed}. */
  public static List<Listed> ofRolie(URI feed, JsonNode json) {
    List<Listed> listed = new ArrayList<>();
    for (JsonNode entry : json.path("feed").path("entry")) {
      URI document = null;
      URI signature = null;
      for (JsonNode link : entry.path("link")) {
        String rel = link.path("rel").asText();
        String href = link.path("href").asText();
        if (href.isEmpty()) {
          continue;
        }
        if (rel.equals("self") && document == null) {
          document = resolve(feed, href);
        } else if (rel.equals("signature")) {
          signature = resolve(feed, href);
        }
      }
      String src = entry.path("content").path("src").asText();
      if (!src.isEmpty()) {
        document = resolve(feed, src);
      }
      if (document != null) {
        listed.add(new Listed(document, signature));
      }
    }
    return distinct(listed);
  }

  /**
   * The listings a provider-metadata.json names: each distribution's directory ({@code
   * directory_url}, read through its {@code index.txt}) and ROLIE feeds ({@code
   * rolie.feeds[].url}).
   */
  public static List<URI> listingsOfProviderMetadata(URI metadata, JsonNode json) {
    List<URI> listings = new ArrayList<>();
    for (JsonNode distribution : json.path("distributions")) {
      String directory = distribution.path("directory_url").asText();
      if (!directory.isEmpty()) {
        listings.add(
            resolve(metadata, directory.endsWith("/") ? directory : directory + "/")
                .resolve("index.txt"));
      }
      for (JsonNode rolieFeed : distribution.path("rolie").path("feeds")) {
        String url = rolieFeed.path("url").asText();
        if (!url.isEmpty()) {
          listings.add(resolve(metadata, url));
        }
      }
    }
    return listings;
  }

  private static void addDocument(List<Listed> listed, URI base, String path) {
    if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      return;
    }
    URI document = resolve(base, path);
    listed.add(new Listed(document, URI.create(document + ".asc")));
  }

  private static URI resolve(URI base, String reference) {
    try {
      return base.resolve(reference.strip());
    } catch (IllegalArgumentException e) {
      return base.resolve(URI.create("invalid-reference"));
    }
  }

  private static List<Listed> distinct(List<Listed> listed) {
    Map<URI, Listed> byDocument = new LinkedHashMap<>();
    listed.forEach(l -> byDocument.putIfAbsent(l.document(), l));
    return List.copyOf(byDocument.values());
  }
}
