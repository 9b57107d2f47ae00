-- People are compared by their stable subject (the token's sub), not by user name, which can change
-- and pass to someone else: TLP:RED audiences name subjects, and a TAXII status belongs to the
-- subject that submitted it.

-- The people who have signed in (never machine clients), recorded at sign-in: a user name belongs
-- to the latest person who signed in with it (an earlier holder's is set to null).
CREATE TABLE person (
    subject      VARCHAR(256)             NOT NULL,
    username     VARCHAR(256),
    display_name VARCHAR(256)             NOT NULL,
    org_id       VARCHAR(63),
    last_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT person_pk PRIMARY KEY (subject),
    CONSTRAINT person_username_uk UNIQUE (username)
);

-- The only pairs of user name and subject recorded so far are those of the operators in the
-- vetting record (V6). Those that are unambiguous (one user name for the subject, one subject for
-- the user name) seed the table; the next sign-in completes their display name and organization.
INSERT INTO person (subject, username, display_name, org_id, last_seen)
SELECT h.sub, MIN(h.name), MIN(h.name), NULL, MAX(h.seen)
FROM (SELECT proposed_by_sub AS sub, proposed_by AS name, proposed_at AS seen
      FROM vetting_proposal WHERE proposed_by_sub IS NOT NULL
      UNION ALL
      SELECT decided_by_sub, decided_by, decided_at
      FROM vetting_proposal WHERE decided_by_sub IS NOT NULL) h
GROUP BY h.sub
HAVING COUNT(DISTINCT h.name) = 1
   AND MIN(h.name) NOT IN (
       SELECT n.name
       FROM (SELECT proposed_by_sub AS sub, proposed_by AS name
             FROM vetting_proposal WHERE proposed_by_sub IS NOT NULL
             UNION ALL
             SELECT decided_by_sub, decided_by
             FROM vetting_proposal WHERE decided_by_sub IS NOT NULL) n
       GROUP BY n.name
       HAVING COUNT(DISTINCT n.sub) > 1);

-- TLP:RED audiences name subjects. Existing rows named user names: those the person table knows
-- become subjects; the others stay as they were and match no one, so such a TLP:RED object shows
-- to its author organization only until the author marks it again with people who have signed in.
ALTER TABLE marking_person RENAME COLUMN username TO subject;
ALTER INDEX marking_person_username_ix RENAME TO marking_person_subject_ix;
UPDATE marking_person
SET subject = (SELECT p.subject FROM person p WHERE p.username = marking_person.subject)
WHERE EXISTS (SELECT 1 FROM person p WHERE p.username = marking_person.subject);

-- A status belongs to the subject that submitted it (a person or a machine client); requested_by
-- keeps the user name for display. Statuses from before this migration have no subject: only their
-- organization reads them.
ALTER TABLE taxii_status ADD COLUMN requested_by_sub VARCHAR(256);
