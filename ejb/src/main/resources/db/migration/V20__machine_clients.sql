-- Machine clients (OAuth 2.0 client credentials) that an organization's admins registered through
-- the portal for their pollers: Keycloak holds the client and its secret (shown once at creation
-- and rotation, never stored here); this is the record of who registered what, and of revocation.
-- A revoked client's row stays, so that a token it obtained before is refused at its next request
-- (one lookup by primary key), and so that its client id is never given out again.
CREATE TABLE machine_client (
    client_id      VARCHAR(104)             NOT NULL,
    org_id         VARCHAR(63)              NOT NULL,
    name           VARCHAR(40)              NOT NULL,
    roles          VARCHAR(32)              NOT NULL,
    created_by     VARCHAR(256)             NOT NULL,
    created_by_sub VARCHAR(256)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at     TIMESTAMP WITH TIME ZONE,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_by     VARCHAR(256),
    CONSTRAINT machine_client_pk PRIMARY KEY (client_id),
    CONSTRAINT machine_client_org_fk FOREIGN KEY (org_id) REFERENCES organization (org_id),
    CONSTRAINT machine_client_name_uk UNIQUE (org_id, name),
    CONSTRAINT machine_client_roles_ck CHECK (roles IN ('consumer', 'submitter', 'consumer submitter')),
    CONSTRAINT machine_client_revoked_ck
        CHECK ((revoked_at IS NULL AND revoked_by IS NULL)
            OR (revoked_at IS NOT NULL AND revoked_by IS NOT NULL))
);
