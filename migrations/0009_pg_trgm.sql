-- Trigram matching for fuzzy person search (people.search_key). A trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
