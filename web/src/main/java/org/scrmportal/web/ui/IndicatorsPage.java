package org.scrmportal.web.ui;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.scrmportal.platform.DomainException;
import org.scrmportal.platform.TlpLevel;
import org.scrmportal.stix.Stix;
import org.scrmportal.stix.store.Cursor;
import org.scrmportal.stix.store.ObjectQuery;
import org.scrmportal.stix.store.ObjectRow;
import org.scrmportal.stix.store.VersionMatch;
import org.scrmportal.taxii.TaxiiService;

/**
 * The indicators page: the latest version of every STIX object the caller may see in a collection,
 * filtered by type, date added, id and free text, a keyset page at a time; and the same objects as
 * a STIX bundle to download. The filters come as query parameters, so every page is a link.
 */
@Named
@RequestScoped
public class IndicatorsPage {

  /** Objects on one page. */
  static final int PAGE_SIZE = 50;

  /** One object as the table shows it. */
  public record Row(
      String type, String name, String id, String version, Instant dateAdded, TlpLevel tlp) {

    static Row of(ObjectRow row, TlpLevel tlp) {
      return new Row(
          row.type(),
          StixDisplay.name(row.json()).orElse(null),
          row.objectId(),
          row.version(),
          row.dateAdded(),
          tlp);
    }
  }

  @EJB TaxiiService taxii;

  private String collection;
  private String type;
  private String addedAfter;
  private String objectId;
  private String text;
  private String next;

  private List<TaxiiService.CollectionAccess> readable;
  private TaxiiService.Page page;
  private List<Row> rows = List.of();

  /** The collections the caller may read, the choices of the collection filter. */
  public List<TaxiiService.CollectionAccess> getCollections() {
    if (readable == null) {
      readable =
          taxii.collections().stream().filter(TaxiiService.CollectionAccess::canRead).toList();
    }
    return readable;
  }

  /** Reads the page the query parameters ask for (the view action of a GET). */
  public void load() {
    if (Pages.blankToNull(collection) == null) {
      collection = getCollections().stream().findFirst().map(c -> c.collection().id()).orElse(null);
    }
    if (collection == null) {
      Pages.message(FacesMessage.SEVERITY_INFO, "There is no collection you may read.");
      return;
    }
    try {
      page = taxii.objects(collection, query());
      var levels = taxii.levels(page.rows());
      rows = page.rows().stream().map(r -> Row.of(r, levels.get(r.seq()))).toList();
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  private ObjectQuery query() {
    return ObjectQuery.text(VersionMatch.LAST)
        .addedAfter(StixDisplay.addedAfter(addedAfter))
        .limit(String.valueOf(PAGE_SIZE))
        .next(Pages.blankToNull(next))
        .ids(Pages.blankToNull(objectId))
        .types(Pages.blankToNull(type))
        .parse()
        .withText(text);
  }

  /**
   * Sends the objects that match the filters (all pages, up to {@link TaxiiService#MAX_EXPORT}) as
   * one STIX bundle with the TLP 2.0 marking definitions, for download.
   */
  public void export() {
    FacesContext faces = FacesContext.getCurrentInstance();
    TaxiiService.Export export;
    try {
      export =
          taxii.export(
              collection,
              ObjectQuery.text(VersionMatch.LAST)
                  .addedAfter(StixDisplay.addedAfter(addedAfter))
                  .ids(Pages.blankToNull(objectId))
                  .types(Pages.blankToNull(type))
                  .parse()
                  .withText(text),
              TaxiiService.MAX_EXPORT);
    } catch (DomainException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      load();
      return;
    } catch (EJBAccessException e) {
      Pages.message(FacesMessage.SEVERITY_ERROR, "Your roles do not allow this.");
      return;
    }
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType(Stix.MEDIA_TYPE);
    response.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"scrm-" + collection + ".json\"");
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(response.getResponseOutputStream(), StandardCharsets.UTF_8))) {
      taxii.writeBundle(export, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public List<Row> getRows() {
    return rows;
  }

  /** Where the next page starts, or null on the last page. */
  public String getNextCursor() {
    return page != null && page.more() ? page.next().map(Cursor::text).orElse(null) : null;
  }

  /** Whether this is a later page (so that the first is a link away). */
  public boolean isLaterPage() {
    return Pages.blankToNull(next) != null;
  }

  /** The choices of the type filter. */
  public List<String> getTypes() {
    return StixDisplay.TYPES;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  public int getMaxExport() {
    return TaxiiService.MAX_EXPORT;
  }

  public String getCollection() {
    return collection;
  }

  public void setCollection(String collection) {
    this.collection = collection;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getAddedAfter() {
    return addedAfter;
  }

  public void setAddedAfter(String addedAfter) {
    this.addedAfter = addedAfter;
  }

  public String getObjectId() {
    return objectId;
  }

  public void setObjectId(String objectId) {
    this.objectId = objectId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
