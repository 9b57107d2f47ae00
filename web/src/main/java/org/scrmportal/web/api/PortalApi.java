package org.scrmportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The portal REST API; bearer tokens only (see the OIDC configuration resolver). Its classes are
 * listed so that the TAXII server's resources and error mappers stay out of it.
 */
@ApplicationPath("/api")
public class PortalApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        MeResource.class,
        OrganizationsResource.class,
        VettingResource.class,
        CommunitiesResource.class,
        AlertsResource.class,
        StixResource.class,
        InventoryResource.class,
        NoticesResource.class,
        CsafResource.class,
        RiskResource.class,
        BaselinesResource.class,
        BaselinesResource.InvalidOscal.class,
        ControlLinksResource.LinksResource.class,
        ControlLinksResource.MappingsResource.class,
        ControlLinksResource.InvalidMapping.class,
        AttestationsResource.class,
        FederationsResource.class,
        OnboardingResource.class,
        MachineClientsResource.class,
        ProblemMappers.HttpErrors.class,
        ProblemMappers.Refused.class,
        ProblemMappers.InvalidAdvisory.class,
        ProblemMappers.Invalid.class,
        ProblemMappers.Unreadable.class,
        ProblemMappers.AccessDenied.class,
        ProblemMappers.MetadataNotAccepted.class,
        ProblemMappers.InvalidSamlMetadata.class,
        ProblemMappers.KeycloakRefused.class,
        ProblemMappers.ServiceFailed.class,
        ProblemMappers.Unexpected.class);
  }
}
