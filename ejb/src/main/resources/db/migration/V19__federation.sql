-- Federation (issue 11): SAML federations whose signed metadata aggregates list identity providers,
-- the providers listed by the last aggregate that verified, proposals (four eyes) to admit one of
-- them (or an OpenID Connect provider) as a member organization, and the identity providers the
-- portal registered in its Keycloak realm for admitted organizations.
CREATE SEQUENCE federation_seq START WITH 1 INCREMENT BY 50;

-- A federation an operator registered: where its aggregate comes from (a URL, or uploads only), the
-- certificate its aggregates must be signed with, and what the last accepted aggregate said.
CREATE TABLE federation (
    id                     VARCHAR(36)              NOT NULL,
    name                   VARCHAR(128)             NOT NULL,
    metadata_url           VARCHAR(2048),
    certificate_pem        VARCHAR(16384)           NOT NULL,
    registered_by          VARCHAR(256)             NOT NULL,
    registered_by_sub      VARCHAR(256)             NOT NULL,
    registered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    aggregate_name         VARCHAR(1024),
    fetched_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until            TIMESTAMP WITH TIME ZONE NOT NULL,
    cache_duration_seconds BIGINT,
    next_refresh           TIMESTAMP WITH TIME ZONE NOT NULL,
    aggregate_sha256       VARCHAR(64)              NOT NULL,
    listed_count           INTEGER                  NOT NULL,
    last_error             VARCHAR(4000),
    last_error_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT federation_pk PRIMARY KEY (id),
    CONSTRAINT federation_name_uk UNIQUE (name),
    CONSTRAINT federation_cache_ck CHECK (cache_duration_seconds IS NULL OR cache_duration_seconds >= 0)
);

CREATE INDEX federation_next_refresh_ix ON federation (next_refresh);

-- An identity provider the federation's last accepted aggregate listed; replaced wholesale at each
-- accepted aggregate. The lists (entity categories, endpoints, certificates ...) are kept as JSON.
CREATE TABLE listed_identity_provider (
    id                        BIGINT        NOT NULL,
    federation_id             VARCHAR(36)   NOT NULL,
    entity_id                 VARCHAR(1024) NOT NULL,
    organization_name         VARCHAR(1024),
    organization_display_name VARCHAR(1024),
    registration_authority    VARCHAR(1024),
    details                   VARCHAR(65536) NOT NULL,
    CONSTRAINT listed_identity_provider_pk PRIMARY KEY (id),
    CONSTRAINT listed_identity_provider_uk UNIQUE (federation_id, entity_id),
    CONSTRAINT listed_identity_provider_federation_fk FOREIGN KEY (federation_id) REFERENCES federation (id)
);

-- A proposal to admit an identity provider as a member organization: one operator proposes, a
-- different operator (another subject; people only) approves or rejects. The federation's
-- attributes are recorded as they were when it was proposed (what the approver is shown); the OIDC
-- client secret is kept only until the decision.
CREATE TABLE onboarding (
    id                       VARCHAR(36)              NOT NULL,
    protocol                 VARCHAR(8)               NOT NULL,
    federation_id            VARCHAR(36),
    provider_id              VARCHAR(1024)            NOT NULL,
    org_id                   VARCHAR(63)              NOT NULL,
    org_name                 VARCHAR(256)             NOT NULL,
    org_type                 VARCHAR(32)              NOT NULL,
    tier                     VARCHAR(2)               NOT NULL,
    sector                   VARCHAR(64),
    country                  VARCHAR(2)               NOT NULL,
    roles                    VARCHAR(64)              NOT NULL,
    reason                   VARCHAR(1000)            NOT NULL,
    registration_authority   VARCHAR(1024),
    assurance_certifications VARCHAR(8000),
    entity_categories        VARCHAR(8000),
    federation_org_name      VARCHAR(1024),
    authorization_url        VARCHAR(2048),
    token_url                VARCHAR(2048),
    jwks_url                 VARCHAR(2048),
    userinfo_url             VARCHAR(2048),
    client_id                VARCHAR(256),
    client_secret            VARCHAR(1024),
    proposed_by              VARCHAR(256)             NOT NULL,
    proposed_by_sub          VARCHAR(256)             NOT NULL,
    proposed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    status                   VARCHAR(16)              NOT NULL,
    decided_by               VARCHAR(256),
    decided_by_sub           VARCHAR(256),
    decided_at               TIMESTAMP WITH TIME ZONE,
    alias                    VARCHAR(80),
    CONSTRAINT onboarding_pk PRIMARY KEY (id),
    CONSTRAINT onboarding_federation_fk FOREIGN KEY (federation_id) REFERENCES federation (id),
    CONSTRAINT onboarding_protocol_ck CHECK (protocol IN ('SAML', 'OIDC')),
    CONSTRAINT onboarding_saml_ck CHECK (protocol <> 'SAML' OR federation_id IS NOT NULL),
    CONSTRAINT onboarding_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT onboarding_type_ck CHECK (org_type IN ('company', 'agency', 'standards-body', 'operator')),
    CONSTRAINT onboarding_tier_ck CHECK (tier IN ('T0', 'T1', 'T2', 'T3')),
    CONSTRAINT onboarding_four_eyes_ck CHECK (decided_by_sub IS NULL OR decided_by_sub <> proposed_by_sub),
    CONSTRAINT onboarding_secret_ck CHECK (status = 'PENDING' OR client_secret IS NULL)
);

CREATE INDEX onboarding_status_ix ON onboarding (status, proposed_at);

-- An identity provider registered in the Keycloak realm for an admitted organization; disabled
-- while the organization is suspended.
CREATE TABLE identity_provider_link (
    alias         VARCHAR(80)              NOT NULL,
    org_id        VARCHAR(63)              NOT NULL,
    protocol      VARCHAR(8)               NOT NULL,
    provider_id   VARCHAR(1024)            NOT NULL,
    federation_id VARCHAR(36),
    onboarding_id VARCHAR(36)              NOT NULL,
    enabled       BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT identity_provider_link_pk PRIMARY KEY (alias),
    CONSTRAINT identity_provider_link_provider_uk UNIQUE (provider_id),
    CONSTRAINT identity_provider_link_org_fk FOREIGN KEY (org_id) REFERENCES organization (org_id),
    CONSTRAINT identity_provider_link_onboarding_fk FOREIGN KEY (onboarding_id) REFERENCES onboarding (id),
    CONSTRAINT identity_provider_link_protocol_ck CHECK (protocol IN ('SAML', 'OIDC'))
);

CREATE INDEX identity_provider_link_org_ix ON identity_provider_link (org_id);
