-- Edit distance for correcting misspelt name tokens (people search). A trusted extension.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
