-- The CSAF trusted provider (CSAF 2.0 section 7): the portal's OpenPGP signing key and its
-- detached signatures over the advisories it serves.

-- The key generated on first start, unless one is configured (scrm.csaf.signing-key.file). One row:
-- its primary key is always 'portal', so when two nodes start at once only one insert succeeds,
-- and the other node reads and uses the winner's key.
CREATE TABLE csaf_signing_key (
    name        VARCHAR(16)              NOT NULL,
    fingerprint VARCHAR(64)              NOT NULL,
    secret_key  VARCHAR(65536)           NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT csaf_signing_key_pk PRIMARY KEY (name),
    CONSTRAINT csaf_signing_key_one_ck CHECK (name = 'portal')
);

-- The .asc of each served document, made once: by content (its SHA-512) and signing key, so that a
-- document is never signed again and a new key signs afresh.
CREATE TABLE csaf_signature (
    fingerprint VARCHAR(64)              NOT NULL,
    sha512      VARCHAR(128)             NOT NULL,
    signature   VARCHAR(16384)           NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT csaf_signature_pk PRIMARY KEY (fingerprint, sha512)
);
