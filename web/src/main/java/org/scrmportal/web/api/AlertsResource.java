package org.scrmportal.web.api;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.scrmportal.access.Decision;
import org.scrmportal.alert.Alert;
import org.scrmportal.alert.AlertService;
import org.scrmportal.identity.People;
import org.scrmportal.platform.DomainException;

/**
 * {@code /api/alerts}: short notices shared under TLP 2.0 markings. Listings hold only what the
 * caller may see (operators also see that other alerts exist, without their content).
 */
@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

  /** A new alert. */
  public record NewAlert(
      @NotBlank(message = "title is required")
          @Size(max = 300, message = "title is at most 300 characters")
          String title,
      @NotBlank(message = "body is required")
          @Size(max = 20000, message = "body is at most 20000 characters")
          String body,
      @NotNull(message = "marking is required") @Valid MarkingView marking) {}

  /** An alert as the caller may see it; {@code body} is null where only its metadata is visible. */
  public record AlertView(
      String id,
      String title,
      String body,
      boolean contentVisible,
      String author,
      String authorOrganization,
      Instant created,
      MarkingView marking) {

    static AlertView of(AlertService.Seen seen, People people) {
      Alert a = seen.alert();
      boolean content = seen.contentVisible();
      return new AlertView(
          a.id(),
          a.title(),
          content ? a.body() : null,
          content,
          a.authorUsername(),
          a.marking().author().value(),
          a.created(),
          MarkingView.of(a.marking(), people));
    }
  }

  /** A page: {@code next} is the cursor of the following page while {@code more} is true. */
  public record AlertPage(List<AlertView> alerts, long total, boolean more, String next) {}

  @EJB AlertService alerts;

  @EJB People people;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(@NotNull(message = "a body is required") @Valid NewAlert alert) {
    AlertService.Seen created =
        alerts.publish(alert.title(), alert.body(), alert.marking().toRequest());
    return Response.created(URI.create("alerts/" + created.alert().id()))
        .entity(AlertView.of(created, people))
        .build();
  }

  @GET
  public AlertPage list(
      @QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("next") String next) {
    Instant afterCreated = null;
    String afterId = null;
    if (next != null) {
      String[] cursor = decode(next);
      afterCreated = Instant.parse(cursor[0]);
      afterId = cursor[1];
    }
    AlertService.Page page = alerts.list(afterCreated, afterId, limit);
    List<AlertView> views = page.alerts().stream().map(a -> AlertView.of(a, people)).toList();
    String cursor = page.more() ? encode(views.get(views.size() - 1)) : null;
    return new AlertPage(views, page.total(), page.more(), cursor);
  }

  @GET
  @Path("{id}")
  public AlertView get(@PathParam("id") String id) {
    return alerts
        .find(id)
        .map(a -> AlertView.of(a, people))
        .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "No such alert"));
  }

  /** Why the caller can or cannot see the alert's content. */
  @GET
  @Path("{id}/explain")
  public Decision explain(@PathParam("id") String id) {
    return alerts.explain(id);
  }

  @PUT
  @Path("{id}/marking")
  @Consumes(MediaType.APPLICATION_JSON)
  public AlertView changeMarking(
      @PathParam("id") String id,
      @NotNull(message = "a marking is required") @Valid MarkingView marking) {
    return AlertView.of(alerts.changeMarking(id, marking.toRequest()), people);
  }

  private static String encode(AlertView last) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((last.created() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
  }

  private static String[] decode(String next) {
    try {
      String[] cursor =
          new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8).split("\\|", 2);
      Instant.parse(cursor[0]);
      if (cursor.length != 2) {
        throw new IllegalArgumentException();
      }
      return cursor;
    } catch (RuntimeException e) {
      throw new DomainException(
          DomainException.Kind.INVALID, "next is not a cursor this API issued");
    }
  }
}
