-- Dutch Snowball keeps the doubled consonant of a plural ("gevangenissen" -> gevangeniss,
-- "gevangenis" -> gevangenis; "bussen" -> buss, "bus" -> bus). Rather than rewriting every
-- stored lexeme (costly at load time), the query side adds the other form: a lexeme ending in a
-- single one of these consonants also matches it doubled, and a doubled one also matches it
-- single. k, d and t are left out: Snowball already undoubles them.
CREATE OR REPLACE FUNCTION archive_nl_variant(p_lexeme TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT CASE
    WHEN length(p_lexeme) < 3 THEN NULL
    WHEN p_lexeme ~ '([bfglmnprs])\1$' THEN left(p_lexeme, -1)
    WHEN p_lexeme ~ '[aeiouy][bfglmnprs]$' THEN p_lexeme || right(p_lexeme, 1)
  END
$$;
