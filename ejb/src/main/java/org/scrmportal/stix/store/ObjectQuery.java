package org.scrmportal.stix.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.platform.DomainException;
import org.scrmportal.stix.Stix;
import org.scrmportal.stix.StixId;
import org.scrmportal.stix.StixTimestamp;

/**
 * The filters of a TAXII 2.1 request (section 3.4): {@code added_after}, {@code match[id]}, {@code
 * match[type]}, {@code match[version]}, {@code match[spec_version]}, with {@code limit} and the
 * cursor {@code next}. Built from the query parameters' text, refusing what does not parse.
 *
 * <p>{@code text} is no TAXII parameter: the portal's own pages search the objects' JSON with it;
 * {@link #parse} never sets it.
 *
 * @param addedAfter only objects added after this instant
 * @param ids only these object ids (none: any)
 * @param types only these types (none: any)
 * @param versions which versions of each object
 * @param specVersions only these spec versions (none: any)
 * @param limit the most objects in the page
 * @param after where the previous page ended
 * @param text only objects whose JSON contains this text, ignoring case (the portal's pages only)
 */
public record ObjectQuery(
    Optional<Instant> addedAfter,
    Set<String> ids,
    Set<String> types,
    VersionMatch versions,
    Set<String> specVersions,
    int limit,
    Optional<Cursor> after,
    Optional<String> text) {

  /** The page size when the client names none. */
  public static final int DEFAULT_LIMIT = 100;

  /** The largest page served (TAXII 2.1 section 3.4.1: the server may lower a client's limit). */
  public static final int MAX_LIMIT = 1000;

  /** The longest text searched for. */
  public static final int MAX_TEXT = 200;

  public ObjectQuery {
    Objects.requireNonNull(addedAfter, "addedAfter");
    ids = Set.copyOf(ids);
    types = Set.copyOf(types);
    Objects.requireNonNull(versions, "versions");
    specVersions = Set.copyOf(specVersions);
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(text, "text");
    if (limit < 1) {
      throw invalid("limit must be a positive integer");
    }
  }

  /** Every version of every object, from the start: for exports and the object pages. */
  public static ObjectQuery all(int limit) {
    return new ObjectQuery(
        Optional.empty(),
        Set.of(),
        Set.of(),
        VersionMatch.ALL,
        Set.of(),
        limit,
        Optional.empty(),
        Optional.empty());
  }

  /** The same query for the versions of one object. */
  public ObjectQuery forObject(String id) {
    return new ObjectQuery(
        addedAfter, Set.of(id), types, versions, specVersions, limit, after, text);
  }

  /** The same query, {@code match[version]} set to {@code versions}. */
  public ObjectQuery withVersions(VersionMatch match) {
    return new ObjectQuery(addedAfter, ids, types, match, specVersions, limit, after, text);
  }

  /** The same query, at most {@code max} objects a page. */
  public ObjectQuery withLimit(int max) {
    return new ObjectQuery(addedAfter, ids, types, versions, specVersions, max, after, text);
  }

  /** The same query, continuing after {@code cursor}. */
  public ObjectQuery after(Cursor cursor) {
    return new ObjectQuery(
        addedAfter, ids, types, versions, specVersions, limit, Optional.of(cursor), text);
  }

  /**
   * The same query, only for objects whose JSON contains {@code search} (ignoring case); none when
   * it is null or blank. For the portal's pages, not a TAXII filter.
   *
   * @throws DomainException INVALID when it is longer than {@link #MAX_TEXT}
   */
  public ObjectQuery withText(String search) {
    Optional<String> value =
        Optional.ofNullable(search).map(String::strip).filter(t -> !t.isEmpty());
    if (value.isPresent() && value.get().length() > MAX_TEXT) {
      throw invalid("the search text is at most " + MAX_TEXT + " characters");
    }
    return new ObjectQuery(addedAfter, ids, types, versions, specVersions, limit, after, value);
  }

  /**
   * A parser of the query parameters as they came, each named (null when absent): {@code
   * ObjectQuery.text(VersionMatch.LAST).addedAfter(a).limit(l).ids(i).parse()}.
   *
   * @param defaultVersions {@code match[version]} when absent: {@code last} for objects and
   *     manifests, {@code all} for the versions resource (section 5.8)
   */
  public static Text text(VersionMatch defaultVersions) {
    return new Text(Objects.requireNonNull(defaultVersions, "defaultVersions"));
  }

  /** The filters' text, set by name, then {@link #parse}d. */
  public static final class Text {
    private final VersionMatch defaultVersions;
    private String addedAfter;
    private String limit;
    private String next;
    private String ids;
    private String types;
    private String versions;
    private String specVersions;

    private Text(VersionMatch defaultVersions) {
      this.defaultVersions = defaultVersions;
    }

    public Text addedAfter(String value) {
      this.addedAfter = value;
      return this;
    }

    public Text limit(String value) {
      this.limit = value;
      return this;
    }

    public Text next(String value) {
      this.next = value;
      return this;
    }

    /** {@code match[id]}: comma-separated. */
    public Text ids(String value) {
      this.ids = value;
      return this;
    }

    /** {@code match[type]}: comma-separated. */
    public Text types(String value) {
      this.types = value;
      return this;
    }

    /** {@code match[version]}. */
    public Text versions(String value) {
      this.versions = value;
      return this;
    }

    /** {@code match[spec_version]}. */
    public Text specVersions(String value) {
      this.specVersions = value;
      return this;
    }

    /**
     * The query.
     *
     * @throws DomainException INVALID naming the parameter that does not parse
     */
    public ObjectQuery parse() {
      Optional<Instant> after =
          addedAfter == null
              ? Optional.empty()
              : Optional.of(
                  StixTimestamp.tryParse(addedAfter)
                      .orElseThrow(
                          () ->
                              invalid(
                                  "added_after must be a timestamp such as"
                                      + " 2024-01-02T03:04:05.678Z"))
                      .instant());
      int pageSize = DEFAULT_LIMIT;
      if (limit != null) {
        try {
          pageSize = Math.min(MAX_LIMIT, Integer.parseInt(limit.trim()));
        } catch (NumberFormatException e) {
          throw invalid("limit must be a positive integer");
        }
      }
      Set<String> idSet = split(ids);
      for (String id : idSet) {
        if (StixId.problem(id).isPresent()) {
          throw invalid("match[id]: " + StixId.problem(id).get());
        }
      }
      Set<String> typeSet = split(types);
      for (String type : typeSet) {
        if (StixId.typeProblem(type).isPresent()) {
          throw invalid("match[type]: " + StixId.typeProblem(type).get());
        }
      }
      VersionMatch match = versions == null ? defaultVersions : VersionMatch.parse(versions);
      Set<String> specs = split(specVersions);
      return new ObjectQuery(
          after,
          idSet,
          typeSet,
          match,
          specs,
          pageSize,
          next == null ? Optional.empty() : Optional.of(Cursor.parse(next)),
          Optional.empty());
    }
  }

  /** Whether the query can match anything here: every stored object is STIX 2.1. */
  boolean matchesStoredSpecVersion() {
    return specVersions.isEmpty() || specVersions.contains(Stix.SPEC_VERSION);
  }

  private static Set<String> split(String values) {
    if (values == null) {
      return Set.of();
    }
    List<String> parts =
        List.of(values.split(",")).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    if (parts.isEmpty()) {
      throw invalid("a match[] filter needs at least one value");
    }
    return Set.copyOf(parts);
  }

  static DomainException invalid(String message) {
    return new DomainException(DomainException.Kind.INVALID, message);
  }
}
