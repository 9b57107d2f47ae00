-- Vetting, sharing communities, markings, and the first marked object (alerts).

ALTER TABLE organization ADD COLUMN suspended BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE organization ADD COLUMN contact_email VARCHAR(254);

-- Tier changes and suspensions take two operators: one proposes, another decides (four eyes).
CREATE TABLE vetting_proposal (
    id          VARCHAR(36)              NOT NULL,
    org_id      VARCHAR(63)              NOT NULL,
    action      VARCHAR(16)              NOT NULL,
    tier        VARCHAR(2),
    reason      VARCHAR(1000)            NOT NULL,
    proposed_by VARCHAR(256)             NOT NULL,
    proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    decided_by  VARCHAR(256),
    decided_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT vetting_proposal_pk PRIMARY KEY (id),
    CONSTRAINT vetting_proposal_org_fk FOREIGN KEY (org_id) REFERENCES organization (org_id),
    CONSTRAINT vetting_proposal_action_ck CHECK (action IN ('SET_TIER', 'SUSPEND', 'REINSTATE')),
    CONSTRAINT vetting_proposal_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT vetting_proposal_four_eyes_ck CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);
CREATE INDEX vetting_proposal_status_ix ON vetting_proposal (status, proposed_at);

-- ISO/IEC 27010 information sharing communities.
CREATE TABLE community (
    id              VARCHAR(36)              NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    purpose         VARCHAR(2000)            NOT NULL,
    owner_org_id    VARCHAR(63)              NOT NULL,
    members_visible BOOLEAN                  NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT community_pk PRIMARY KEY (id),
    CONSTRAINT community_name_uk UNIQUE (name),
    CONSTRAINT community_owner_fk FOREIGN KEY (owner_org_id) REFERENCES organization (org_id)
);

CREATE TABLE community_membership (
    id           VARCHAR(36)              NOT NULL,
    community_id VARCHAR(36)              NOT NULL,
    org_id       VARCHAR(63)              NOT NULL,
    state        VARCHAR(16)              NOT NULL,
    since        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT community_membership_pk PRIMARY KEY (id),
    CONSTRAINT community_membership_uk UNIQUE (community_id, org_id),
    CONSTRAINT community_membership_community_fk FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT community_membership_org_fk FOREIGN KEY (org_id) REFERENCES organization (org_id),
    CONSTRAINT community_membership_state_ck CHECK (state IN ('INVITED', 'REQUESTED', 'MEMBER'))
);
CREATE INDEX community_membership_org_ix ON community_membership (org_id, state, community_id);

-- A marking: TLP 2.0 level, optional minimum tier, author organization, audience.
CREATE SEQUENCE marking_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE marking (
    id            BIGINT      NOT NULL,
    tlp           VARCHAR(16) NOT NULL,
    min_tier      SMALLINT,
    author_org_id VARCHAR(63) NOT NULL,
    CONSTRAINT marking_pk PRIMARY KEY (id),
    CONSTRAINT marking_tlp_ck CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')),
    CONSTRAINT marking_min_tier_ck CHECK (min_tier BETWEEN 0 AND 3)
);
CREATE INDEX marking_tlp_ix ON marking (tlp, min_tier);
CREATE INDEX marking_author_ix ON marking (author_org_id);

CREATE TABLE marking_organization (
    marking_id BIGINT      NOT NULL,
    org_id     VARCHAR(63) NOT NULL,
    CONSTRAINT marking_organization_pk PRIMARY KEY (marking_id, org_id),
    CONSTRAINT marking_organization_marking_fk FOREIGN KEY (marking_id) REFERENCES marking (id) ON DELETE CASCADE
);
CREATE INDEX marking_organization_org_ix ON marking_organization (org_id, marking_id);

CREATE TABLE marking_community (
    marking_id   BIGINT      NOT NULL,
    community_id VARCHAR(36) NOT NULL,
    CONSTRAINT marking_community_pk PRIMARY KEY (marking_id, community_id),
    CONSTRAINT marking_community_marking_fk FOREIGN KEY (marking_id) REFERENCES marking (id) ON DELETE CASCADE
);
CREATE INDEX marking_community_community_ix ON marking_community (community_id, marking_id);

CREATE TABLE marking_person (
    marking_id BIGINT       NOT NULL,
    username   VARCHAR(256) NOT NULL,
    CONSTRAINT marking_person_pk PRIMARY KEY (marking_id, username),
    CONSTRAINT marking_person_marking_fk FOREIGN KEY (marking_id) REFERENCES marking (id) ON DELETE CASCADE
);
CREATE INDEX marking_person_username_ix ON marking_person (username, marking_id);

-- Who changed which marking, from what to what.
CREATE TABLE marking_change (
    id         VARCHAR(36)              NOT NULL,
    marking_id BIGINT                   NOT NULL,
    changed_by VARCHAR(256)             NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    loosened   BOOLEAN                  NOT NULL,
    old_value  VARCHAR(4000)            NOT NULL,
    new_value  VARCHAR(4000)            NOT NULL,
    CONSTRAINT marking_change_pk PRIMARY KEY (id),
    CONSTRAINT marking_change_marking_fk FOREIGN KEY (marking_id) REFERENCES marking (id)
);
CREATE INDEX marking_change_marking_ix ON marking_change (marking_id, changed_at);

-- Alerts: short notices an organization shares, the first kind of marked object.
CREATE TABLE alert (
    id              VARCHAR(36)              NOT NULL,
    title           VARCHAR(300)             NOT NULL,
    body            VARCHAR(20000)           NOT NULL,
    marking_id      BIGINT                   NOT NULL,
    author_username VARCHAR(256)             NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alert_pk PRIMARY KEY (id),
    CONSTRAINT alert_marking_uk UNIQUE (marking_id),
    CONSTRAINT alert_marking_fk FOREIGN KEY (marking_id) REFERENCES marking (id)
);
CREATE INDEX alert_created_ix ON alert (created, id);
