-- Member organizations, registered just in time from the first valid token that names them.
CREATE TABLE organization (
    org_id     VARCHAR(63)              NOT NULL,
    name       VARCHAR(256)             NOT NULL,
    org_type   VARCHAR(32)              NOT NULL,
    tier       VARCHAR(2)               NOT NULL,
    sector     VARCHAR(64),
    country    VARCHAR(2)               NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organization_pk PRIMARY KEY (org_id),
    CONSTRAINT organization_type_ck CHECK (org_type IN ('company', 'agency', 'standards-body', 'operator')),
    CONSTRAINT organization_tier_ck CHECK (tier IN ('T0', 'T1', 'T2', 'T3'))
);

CREATE INDEX organization_name_ix ON organization (name);
