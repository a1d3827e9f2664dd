-- Batches: inputs that arrived together (one multi-file upload, one hot-folder subfolder a day, the loose files of
-- the hot folder a day, or uploads that name the same batch). The dashboard reads progress from input_record.

CREATE TABLE batch (
    batch_id        VARCHAR(128) PRIMARY KEY,
    label           TEXT,                     -- subfolder name or the label an uploader gave; NULL = none
    channel         VARCHAR(32)  NOT NULL,    -- upload, hotfolder
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(128) NOT NULL,    -- API client name, or "hotfolder"
    expected_inputs INT                       -- known for a multi-file upload, else NULL
);
CREATE INDEX batch_created ON batch (created_at);

ALTER TABLE input_record ADD COLUMN batch_id VARCHAR(128);
CREATE INDEX input_record_batch ON input_record (batch_id);

-- A rejected input submitted again as a new input: at most one re-run per attempt (the primary key).
CREATE TABLE input_rerun (
    original_input_id VARCHAR(128) PRIMARY KEY,
    rerun_input_id    VARCHAR(128) NOT NULL UNIQUE,
    requested_by      VARCHAR(128) NOT NULL,
    requested_at      TIMESTAMPTZ  NOT NULL
);

-- The straight-through rate looks up documents by when they finished.
CREATE INDEX history_entry_at ON history_entry (owner_kind, at);
