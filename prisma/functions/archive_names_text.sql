-- The names a question is filed under, as text for its head vectors (weight B, like the
-- descriptors): the author's name and the portfolio's title without the words every title has
-- ("ministre", "staatssecretaris", ...), so that "Taelman" or "Landsverdediging" typed in the
-- search box finds the questions of that member or addressed to that portfolio, and
-- "prison -taelman" leaves hers out. Issue 8, decision 0011.
CREATE OR REPLACE FUNCTION archive_names_text(p_author TEXT, p_portfolio TEXT)
  RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(p_author, '') || E'\n' || regexp_replace(coalesce(p_portfolio, ''),
    '(vice-premi[eè]re?|vice-eersteminister|ministre|minister|secr[ée]taire d''[ÉéEe]tat|staatssecretaris)', ' ', 'gi')
$$;
