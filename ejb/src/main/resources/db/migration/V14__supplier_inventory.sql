-- Suppliers, products and affected parties (issue 9): inventories, the product index of CSAF
-- advisories, and notices. Advisory ids refer to csaf_advisory (V12) by value: the index and the
-- notices are kept by the supplier capability and outlive nothing but their own rows.

-- What an organization depends on; private to it, shared through its marking like any object.
CREATE SEQUENCE supplier_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE supplier_inventory (
    id         BIGINT                   NOT NULL,
    org_id     VARCHAR(63)              NOT NULL,
    marking_id BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_inventory_pk PRIMARY KEY (id),
    CONSTRAINT supplier_inventory_org_uk UNIQUE (org_id),
    CONSTRAINT supplier_inventory_org_fk FOREIGN KEY (org_id) REFERENCES organization (org_id),
    CONSTRAINT supplier_inventory_marking_uk UNIQUE (marking_id),
    CONSTRAINT supplier_inventory_marking_fk FOREIGN KEY (marking_id) REFERENCES marking (id)
);

-- One component: declared, or read from a CycloneDX SBOM; keys for lookups by the matcher.
CREATE TABLE supplier_inventory_entry (
    id           BIGINT                   NOT NULL,
    inventory_id BIGINT                   NOT NULL,
    source       VARCHAR(300)             NOT NULL,
    supplier     VARCHAR(256),
    vendor       VARCHAR(256),
    name         VARCHAR(256)             NOT NULL,
    version      VARCHAR(128),
    purl         VARCHAR(1000),
    cpe          VARCHAR(1000),
    purl_key     VARCHAR(1000),
    cpe_key      VARCHAR(1000),
    name_key     VARCHAR(256)             NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_inventory_entry_pk PRIMARY KEY (id),
    CONSTRAINT supplier_inventory_entry_inventory_fk FOREIGN KEY (inventory_id) REFERENCES supplier_inventory (id)
);
CREATE INDEX supplier_inventory_entry_inventory_ix ON supplier_inventory_entry (inventory_id, id);
CREATE INDEX supplier_inventory_entry_purl_ix ON supplier_inventory_entry (purl_key);
CREATE INDEX supplier_inventory_entry_cpe_ix ON supplier_inventory_entry (cpe_key);
CREATE INDEX supplier_inventory_entry_name_ix ON supplier_inventory_entry (name_key);

-- Every full product name of every stored advisory revision, under the advisory's marking.
CREATE TABLE supplier_product (
    id            BIGINT        NOT NULL,
    advisory_id   BIGINT        NOT NULL,
    marking_id    BIGINT        NOT NULL,
    publisher_org VARCHAR(63)   NOT NULL,
    tracking_id   VARCHAR(1000) NOT NULL,
    title         VARCHAR(1000) NOT NULL,
    draft         BOOLEAN       NOT NULL,
    latest        BOOLEAN       NOT NULL,
    product_id    VARCHAR(1000) NOT NULL,
    name          VARCHAR(1000),
    vendor        VARCHAR(1000),
    product_name  VARCHAR(1000),
    version       VARCHAR(1000),
    version_range VARCHAR(1000),
    cpe           VARCHAR(1000),
    purl          VARCHAR(1000),
    hashes        VARCHAR(4000),
    relationship  VARCHAR(64),
    relates_to    VARCHAR(1000),
    purl_key      VARCHAR(1000),
    cpe_key       VARCHAR(1000),
    name_key      VARCHAR(1000),
    CONSTRAINT supplier_product_pk PRIMARY KEY (id),
    CONSTRAINT supplier_product_marking_fk FOREIGN KEY (marking_id) REFERENCES marking (id)
);
CREATE INDEX supplier_product_advisory_ix ON supplier_product (advisory_id);
CREATE INDEX supplier_product_tracking_ix ON supplier_product (publisher_org, tracking_id);
CREATE INDEX supplier_product_purl_ix ON supplier_product (purl_key);
CREATE INDEX supplier_product_cpe_ix ON supplier_product (cpe_key);
CREATE INDEX supplier_product_name_ix ON supplier_product (name_key);

-- Each vulnerability's status of a product: "<vulnerability key> <status>".
CREATE TABLE supplier_product_status (
    product_row_id BIGINT       NOT NULL,
    status         VARCHAR(1100) NOT NULL,
    CONSTRAINT supplier_product_status_fk FOREIGN KEY (product_row_id) REFERENCES supplier_product (id)
);
CREATE INDEX supplier_product_status_ix ON supplier_product_status (product_row_id);

-- An organization's inbox: one advisory vulnerability that affects one component of its inventory.
-- recipient_subject is set for TLP:RED advisories: only that named person sees the notice.
CREATE TABLE supplier_notice (
    id                BIGINT                   NOT NULL,
    org_id            VARCHAR(63)              NOT NULL,
    recipient_subject VARCHAR(256),
    marking_id        BIGINT                   NOT NULL,
    advisory_id       BIGINT                   NOT NULL,
    publisher_org     VARCHAR(63)              NOT NULL,
    tracking_id       VARCHAR(1000)            NOT NULL,
    title             VARCHAR(1000)            NOT NULL,
    vulnerability     VARCHAR(1000)            NOT NULL,
    cve               VARCHAR(64),
    entry_id          BIGINT                   NOT NULL,
    component         VARCHAR(1000)            NOT NULL,
    product_id        VARCHAR(1000)            NOT NULL,
    product_name      VARCHAR(1000)            NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    outcome           VARCHAR(32)              NOT NULL,
    read_at           TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_notice_pk PRIMARY KEY (id),
    CONSTRAINT supplier_notice_marking_fk FOREIGN KEY (marking_id) REFERENCES marking (id),
    CONSTRAINT supplier_notice_entry_fk FOREIGN KEY (entry_id) REFERENCES supplier_inventory_entry (id),
    CONSTRAINT supplier_notice_status_ck CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT supplier_notice_outcome_ck CHECK (outcome IN
        ('AFFECTED', 'POSSIBLY_AFFECTED', 'NOT_AFFECTED', 'FIXED', 'DISMISSED'))
);
CREATE INDEX supplier_notice_inbox_ix ON supplier_notice (org_id, status, created_at);
CREATE INDEX supplier_notice_entry_ix ON supplier_notice (entry_id);
CREATE INDEX supplier_notice_publisher_ix ON supplier_notice (publisher_org, vulnerability);
