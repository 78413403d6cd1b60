-- Corrections from the re-check of 4 December 2026: every claim that no public page states is sourced to a deep
-- page, reworded as what the page does say, or removed; advice that a dated page gives without making it a rule
-- is kept as guidance with its date, where the route finder does not read it. Shared rows (sources, pay bands,
-- entry routes, pay award events) are corrected in place; role text that changes is published as a new edition
-- with a change note, and the edition it replaces is kept as superseded. Written for both H2 2.x and PostgreSQL 15;
-- no ids are written.

-- Guidance: what a page advises without setting it as a rule, and the date it carries --------------------------
ALTER TABLE entry_route ADD COLUMN guidance VARCHAR(1000);
ALTER TABLE entry_route ADD COLUMN guidance_dated DATE;

-- Sources -----------------------------------------------------------------------------------------------------
INSERT INTO source (code, title, publisher, url, licence, date_checked, home_page_only) VALUES
    ('ppj-aprw-apply', 'Approved premises residential worker: how to apply', 'Prison and Probation Jobs (HMPPS)',
     'https://prisonandprobationjobs.gov.uk/roles-at-hmpps/overview-of-the-approved-premises-role/how-to-apply/', NULL, DATE '2026-12-04', FALSE),
    ('train-po-register', 'Register your interest: the recruitment process and security clearance',
     'HM Prison and Probation Service (Train to be a probation officer)', 'https://www.traintobeaprobationofficer.com/register-your-interest/',
     NULL, DATE '2026-12-04', FALSE);

-- The SSSC home page did not say who can register; this page does.
UPDATE source SET url = 'https://sssc.uk.com/registration/who-should-register-and-why',
        title = 'Who should register and why', date_checked = DATE '2026-12-04'
    WHERE code = 'sssc';

-- Home pages that hold none of the facts once cited to them: shown as general links only.
UPDATE source SET home_page_only = TRUE, date_checked = DATE '2026-12-04'
    WHERE code IN ('train-po', 'pbni', 'niscc', 'probation-institute', 'napo');

-- Entry routes ------------------------------------------------------------------------------------------------
-- The residential worker route had no rules, so the route finder called it open to anyone.
UPDATE entry_route SET
        minimum_age = 18, civil_service_nationality = TRUE,
        entry_requirements = 'You must be at least 18 when you start, have the right to work in the UK and meet the Civil Service nationality rules, and be able to communicate confidently in fluent English.',
        rules_source_id = (SELECT id FROM source WHERE code = 'ppj-aprw-apply'),
        rules_checked = DATE '2026-12-04'
    WHERE code = 'aprw-direct';

-- The advert cited says only that staff may be eligible for the internal campaign; the service and
-- qualification come from a staff page of May 2022, so they are guidance, not rules the finder applies.
UPDATE entry_route SET
        min_service_months = NULL, min_qualification_level = NULL,
        entry_requirements = 'You must already work in the Probation Service or the wider Ministry of Justice.',
        guidance = 'An HMPPS staff page asked for 6 months'' effective service as a probation service officer, a passed probation period and a Level 3 qualification or higher. It is not public and may have changed: the advert for the September 2025 intake said only that staff may be eligible for the internal campaign.',
        guidance_dated = DATE '2022-05-25',
        rules_checked = DATE '2026-12-04'
    WHERE code = 'pqip-internal-pso';

-- The training page gives up to 30 months part time beside the 15- and 21-month routes only.
UPDATE entry_route SET
        part_time_months_max = NULL, part_time_source_id = NULL,
        guidance = 'Part-time places on the 15-month and 21-month routes take up to 30 months. The recruitment site does not say how long part-time training takes on this route, so ask before you apply.',
        guidance_dated = DATE '2026-12-04',
        rules_checked = DATE '2026-12-04'
    WHERE code = 'pqip-non-graduate';

-- Where pay stands: said as what we last confirmed, and when --------------------------------------------------
UPDATE pay_award SET
        summary = 'HMPPS made its pay offer for 2025/26 in January 2026, most of the way through the pay year it covers. When we last checked, no settlement of the award had been published, so the latest probation rates we could confirm were those for 2024/25. Always check the salary in the advert you apply to.'
    WHERE award_year = '2025/26';

UPDATE pay_award_event SET
        description = 'The probation trade unions put in a joint claim for a 12% rise. When the offer finally came, Napo said more than a year had passed since the claim.'
    WHERE kind = 'CLAIM' AND award_id = (SELECT id FROM pay_award WHERE award_year = '2025/26');

INSERT INTO pay_award_event (award_id, event_date, end_date, date_label, kind, description, source_id) VALUES
    ((SELECT id FROM pay_award WHERE award_year = '2025/26'), DATE '2026-12-04', NULL, NULL, 'CHECK',
     'We looked again and found no published ballot result, settlement or imposed award for 2025/26.',
     (SELECT id FROM source WHERE code = 'napo'));

UPDATE pay_band SET
        note = 'HMPPS advertised Band 3 jobs at this range from October 2025 to January 2026. The adverts we could read were for approved premises residential workers, who are on the same band as probation service officers. These are the 2024/25 rates: when we last checked, on 4 December 2026, no settlement of the 2025/26 award had been published, so they were the latest we could confirm. You may see lower figures elsewhere, including on an undated recruitment page; HMPPS''s own adverts are newer, so we show theirs.'
    WHERE code = 'probation-band-3';

UPDATE pay_band SET
        note = 'This is the salary HMPPS advertised for trainees starting in September 2025, the bottom of Band 3. It is the 2024/25 rate: when we last checked, on 4 December 2026, no settlement of the 2025/26 award had been published. Later intakes may be advertised at a different rate, so check the advert you apply to.'
    WHERE code = 'pqip-trainee';

UPDATE pay_band SET
        note = 'In June 2025 a Sky News feature, quoting a senior probation officer at HMPPS, said that a probation officer''s salary rises to £35,130 once they qualify. We read it as reproduced on the Probation Matters blog. No 2025/26 offer had been made then, so this is the 2024/25 starting rate; when we last checked, on 4 December 2026, no settlement of the 2025/26 award had been published. We have not found a published top of Band 4. An undated recruitment page gives a lower range, but its figure for probation service officers is contradicted by HMPPS''s own adverts, so we do not use it.'
    WHERE code = 'probation-band-4';

-- No page we could find states the senior probation officer's grade.
UPDATE pay_band SET band = 'Senior probation officer',
        note = 'We have not found a published pay figure for senior probation officers that we could check, nor a page that states which band the job is on. Look at the salary in current senior probation officer adverts on the Justice Jobs website.'
    WHERE code = 'probation-band-5';

-- New editions of the corrected profiles ------------------------------------------------------------------------
-- Each starts as a copy of the live edition with its parts; the corrections follow once it is live.
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at, change_kind, last_updated)
    SELECT e.role_id, e.edition_number + 1, 'PUBLISHED', e.title, e.summary, e.caseload, e.working_environment,
        e.hours_min, e.hours_max, e.hours_pattern, e.pay_band_id, e.pay_note, e.nations, e.soc_code, DATE '2026-12-04', e.change_note,
        'content-team', TIMESTAMP WITH TIME ZONE '2026-12-04 10:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-12-04 10:30:00+00',
        'MAJOR', DATE '2026-12-04'
    FROM role_edition e JOIN role r ON r.live_edition_id = e.id
    WHERE r.slug IN ('probation-service-officer', 'trainee-probation-officer', 'probation-officer', 'senior-probation-officer',
                     'approved-premises-residential-worker');

INSERT INTO role_edition_other_title (edition_id, position, title)
    SELECT n.id, o.position, o.title FROM role_edition_other_title o
    JOIN role r ON r.live_edition_id = o.edition_id JOIN role_edition e ON e.id = r.live_edition_id
    JOIN role_edition n ON n.role_id = r.id AND n.edition_number = e.edition_number + 1;

INSERT INTO role_edition_requirement (edition_id, position, requirement)
    SELECT n.id, o.position, o.requirement FROM role_edition_requirement o
    JOIN role r ON r.live_edition_id = o.edition_id JOIN role_edition e ON e.id = r.live_edition_id
    JOIN role_edition n ON n.role_id = r.id AND n.edition_number = e.edition_number + 1;

INSERT INTO role_edition_duty (edition_id, position, description)
    SELECT n.id, o.position, o.description FROM role_edition_duty o
    JOIN role r ON r.live_edition_id = o.edition_id JOIN role_edition e ON e.id = r.live_edition_id
    JOIN role_edition n ON n.role_id = r.id AND n.edition_number = e.edition_number + 1;

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance)
    SELECT n.id, o.skill_id, o.position, o.importance FROM role_edition_skill o
    JOIN role r ON r.live_edition_id = o.edition_id JOIN role_edition e ON e.id = r.live_edition_id
    JOIN role_edition n ON n.role_id = r.id AND n.edition_number = e.edition_number + 1;

INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position)
    SELECT n.id, o.entry_route_id, o.position FROM role_edition_entry_route o
    JOIN role r ON r.live_edition_id = o.edition_id JOIN role_edition e ON e.id = r.live_edition_id
    JOIN role_edition n ON n.role_id = r.id AND n.edition_number = e.edition_number + 1;

INSERT INTO role_edition_career_link (edition_id, target_role_id, link_type, entry_route_id, note, typical_time, position)
    SELECT n.id, o.target_role_id, o.link_type, o.entry_route_id, o.note, o.typical_time, o.position FROM role_edition_career_link o
    JOIN role r ON r.live_edition_id = o.edition_id JOIN role_edition e ON e.id = r.live_edition_id
    JOIN role_edition n ON n.role_id = r.id AND n.edition_number = e.edition_number + 1;

INSERT INTO role_edition_source (edition_id, source_id, position, supports)
    SELECT n.id, o.source_id, o.position, o.supports FROM role_edition_source o
    JOIN role r ON r.live_edition_id = o.edition_id JOIN role_edition e ON e.id = r.live_edition_id
    JOIN role_edition n ON n.role_id = r.id AND n.edition_number = e.edition_number + 1;

-- The old live editions are kept, superseded; the copies go live.
UPDATE role_edition SET state = 'SUPERSEDED'
    WHERE id IN (SELECT live_edition_id FROM role WHERE slug IN ('probation-service-officer', 'trainee-probation-officer',
                 'probation-officer', 'senior-probation-officer', 'approved-premises-residential-worker'));

UPDATE role SET live_edition_id = (SELECT n.id FROM role_edition n WHERE n.role_id = role.id AND n.state = 'PUBLISHED')
    WHERE slug IN ('probation-service-officer', 'trainee-probation-officer', 'probation-officer', 'senior-probation-officer',
                   'approved-premises-residential-worker');

-- "Enhanced vetting" is stated by no page for these roles. The PQiP pages say successful applicants need HMPPS
-- security clearance; the residential worker page lists pre-employment security checks; for the others the line
-- is removed and the later requirements move up.
UPDATE role_edition_requirement SET
        requirement = 'If you are offered a place, you must get HMPPS security clearance before you start.'
    WHERE position = 1 AND edition_id IN (SELECT live_edition_id FROM role WHERE slug IN ('trainee-probation-officer', 'probation-officer'));

UPDATE role_edition_requirement SET
        requirement = 'Before you start, HMPPS runs pre-employment checks, including security, identity and past-employment checks.'
    WHERE position = 1 AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'approved-premises-residential-worker');

DELETE FROM role_edition_requirement
    WHERE position = 1 AND edition_id IN (SELECT live_edition_id FROM role WHERE slug IN ('probation-service-officer', 'senior-probation-officer'));
UPDATE role_edition_requirement SET position = position + 100
    WHERE edition_id IN (SELECT live_edition_id FROM role WHERE slug IN ('probation-service-officer', 'senior-probation-officer'));
UPDATE role_edition_requirement SET position = position - 101
    WHERE edition_id IN (SELECT live_edition_id FROM role WHERE slug IN ('probation-service-officer', 'senior-probation-officer'));

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT live_edition_id FROM role WHERE slug = 'trainee-probation-officer'), (SELECT id FROM source WHERE code = 'train-po-register'), 14,
     'HMPPS security clearance for applicants who are offered a place, and that all these jobs are exempt from the Rehabilitation of Offenders Act.'),
    ((SELECT live_edition_id FROM role WHERE slug = 'probation-officer'), (SELECT id FROM source WHERE code = 'train-po-register'), 11,
     'HMPPS security clearance for applicants who are offered a PQiP place.'),
    ((SELECT live_edition_id FROM role WHERE slug = 'approved-premises-residential-worker'), (SELECT id FROM source WHERE code = 'ppj-aprw-apply'), 6,
     'Who can apply: 18 or over when you start, the right to work in the UK and in the Civil Service, and fluent English; how to apply, the interview and the pre-employment checks.');

-- Probation service officer: no page says "mostly Monday to Friday" or that part-time posts are offered.
UPDATE role_edition SET
        hours_pattern = 'A full-time week in the Probation Service is 37 hours. Some posts need work outside office hours, for example in court, at approved premises, running programmes or seeing people in the evening.',
        change_note = 'Corrected after we re-checked our sources on 4 December 2026. Removed two statements no page we could find makes: that the work is mostly Monday to Friday, and that part-time posts are available; also removed the line about enhanced vetting. The pay figure now says when we last found no settlement of the 2025/26 award, instead of saying the 2024/25 rates are still paid.'
    WHERE id = (SELECT live_edition_id FROM role WHERE slug = 'probation-service-officer');

-- Trainee probation officer: up to 30 months part time is stated for the 15- and 21-month routes only.
UPDATE role_edition SET
        summary = 'Trainee probation officers are paid to train for the Professional Qualification in Probation (PQiP), which you need to become a probation officer in England and Wales. You work in the Probation Service at probation service officer grade while you study. Full-time training takes 15 to 27 months, depending on what you have studied before. On the 15-month and 21-month routes, a limited number of part-time places take up to 30 months.',
        hours_pattern = 'PQiP is a full-time programme of 37 hours a week, split between work and study. A limited number of part-time places, at 0.6 to 0.8 of full time (0.6 is 22.2 hours a week), take up to 30 months on the 15-month and 21-month routes; the recruitment site does not say how long part-time training takes on the 27-month route.',
        change_note = 'Corrected after we re-checked our sources on 4 December 2026. Part-time training of up to 30 months is now given only for the 15-month and 21-month routes, as the training page says; for the 27-month route its length is not stated. The internal campaign''s 6 months of service is now shown as dated 2022 guidance, not as a rule. Enhanced vetting is replaced by the HMPPS security clearance the recruitment site asks for.'
    WHERE id = (SELECT live_edition_id FROM role WHERE slug = 'trainee-probation-officer');

UPDATE role_edition_career_link SET
        typical_time = '15 to 27 months of full-time training; up to 30 months part time on the 15-month and 21-month routes'
    WHERE link_type = 'PROGRESSION' AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'trainee-probation-officer');

-- Probation officer: no page we found gives the occupation code with no published median pay.
UPDATE role_edition SET
        soc_code = NULL,
        pay_note = 'Check the salary in the job advert before you apply.',
        change_note = 'Corrected after we re-checked our sources on 4 December 2026. Removed the occupation code and the statement about national average pay, which no page we could find makes, and the line about enhanced vetting: the recruitment site asks for HMPPS security clearance instead. The Probation Institute and Napo are now linked as general links, not as sources of particular facts.'
    WHERE id = (SELECT live_edition_id FROM role WHERE slug = 'probation-officer');

DELETE FROM role_edition_source
    WHERE source_id = (SELECT id FROM source WHERE code = 'ons-soc2020')
      AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'probation-officer');

UPDATE role_edition_source SET supports = 'General link: the Probation Institute, the independent professional body for probation.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'probation-institute')
      AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'probation-officer');

-- Senior probation officer: no page we could find states the band.
UPDATE role_edition SET
        summary = 'Senior probation officers lead a team of probation staff in the Probation Service, which is part of HM Prison and Probation Service (HMPPS). You usually reach the job by promotion after gaining experience as a probation officer. From here you could go on to head a probation delivery unit, and then move into regional management. We do not have profiles for those jobs yet.',
        pay_note = 'Check the salary in current senior probation officer adverts.',
        change_note = 'Corrected after we re-checked our sources on 4 December 2026. Removed the statement that this is a Band 5 job and the line about enhanced vetting: no page we could find states either.'
    WHERE id = (SELECT live_edition_id FROM role WHERE slug = 'senior-probation-officer');

UPDATE role_edition_source SET supports = 'General link: the HMPPS recruitment site, where probation jobs are advertised and described.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'ppj-probation-officer')
      AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'senior-probation-officer');

-- Approved premises residential worker: who can apply, and premiums as the current adverts give them.
UPDATE role_edition SET
        pay_note = 'On top of Band 3 pay, adverts say you are paid premium rates for unsocial hours, such as nights, weekends and bank holidays. Check the rates in the advert you apply to.',
        change_note = 'Corrected after we re-checked our sources on 4 December 2026. Added who can apply: you must be 18 or over when you start, have the right to work in the UK and in the Civil Service, and speak fluent English. Removed the premium rates of 30% and 50%, from an advert we can no longer find: current adverts say only that premium rates are paid. Enhanced vetting is replaced by the pre-employment checks HMPPS lists.'
    WHERE id = (SELECT live_edition_id FROM role WHERE slug = 'approved-premises-residential-worker');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT live_edition_id FROM role WHERE slug = 'approved-premises-residential-worker'), 5,
     'You must be at least 18 when you start, have the right to work in the UK and meet the Civil Service nationality rules, and be able to communicate confidently in fluent English.');

-- Home pages cited for particular facts: the deep pages that state them take their place.
UPDATE role_edition_source SET source_id = (SELECT id FROM source WHERE code = 'train-po-faqs')
    WHERE source_id = (SELECT id FROM source WHERE code = 'train-po')
      AND edition_id IN (SELECT live_edition_id FROM role WHERE slug IN ('trainee-probation-officer', 'probation-officer'));

UPDATE role_edition_source SET source_id = (SELECT id FROM source WHERE code = 'napo-pay-offer-2025-26'),
        supports = 'The 4% pay offer for 2025/26 made on 26 January 2026, and the union''s advice to reject it.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'napo')
      AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'senior-probation-officer');

UPDATE entry_route SET source_id = (SELECT id FROM source WHERE code = 'ppj-pqip-training')
    WHERE code = 'pqip-21-month' AND source_id = (SELECT id FROM source WHERE code = 'train-po');
