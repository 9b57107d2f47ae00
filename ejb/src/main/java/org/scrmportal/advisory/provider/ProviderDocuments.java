package org.scrmportal.advisory.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The documents of CSAF 2.0 section 7 that describe what the provider distributes, built from the
 * published files a caller may see: {@code provider-metadata.json} (requirement 7), {@code
 * index.txt} (12), {@code changes.csv} (13), the ROLIE feed (15), service (16) and category (17)
 * documents. Pure functions of their arguments.
 *
 * <p>All addresses are absolute, under {@code base}: the address of {@code /.well-known/csaf/}
 * (requirement 9), ending in a slash. Each TLP label has its directory there ({@link
 * CsafTlp#directory()}) holding its year folders, {@code index.txt}, {@code changes.csv}, ROLIE
 * feed and category document.
 */
public final class ProviderDocuments {

  /** The ROLIE information type of CSAF documents (RFC 8322 section 7.1, CSAF example 130). */
  public static final String ROLIE_INFORMATION_TYPE =
      "urn:ietf:params:rolie:category:information-type";

  /** The CSAF JSON schema the feed entries name as their format. */
  public static final String CSAF_SCHEMA =
      "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";

  /** The scheme of the TLP category of the non-public feeds (CSAF example 131, second service). */
  public static final String TLP_SCHEME = "https://www.first.org/tlp/";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Newest current release first; the path breaks ties, so the order is stable. */
  static final Comparator<PublishedFile> NEWEST_FIRST =
      Comparator.comparing(PublishedFile::currentReleaseDate)
          .reversed()
          .thenComparing(PublishedFile::path);

  private ProviderDocuments() {}

  /** Publisher of {@code provider-metadata.json}: the portal's operator (CSAF 3.2.1.8). */
  public record Publisher(String category, String name, String namespace, String contactDetails) {
    public Publisher {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(namespace, "namespace");
    }
  }

  /**
   * Requirement 12: the path of every document, one a line, as {@code <YYYY>/<file name>} (newest
   * first; the order is not prescribed).
   */
  public static String indexTxt(List<PublishedFile> files) {
    StringBuilder text = new StringBuilder();
    files.stream().sorted(NEWEST_FIRST).forEach(f -> text.append(f.path()).append('\n'));
    return text.toString();
  }

  /**
   * Requirement 13: for every document its path and {@code current_release_date}, quoted, without a
   * heading, newest {@code current_release_date} first.
   */
  public static String changesCsv(List<PublishedFile> files) {
    StringBuilder text = new StringBuilder();
    files.stream()
        .sorted(NEWEST_FIRST)
        .forEach(
            f ->
                text.append(quoted(f.path()))
                    .append(',')
                    .append(quoted(timestamp(f.currentReleaseDate())))
                    .append('\n'));
    return text.toString();
  }

  /**
   * Requirement 15: the ROLIE feed (RFC 8322, JSON as in CSAF example 130) of one TLP label, with
   * each document's hashes ({@code rel} {@code hash}) and signature ({@code rel} {@code
   * signature}).
   *
   * @param portalName names the feed, e.g. "SCRM Portal CSAF feed (TLP:WHITE)"
   * @param updatedWhenEmpty the feed's {@code updated} when it lists nothing; otherwise the newest
   *     entry's
   */
  public static ObjectNode feed(
      URI base,
      CsafTlp tlp,
      String portalName,
      List<PublishedFile> files,
      Instant updatedWhenEmpty) {
    List<PublishedFile> sorted = files.stream().sorted(NEWEST_FIRST).toList();
    String directory = directory(base, tlp);
    ObjectNode feed = JSON.createObjectNode();
    feed.put("id", idOf(portalName) + "-csaf-feed-tlp-" + tlp.directory());
    feed.put("title", feedTitle(portalName, tlp));
    ObjectNode self = feed.putArray("link").addObject();
    self.put("rel", "self");
    self.put("href", directory + tlp.feedFileName());
    feed.set("category", categories(tlp));
    feed.put(
        "updated",
        timestamp(sorted.isEmpty() ? updatedWhenEmpty : sorted.get(0).currentReleaseDate()));
    ArrayNode entries = feed.putArray("entry");
    for (PublishedFile file : sorted) {
      String href = directory + file.path();
      ObjectNode entry = entries.addObject();
      entry.put("id", file.trackingId());
      entry.put("title", file.title());
      ArrayNode links = entry.putArray("link");
      link(links, "self", href);
      link(links, "hash", href + ".sha256");
      link(links, "hash", href + ".sha512");
      link(links, "signature", href + ".asc");
      entry.put("published", timestamp(file.initialReleaseDate()));
      entry.put("updated", timestamp(file.currentReleaseDate()));
      entry.putObject("summary").put("content", file.title());
      ObjectNode content = entry.putObject("content");
      content.put("type", "application/json");
      content.put("src", href);
      ObjectNode format = entry.putObject("format");
      format.put("schema", CSAF_SCHEMA);
      format.put("version", "2.0");
    }
    ObjectNode document = JSON.createObjectNode();
    document.set("feed", feed);
    return document;
  }

  /**
   * Requirement 16: the ROLIE service document listing every feed (CSAF example 131): the public
   * one in one workspace, those that need authentication in another.
   */
  public static ObjectNode service(URI base, String portalName) {
    ArrayNode workspaces = JSON.createArrayNode();
    ObjectNode open = workspaces.addObject();
    open.put("title", "Public CSAF feed");
    ArrayNode openCollections = open.putArray("collection");
    ObjectNode closed = workspaces.addObject();
    closed.put("title", "CSAF feeds for signed-in members");
    ArrayNode closedCollections = closed.putArray("collection");
    for (CsafTlp tlp : CsafTlp.values()) {
      ObjectNode collection = (tlp.isPublic() ? openCollections : closedCollections).addObject();
      collection.put("title", feedTitle(portalName, tlp));
      collection.put("href", directory(base, tlp) + tlp.feedFileName());
      collection.putObject("categories").set("category", categories(tlp));
    }
    ObjectNode service = JSON.createObjectNode();
    service.putObject("service").set("workspace", workspaces);
    return service;
  }

  /**
   * Requirement 17: a ROLIE category document (RFC 8322, CSAF example 134) with these terms, in
   * alphabetical order, each once.
   */
  public static ObjectNode category(Collection<String> terms) {
    ObjectNode document = JSON.createObjectNode();
    ArrayNode list = document.putObject("categories").putArray("category");
    new TreeSet<>(terms).forEach(term -> list.addObject().put("term", term));
    return document;
  }

  /**
   * Requirement 7: {@code provider-metadata.json}, role {@code csaf_trusted_provider}, with the
   * public OpenPGP key (requirement 20, served under {@code openpgp/} beside it), a directory
   * distribution per TLP label and the ROLIE feeds, service and category documents.
   */
  public static ObjectNode providerMetadata(
      URI base,
      Publisher publisher,
      String portalName,
      String fingerprint,
      Instant lastUpdated,
      boolean listOnAggregators,
      boolean mirrorOnAggregators) {
    ObjectNode metadata = JSON.createObjectNode();
    metadata.put("canonical_url", base.resolve("provider-metadata.json").toString());
    ArrayNode distributions = metadata.putArray("distributions");
    for (CsafTlp tlp : CsafTlp.values()) {
      distributions.addObject().put("directory_url", directory(base, tlp));
    }
    ObjectNode rolie = distributions.addObject().putObject("rolie");
    ArrayNode feeds = rolie.putArray("feeds");
    ArrayNode categories = rolie.putArray("categories");
    for (CsafTlp tlp : CsafTlp.values()) {
      ObjectNode feed = feeds.addObject();
      feed.put(
          "summary",
          "All TLP:"
              + tlp.label()
              + " advisories of "
              + portalName
              + (tlp.isPublic() ? "." : " that the signed-in caller may see."));
      feed.put("tlp_label", tlp.label());
      feed.put("url", directory(base, tlp) + tlp.feedFileName());
      categories.add(directory(base, tlp) + tlp.categoryFileName());
    }
    rolie.putArray("services").add(base.resolve("service.json").toString());
    metadata.put("last_updated", timestamp(lastUpdated));
    metadata.put("list_on_CSAF_aggregators", listOnAggregators);
    metadata.put("metadata_version", "2.0");
    metadata.put("mirror_on_CSAF_aggregators", mirrorOnAggregators);
    ObjectNode key = metadata.putArray("public_openpgp_keys").addObject();
    key.put("fingerprint", fingerprint);
    key.put("url", base.resolve(publicKeyPath(fingerprint)).toString());
    ObjectNode pub = metadata.putObject("publisher");
    pub.put("category", publisher.category());
    if (publisher.contactDetails() != null && !publisher.contactDetails().isBlank()) {
      pub.put("contact_details", publisher.contactDetails());
    }
    pub.put("name", publisher.name());
    pub.put("namespace", publisher.namespace());
    metadata.put("role", "csaf_trusted_provider");
    return metadata;
  }

  /** Where the public key with this fingerprint is served, relative to {@code base}. */
  public static String publicKeyPath(String fingerprint) {
    return "openpgp/" + fingerprint + ".asc";
  }

  /**
   * A hash file (requirement 18): the hexadecimal hash first, then two spaces and the file name.
   */
  public static String hashFile(String hexHash, String fileName) {
    return hexHash + "  " + fileName + "\n";
  }

  /** RFC 3339 in UTC, as CSAF writes its dates, e.g. {@code 2020-07-01T10:09:07Z}. */
  public static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  private static String directory(URI base, CsafTlp tlp) {
    return base.resolve(tlp.directory() + "/").toString();
  }

  private static String feedTitle(String portalName, CsafTlp tlp) {
    return portalName + " CSAF feed (TLP:" + tlp.label() + ")";
  }

  private static String idOf(String portalName) {
    String id = portalName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    id = id.replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "portal" : id;
  }

  private static ArrayNode categories(CsafTlp tlp) {
    ArrayNode categories = JSON.createArrayNode();
    ObjectNode csaf = categories.addObject();
    csaf.put("scheme", ROLIE_INFORMATION_TYPE);
    csaf.put("term", "csaf");
    if (!tlp.isPublic()) {
      ObjectNode label = categories.addObject();
      label.put("scheme", TLP_SCHEME);
      label.put("term", tlp.label());
    }
    return categories;
  }

  private static void link(ArrayNode links, String rel, String href) {
    ObjectNode link = links.addObject();
    link.put("rel", rel);
    link.put("href", href);
  }

  private static String quoted(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
