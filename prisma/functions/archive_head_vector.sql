-- The small "head" vector of one language: subject (weight A) and descriptors (weight B). Its
-- own GIN index finds subject and descriptor matches without reading the full vectors (the
-- first ranking tier, docs/decisions/0004-search-design.md).
CREATE OR REPLACE FUNCTION archive_head_vector(p_config REGCONFIG, p_subject TEXT, p_descriptors TEXT)
  RETURNS TSVECTOR LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(p_config, p_subject), 'A')
      || setweight(to_tsvector(p_config, coalesce(p_descriptors, '')), 'B')
$$;
