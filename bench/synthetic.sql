-- Deterministic synthetic data for bench/run.sh, loaded set-based (INSERT ... SELECT over
-- generate_series: one statement per table, no row-by-row round trips) after the demo data.
-- psql variables: jurisdictions, commitments (per plan), big (commitments of the first plan),
-- milestones (per commitment), updates (per milestone). Nothing random: the same scale gives the
-- same rows, so runs compare.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE bench_j ON COMMIT DROP AS
SELECT n, format('bench-%s', lpad(n::text, 2, '0')) AS slug FROM generate_series(1, :jurisdictions) AS n;

INSERT INTO jurisdictions (slug, name, brand_name, country, data_licence, default_culture, is_default, level, ogp_member_since)
SELECT slug, 'Provincia sintética ' || n, 'Conecta Sintética ' || n, 'Ecuador', 'CC BY 4.0', 'es-EC', false, 'Provincial', 2021
FROM bench_j;

INSERT INTO institutions (jurisdiction_id, name, acronym, kind)
SELECT j.id, 'Dirección de Planificación ' || b.n, 'DP', 'Government'
FROM bench_j b JOIN jurisdictions j ON j.slug = b.slug;

INSERT INTO action_plans (jurisdiction_id, number, title, period_start, period_end, status, submitted_on, summary, source_note)
SELECT j.id, 1, 'Plan de acción sintético ' || b.n || ' 2024–2027', DATE '2024-01-01', DATE '2027-12-31', 'Implementation',
       DATE '2024-11-21', 'Plan generado para medir el portal.', 'Datos sintéticos del banco de pruebas.'
FROM bench_j b JOIN jurisdictions j ON j.slug = b.slug;

INSERT INTO action_plan_lead_institutions (action_plan_id, lead_institutions_id)
SELECT p.id, i.id
FROM jurisdictions j JOIN action_plans p ON p.jurisdiction_id = j.id JOIN institutions i ON i.jurisdiction_id = j.id
WHERE j.slug LIKE 'bench-%';

-- The first plan has :big commitments (the long plan page), the others :commitments each.
INSERT INTO commitments (action_plan_id, code, number, title, thematic_axis, ogp_values, sdgs,
                         is_illustrative, summary, problem, status_quo, description, how_it_solves, contact)
SELECT p.id, format('SC-%s', lpad(c::text, 3, '0')), c, 'Compromiso sintético ' || c || ' de ' || b.slug,
       (ARRAY['Eje biofísico', 'Eje económico-productivo', 'Eje sociocultural', 'Eje político-institucional'])[1 + c % 4],
       'AccessToInformation, CivicParticipation', ARRAY[16, 11],
       true, 'Resumen del compromiso sintético ' || c || '.', 'Problema sintético.', 'Situación sintética.',
       'Descripción sintética.', 'Cómo lo resuelve.', 'Dirección de Planificación'
FROM bench_j b
JOIN jurisdictions j ON j.slug = b.slug
JOIN action_plans p ON p.jurisdiction_id = j.id
JOIN institutions i ON i.jurisdiction_id = j.id
CROSS JOIN LATERAL generate_series(1, CASE WHEN b.n = 1 THEN :big ELSE :commitments END) AS c;

-- Each synthetic commitment is led by its jurisdiction's institution (a commitment may have joint leads).
INSERT INTO commitment_lead_institutions (commitment_id, lead_institutions_id)
SELECT c.id, i.id
FROM commitments c
JOIN action_plans p ON p.id = c.action_plan_id
JOIN jurisdictions j ON j.id = p.jurisdiction_id AND j.slug LIKE 'bench-%'
JOIN institutions i ON i.jurisdiction_id = j.id;

-- Milestones spread over the plan's period; earlier ones further along.
INSERT INTO milestones (commitment_id, "order", title, responsible_institution_id, baseline_start, baseline_end,
                        current_start, current_end, progress, status, expected_output)
SELECT c.id, m, 'Hito sintético ' || m || ' de ' || c.code, l.lead_institutions_id,
       DATE '2024-01-01' + (m - 1) * 120, DATE '2024-01-01' + (m - 1) * 120 + 150,
       DATE '2024-01-01' + (m - 1) * 120, DATE '2024-01-01' + (m - 1) * 120 + 150 + (c.number % 3) * 30,
       LEAST(100, GREATEST(0, 100 - (m - 1) * 15 + (c.number % 7) * 5)),
       CASE WHEN 100 - (m - 1) * 15 + (c.number % 7) * 5 >= 100 THEN 'Completed'
            WHEN 100 - (m - 1) * 15 + (c.number % 7) * 5 <= 0 THEN 'NotStarted' ELSE 'InProgress' END,
       'Producto sintético.'
FROM commitments c
JOIN commitment_lead_institutions l ON l.commitment_id = c.id
JOIN action_plans p ON p.id = c.action_plan_id
JOIN jurisdictions j ON j.id = p.jurisdiction_id AND j.slug LIKE 'bench-%'
CROSS JOIN generate_series(1, :milestones) AS m;

-- Progress history: :updates reports per milestone, rising to the milestone's progress, a month apart.
INSERT INTO progress_updates (milestone_id, progress, status, narrative, reported_at, author_institution_id)
SELECT ms.id, ms.progress * u / :updates,
       CASE WHEN u = :updates THEN ms.status WHEN ms.progress = 0 THEN 'NotStarted' ELSE 'InProgress' END,
       'Avance sintético ' || u || ' del hito ' || ms."order" || '.',
       TIMESTAMP '2024-02-01 15:00:00' + make_interval(days => (u - 1) * 30 + ms."order"),
       ms.responsible_institution_id
FROM milestones ms
JOIN commitments c ON c.id = ms.commitment_id
JOIN action_plans p ON p.id = c.action_plan_id
JOIN jurisdictions j ON j.id = p.jurisdiction_id AND j.slug LIKE 'bench-%'
CROSS JOIN generate_series(1, :updates) AS u;

-- Verdicts: every other report is reviewed, mostly verified; a few need evidence or are disputed.
INSERT INTO verifications (progress_update_id, verdict, comment, recorded_at, reviewer_id)
SELECT pu.id,
       CASE WHEN pu.id % 11 = 0 THEN 'Disputed' WHEN pu.id % 5 = 0 THEN 'NeedsEvidence' ELSE 'Verified' END,
       CASE WHEN pu.id % 11 = 0 THEN 'Las cifras no coinciden con el acta.' WHEN pu.id % 5 = 0 THEN 'Falta el acta firmada.' END,
       pu.reported_at + INTERVAL '7 days', 'bench-committee'
FROM progress_updates pu
JOIN milestones ms ON ms.id = pu.milestone_id
JOIN commitments c ON c.id = ms.commitment_id
JOIN action_plans p ON p.id = c.action_plan_id
JOIN jurisdictions j ON j.id = p.jurisdiction_id AND j.slug LIKE 'bench-%'
WHERE pu.id % 2 = 0;

COMMIT;
ANALYZE;
