-- Spreads the generated roles over the five career stages, so the career-path map's filters have something to
-- narrow in scale mode. H2 only, like the catalogue it changes.

UPDATE role SET career_stage = CASE MOD(display_order - 100, 5)
        WHEN 1 THEN 'ENTRY' WHEN 2 THEN 'TRAINING' WHEN 3 THEN 'QUALIFIED' WHEN 4 THEN 'SENIOR'
        ELSE 'MANAGEMENT' END
    WHERE slug LIKE 'generated-role-%';
