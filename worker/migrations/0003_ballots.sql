-- Migration number: 0003 	 ballots and appraisers (issue 16, decision 0026)

-- The last correction of a recorded round, JSON {"reason","at","by"}; null while it was never corrected.
-- Every correction, with the values it replaced, is in the audit log (`vote.correct`).
ALTER TABLE votes ADD COLUMN correction TEXT CHECK (correction IS NULL OR json_valid(correction));

-- Who appraised each criterion of a sheet, JSON {criterion: {"label","unit","role","at"}}: `unit` is the
-- appraising lead unit (null for the secretariat). The consolidated sheet and the snapshot name the author
-- of every changed score, and flag the changes a candidate of the group's ballot made to its rivals' sheets.
ALTER TABLE sheets ADD COLUMN appraisers TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(appraisers));
