-- Risk per supplier (issue 10): which suppliers a consumer organization declares, which baseline
-- it measures them against, and one snapshot of each supplier's score per day for the trend.
-- Nothing here is marked: every row belongs to the consumer organization and only its members
-- read it; the scores are computed from what the consumer may see (org.scrmportal.risk).
CREATE SEQUENCE risk_seq START WITH 1 INCREMENT BY 50;

-- A supplier the consumer depends on, declared by one of its org admins or analysts.
CREATE TABLE supplier_dependency (
    id              BIGINT                   NOT NULL,
    consumer_org_id VARCHAR(63)              NOT NULL,
    supplier_org_id VARCHAR(63)              NOT NULL,
    declared_by     VARCHAR(256)             NOT NULL,
    declared_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_dependency_pk PRIMARY KEY (id),
    CONSTRAINT supplier_dependency_uk UNIQUE (consumer_org_id, supplier_org_id),
    CONSTRAINT supplier_dependency_consumer_fk FOREIGN KEY (consumer_org_id) REFERENCES organization (org_id),
    CONSTRAINT supplier_dependency_supplier_fk FOREIGN KEY (supplier_org_id) REFERENCES organization (org_id),
    CONSTRAINT supplier_dependency_self_ck CHECK (consumer_org_id <> supplier_org_id)
);

-- The baseline (an oscal_publication id, V15, kept by value: a publication is never deleted) a
-- consumer measures a supplier's attestations against; supplier_org_id '*' is its default.
CREATE TABLE risk_baseline (
    id              BIGINT                   NOT NULL,
    consumer_org_id VARCHAR(63)              NOT NULL,
    supplier_org_id VARCHAR(63)              NOT NULL,
    publication_id  BIGINT                   NOT NULL,
    chosen_by       VARCHAR(256)             NOT NULL,
    chosen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT risk_baseline_pk PRIMARY KEY (id),
    CONSTRAINT risk_baseline_uk UNIQUE (consumer_org_id, supplier_org_id),
    CONSTRAINT risk_baseline_consumer_fk FOREIGN KEY (consumer_org_id) REFERENCES organization (org_id)
);

-- A supplier's score for a consumer on one day (UTC), the last computed that day: written once a
-- day by a timer and whenever the score is read.
CREATE TABLE risk_snapshot (
    id              BIGINT                   NOT NULL,
    consumer_org_id VARCHAR(63)              NOT NULL,
    supplier_org_id VARCHAR(63)              NOT NULL,
    snapshot_day    DATE                     NOT NULL,
    score           INTEGER                  NOT NULL,
    score_value     DOUBLE PRECISION         NOT NULL,
    advisories      DOUBLE PRECISION         NOT NULL,
    sightings       DOUBLE PRECISION         NOT NULL,
    coverage        DOUBLE PRECISION         NOT NULL,
    computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT risk_snapshot_pk PRIMARY KEY (id),
    CONSTRAINT risk_snapshot_uk UNIQUE (consumer_org_id, supplier_org_id, snapshot_day),
    CONSTRAINT risk_snapshot_consumer_fk FOREIGN KEY (consumer_org_id) REFERENCES organization (org_id),
    CONSTRAINT risk_snapshot_score_ck CHECK (score BETWEEN 0 AND 100)
);
