-- Recomputes one question's derived search values (head and full vectors, reminder count) from
-- its stored rows. For repairs and backfills after a change to the vectors; the loader computes
-- the same values in the INSERT of archive_upsert_question instead.
CREATE OR REPLACE FUNCTION archive_refresh_search(p_id TEXT) RETURNS void
  LANGUAGE sql AS $$
  UPDATE question q SET
    search_head_fr = h.head_fr,
    search_head_nl = h.head_nl,
    search_fr = archive_full_vector('archive_fr', h.head_fr, q.question_fr, q.answer_fr),
    search_nl = archive_full_vector('archive_nl', h.head_nl, q.question_nl, q.answer_nl),
    reminder_count = h.reminders
  FROM (
    SELECT archive_head_vector('archive_fr', qq.subject_fr,
             coalesce(d.labels_fr, '') || E'\n' || archive_names_text(au.name, ad.title_fr)) AS head_fr,
           archive_head_vector('archive_nl', qq.subject_nl,
             coalesce(d.labels_nl, '') || E'\n' || archive_names_text(au.name, ad.title_nl)) AS head_nl,
           (SELECT count(*)::INTEGER FROM timeline_event te
             WHERE te.question_id = p_id AND te.kind = 'reminder') AS reminders
    FROM question qq
    JOIN author au ON au.id = qq.author_id
    JOIN addressee ad ON ad.id = qq.addressee_id,
    LATERAL (
      SELECT string_agg(de.label_fr, E'\n' ORDER BY qd.position) AS labels_fr,
             string_agg(de.label_nl, E'\n' ORDER BY qd.position) AS labels_nl
      FROM question_descriptor qd JOIN descriptor de ON de.id = qd.descriptor_id
      WHERE qd.question_id = p_id
    ) d
    WHERE qq.id = p_id
  ) h
  WHERE q.id = p_id;
$$;
