-- The STIX store, second version: an object version is stored once per collection, and every
-- organization that shares it adds a share of its own, with its own marking. A viewer sees a
-- version when any of its shares permits it (the access policy decides, share by share).

CREATE TABLE stix_share (
    object_seq   BIGINT                   NOT NULL,
    org_id       VARCHAR(63)              NOT NULL,
    marking_id   BIGINT                   NOT NULL,
    submitted_by VARCHAR(256)             NOT NULL,
    shared_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stix_share_pk PRIMARY KEY (object_seq, org_id),
    CONSTRAINT stix_share_object_fk FOREIGN KEY (object_seq) REFERENCES stix_object (seq) ON DELETE CASCADE,
    CONSTRAINT stix_share_marking_fk FOREIGN KEY (marking_id) REFERENCES marking (id)
);

-- every stored version so far was shared by one organization
INSERT INTO stix_share (object_seq, org_id, marking_id, submitted_by, shared_at)
SELECT seq, author_org_id, marking_id, submitted_by, date_added FROM stix_object;

ALTER TABLE stix_object DROP CONSTRAINT stix_object_marking_fk;
ALTER TABLE stix_object DROP COLUMN marking_id;
ALTER TABLE stix_object DROP COLUMN author_org_id;
ALTER TABLE stix_object DROP COLUMN submitted_by;

-- Unversioned objects (observables, STIX 2.1 section 2.9) shared by several organizations with
-- other optional properties are kept side by side: (collection, id, version) is no longer unique,
-- identical content is (the single writer stores each distinct content once).
ALTER TABLE stix_object DROP CONSTRAINT stix_object_version_uk;
CREATE INDEX stix_object_version_ix ON stix_object (collection_id, object_id, version);

-- Status details are kept whole (gzip-compressed JSON): a client checks that the lists match the
-- counts (TAXII 2.1 section 4.3.1), and envelopes hold tens of thousands of objects.
ALTER TABLE taxii_status DROP COLUMN details;
ALTER TABLE taxii_status ADD COLUMN details BYTEA;
