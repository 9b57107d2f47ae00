package org.scrmportal.web.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.scrmportal.identity.RealmAdmin.RealmAdminException;
import org.scrmportal.identity.federation.MetadataRefused;
import org.scrmportal.identity.federation.saml.InvalidMetadata;
import org.scrmportal.platform.DomainException;

/**
 * What the federation and machine-client pages say when a service refuses: the domain's reason,
 * every problem of SAML metadata refused, or that Keycloak refused (nothing was changed), also
 * where the container wrapped the refusal in an {@link EJBException}.
 */
final class ServiceOutcomes {

  /** A refusal as the page shows it: a message and, for metadata, every problem. */
  record Refusal(String message, List<String> problems) {}

  private ServiceOutcomes() {}

  /**
   * The refusal {@code e} stands for, or empty when it is not one the pages explain (a fault of
   * ours, left to the error page).
   */
  static Optional<Refusal> refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MetadataRefused refused) {
        return Optional.of(new Refusal(refused.getMessage(), refused.problems()));
      }
      if (t instanceof InvalidMetadata invalid) {
        return Optional.of(
            new Refusal(
                "The metadata was not accepted; nothing was stored.",
                invalid.problems() == null ? List.of() : List.copyOf(invalid.problems())));
      }
      if (t instanceof DomainException refused) {
        return Optional.of(new Refusal(refused.getMessage(), List.of()));
      }
      if (t instanceof EJBAccessException) {
        return Optional.of(new Refusal("Your roles do not allow this.", List.of()));
      }
      if (t instanceof RealmAdminException) {
        return Optional.of(
            new Refusal(
                "Keycloak refused the change or could not be reached; nothing was changed. Try"
                    + " again later.",
                List.of()));
      }
      if (!(t instanceof EJBException)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code action}: its result, or null after showing why it was refused (the problems of
   * refused metadata go to {@code problems}). Faults of ours propagate.
   */
  static <T> T attempt(Supplier<T> action, Consumer<List<String>> problems) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      Refusal refusal = refusal(e).orElseThrow(() -> e);
      Pages.message(FacesMessage.SEVERITY_ERROR, refusal.message());
      problems.accept(refusal.problems());
      return null;
    }
  }

  /** As {@link Pages#attempt}: post-redirect-get to the same page saying {@code done}. */
  static String attemptAndReload(Runnable action, String done) {
    Boolean ok =
        attempt(
            () -> {
              action.run();
              return Boolean.TRUE;
            },
            ignored -> {});
    if (ok == null) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Pages.message(FacesMessage.SEVERITY_INFO, done);
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
