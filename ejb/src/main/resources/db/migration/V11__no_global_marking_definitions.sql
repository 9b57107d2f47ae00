-- Marking definitions that objects refer to are known where the submitter may see them (in the
-- collection posted to, through the access policy), not because anyone stored them anywhere: the
-- global list of their ids answered that question for objects one may not see.
DROP TABLE stix_marking_definition;
