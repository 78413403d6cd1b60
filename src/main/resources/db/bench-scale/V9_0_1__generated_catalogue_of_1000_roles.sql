-- A generated catalogue of 1,000 extra published roles, for the benchmark's scale mode only: this folder is a
-- Flyway location only under the bench-scale profile, and never part of the real catalogue. H2 only.

INSERT INTO role (slug, role_group, display_order, live_edition_id)
    SELECT 'generated-role-' || X, 'RELATED', 100 + X, NULL FROM SYSTEM_RANGE(1, 1000);

INSERT INTO role_edition (role_id, edition_number, state, title, summary, nations, last_reviewed, pay_band_id,
        change_note, created_by, created_at, published_by, published_at)
    SELECT r.id, 1, 'PUBLISHED', 'Generated role ' || (r.display_order - 100),
        'A generated role, used only to measure how pages grow with a large catalogue.', 'ENGLAND,WALES',
        DATE '2026-11-23', (SELECT id FROM pay_band WHERE code = 'probation-band-3'), 'Generated.',
        'benchmark', CURRENT_TIMESTAMP, 'benchmark', CURRENT_TIMESTAMP
    FROM role r WHERE r.slug LIKE 'generated-role-%';

INSERT INTO role_edition_duty (edition_id, position, description)
    SELECT e.id, X, 'Generated duty ' || X FROM role_edition e JOIN role r ON r.id = e.role_id
    CROSS JOIN SYSTEM_RANGE(1, 6) WHERE r.slug LIKE 'generated-role-%';

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance)
    SELECT e.id, s.id, s.id, 'ESSENTIAL' FROM role_edition e JOIN role r ON r.id = e.role_id
    CROSS JOIN skill s WHERE r.slug LIKE 'generated-role-%' AND s.id <= (SELECT MIN(id) + 4 FROM skill);

INSERT INTO role_edition_source (edition_id, source_id, position, supports)
    SELECT e.id, (SELECT id FROM source WHERE code = 'justice-jobs'), 1, 'Generated.'
    FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug LIKE 'generated-role-%';

-- Each generated role leads to the next, so the career path has 1,000 links to walk.
INSERT INTO role_edition_career_link (edition_id, target_role_id, link_type, note, typical_time, position)
    SELECT e.id, t.id, 'PROGRESSION', 'Generated step.', 'A year', 1
    FROM role_edition e JOIN role r ON r.id = e.role_id
    JOIN role t ON t.slug = 'generated-role-' || (r.display_order - 99)
    WHERE r.slug LIKE 'generated-role-%';

UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e WHERE e.role_id = role.id AND e.edition_number = 1)
    WHERE slug LIKE 'generated-role-%';
