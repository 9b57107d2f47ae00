package org.scrmportal.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.scrmportal.supplier.Notice;
import org.scrmportal.supplier.Notices;

/**
 * {@code /api/notices}: the caller organization's open notices of advisories that affect its
 * inventory (only while the caller may see the advisory); {@code POST /{id}/read} marks one read,
 * {@code POST /{id}/close} closes it.
 */
@Path("/notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

  /** A notice on the wire. */
  public record NoticeView(
      long id,
      long advisoryId,
      String publisher,
      String trackingId,
      String title,
      String vulnerability,
      String cve,
      String productId,
      String productName,
      String component,
      String status,
      String outcome,
      boolean read,
      Instant createdAt,
      Instant updatedAt) {
    static NoticeView of(Notice n) {
      return new NoticeView(
          n.id(),
          n.advisoryId(),
          n.publisher().value(),
          n.trackingId(),
          n.title(),
          n.vulnerability(),
          n.cve(),
          n.productId(),
          n.productName(),
          n.component(),
          n.status().name(),
          n.outcome().name(),
          n.read(),
          n.createdAt(),
          n.updatedAt());
    }
  }

  /** The open notices and how many there are. */
  public record Inbox(long open, List<NoticeView> notices) {}

  @EJB Notices notices;

  @GET
  public Inbox open() {
    List<NoticeView> open = notices.open().stream().map(NoticeView::of).toList();
    return new Inbox(open.size(), open);
  }

  @POST
  @Path("{id}/read")
  public NoticeView read(@PathParam("id") long id) {
    return NoticeView.of(notices.markRead(id));
  }

  @POST
  @Path("{id}/close")
  public NoticeView close(@PathParam("id") long id) {
    return NoticeView.of(notices.dismiss(id));
  }
}
