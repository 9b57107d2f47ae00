-- Four eyes by two people: vetting proposals record who proposed and who decided by their stable
-- subject (the token's sub), besides the user names kept for display. Proposals made before this
-- migration have no subject; the application compares their user names, as before.
ALTER TABLE vetting_proposal ADD COLUMN proposed_by_sub VARCHAR(256);
ALTER TABLE vetting_proposal ADD COLUMN decided_by_sub VARCHAR(256);
-- User names can change and be reused: the database no longer compares them, it compares subjects.
ALTER TABLE vetting_proposal DROP CONSTRAINT vetting_proposal_four_eyes_ck;
ALTER TABLE vetting_proposal ADD CONSTRAINT vetting_proposal_four_eyes_ck
    CHECK (decided_by_sub IS NULL OR proposed_by_sub IS NULL OR decided_by_sub <> proposed_by_sub);
