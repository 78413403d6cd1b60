-- Pay and hours for every role, each from a page that states them, with its pay year and status; where no page
-- we could find states a figure, the pay band says so and names where the employer publishes it. Profiles that
-- change are published as new editions with change notes. Written for both H2 2.x and PostgreSQL 15; no ids are
-- written.

-- Sources, each opened before it was cited -------------------------------------------------------------------
INSERT INTO source (code, title, publisher, url, licence, date_checked, home_page_only) VALUES
    ('ppj-prison-officer-pay', 'Prison officer: benefits and training (starting pay by prison and weekly hours)', 'Prison and Probation Jobs (HMPPS)',
     'https://prisonandprobationjobs.gov.uk/prison-officer/benefits-and-training/', NULL, DATE '2026-12-04', FALSE),
    ('govuk-prison-officer-2023', 'Prison Officer (careers page, updated 30 March 2023: figures based on the pay award from September 2022)', 'HM Prison and Probation Service (GOV.UK)',
     'https://gov.uk/government/publications/noms-careers/prison-officer', 'Open Government Licence v3.0', DATE '2026-12-04', FALSE),
    ('csw-prison-pay-2025', 'Prison officers'' union seeks 6.3% rise for frontline staff (7 November 2025)', 'Civil Service World',
     'https://www.civilserviceworld.com/news/article/union-seeks-63-pay-rise-for-frontline-prison-officers-staff-moj-hmpps-lammy-poa-starmer', NULL, DATE '2026-12-04', FALSE),
    ('hmpps-yjw-wetherby-advert', 'Youth justice worker, HMP Wetherby: Band 3 advert (job 13727, posted 28 January 2026)', 'Ministry of Justice, on DWP Find a Job',
     'https://findajob.dwp.gov.uk/details/17796409', NULL, DATE '2026-12-04', FALSE),
    ('lgcareers-wales-yot', 'Youth offending team officer (undated careers profile)', 'Local Government Careers Wales',
     'http://lgcareerswales.org.uk/careers-a-z-en/y/youth-offending-team-officer.aspx', NULL, DATE '2026-12-04', FALSE),
    ('myjobscotland', 'What is myjobscotland? The shared recruitment site of Scotland''s 32 councils', 'myjobscotland',
     'https://www.myjobscotland.gov.uk/post-job-us', NULL, DATE '2026-12-04', FALSE);

-- Pay bands -----------------------------------------------------------------------------------------------------
INSERT INTO pay_band (code, organisation, band, pay_year, minimum_pay, maximum_pay, allowances, award_status, note,
        source_id, figure_basis, pending_award_year) VALUES
    ('prison-band-3', 'HM Prison Service (HMPPS), England and Wales', 'Band 3 prison officer', '2025/26', 33746, NULL,
     'HMPPS adverts give starting pay including a 20% unsocial hours allowance. Some prisons in and around London add a market supplement.',
     'AGREED',
     'In November 2025, during the 2025/26 pay year, Civil Service World reported that a Band 3 prison officer starts on £33,746. That is for the 37-hour week every new officer works until initial training is complete. Pay then depends on the hours you choose and on the prison: an HMPPS advert for Band 3 youth justice workers at HMP Wetherby in January 2026 gave £35,875 for a 39-hour week. Prisons in London and parts of the South East pay more, through London rates and market supplements: in HMPPS''s table of 2022/23 starting pay, the latest by prison we found, pay ran from £28,880 for 37 hours at most prisons to £38,165 for 41 hours at HMP Downview, Feltham and High Down. We have not checked whether an award for 2026/27 has been made. Check the salary in the advert for the prison you apply to.',
     (SELECT id FROM source WHERE code = 'csw-prison-pay-2025'), 'REPORTED', NULL),
    ('yot-council', 'Local councils (youth offending teams), England and Wales', 'Youth justice worker (council)', NULL, NULL, NULL, NULL,
     'NOT_HELD',
     'Youth offending teams are run by local councils, and each council sets its own pay, so pay differs from council to council. We did not find a council advert or pay scale for this job that we could check. Look at the pay in adverts on the jobs pages of the council you would like to work for.',
     (SELECT id FROM source WHERE code = 'lgcareers-wales-yot'), NULL, NULL),
    ('scotland-justice-social-work', 'Scotland''s 32 councils', 'Justice social worker', NULL, NULL, NULL, NULL,
     'NOT_HELD',
     'Justice social workers are employed by Scotland''s 32 councils, each on its own pay scale, so pay differs from council to council. We did not find a council advert for this job that we could check. Councils advertise their jobs, with the pay and hours, on myjobscotland.',
     (SELECT id FROM source WHERE code = 'myjobscotland'), NULL, NULL),
    ('pbni-probation-officer', 'Probation Board for Northern Ireland (PBNI)', 'Probation officer', NULL, NULL, NULL, NULL,
     'NOT_HELD',
     'We did not find a current PBNI pay scale or probation officer advert that we could check. PBNI advertises its own vacancies: look at the pay in its current adverts.',
     (SELECT id FROM source WHERE code = 'pbni'), NULL, NULL);

-- New editions ------------------------------------------------------------------------------------------------
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at, change_kind, last_updated)
    SELECT e.role_id, e.edition_number + 1, 'PUBLISHED', e.title, e.summary, e.caseload, e.working_environment,
        e.hours_min, e.hours_max, e.hours_pattern, e.pay_band_id, e.pay_note, e.nations, e.soc_code, DATE '2026-12-04', e.change_note,
        'content-team', TIMESTAMP WITH TIME ZONE '2026-12-04 11:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-12-04 11:30:00+00',
        'MAJOR', DATE '2026-12-04'
    FROM role_edition e JOIN role r ON r.live_edition_id = e.id
    WHERE r.slug IN ('prison-officer', 'youth-justice-worker', 'justice-social-worker-scotland', 'probation-officer-northern-ireland',
                     'probation-officer', 'senior-probation-officer');

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
    WHERE id IN (SELECT live_edition_id FROM role WHERE slug IN ('prison-officer', 'youth-justice-worker',
                 'justice-social-worker-scotland', 'probation-officer-northern-ireland', 'probation-officer', 'senior-probation-officer'));

UPDATE role SET live_edition_id = (SELECT n.id FROM role_edition n WHERE n.role_id = role.id AND n.state = 'PUBLISHED')
    WHERE slug IN ('prison-officer', 'youth-justice-worker', 'justice-social-worker-scotland',
                   'probation-officer-northern-ireland', 'probation-officer', 'senior-probation-officer');


-- Prison officer: starting pay and the weekly hours, from HMPPS''s own pages.
UPDATE role_edition SET
        pay_band_id = (SELECT id FROM pay_band WHERE code = 'prison-band-3'),
        hours_min = 37, hours_max = 41,
        hours_pattern = 'You start on a 37-hour week until your initial training is complete; after that you can choose 39 or 41 hours a week. Your pay includes an allowance for unsocial hours, and some prisons offer paid overtime.',
        pay_note = 'Starting pay depends on the prison you work at and the weekly hours you choose, so check the salary in the advert for the prison you apply to.',
        change_note = 'Added pay and hours after we re-checked our sources on 4 December 2026: a Band 3 prison officer''s starting salary of £33,746 for 2025/26, with how it changes by prison and by weekly hours, and the 37-hour week during training, rising to 39 or 41 hours if you choose.'
    WHERE id = (SELECT live_edition_id FROM role WHERE slug = 'prison-officer');

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT live_edition_id FROM role WHERE slug = 'prison-officer'), (SELECT id FROM source WHERE code = 'csw-prison-pay-2025'), 2,
     'A Band 3 prison officer''s starting salary of £33,746, as reported in November 2025.'),
    ((SELECT live_edition_id FROM role WHERE slug = 'prison-officer'), (SELECT id FROM source WHERE code = 'hmpps-yjw-wetherby-advert'), 3,
     'Band 3 starting pay of £35,875 for a 39-hour week, including a 20% unsocial hours allowance, in an HMPPS advert of January 2026.'),
    ((SELECT live_edition_id FROM role WHERE slug = 'prison-officer'), (SELECT id FROM source WHERE code = 'ppj-prison-officer-pay'), 4,
     'The 37-hour contract until initial training is complete, then 39 or 41 hours if you choose; overtime; starting pay by prison and weekly hours.'),
    ((SELECT live_edition_id FROM role WHERE slug = 'prison-officer'), (SELECT id FROM source WHERE code = 'govuk-prison-officer-2023'), 5,
     'That the starting pay by prison on the HMPPS recruitment site is based on the pay award from September 2022.');

UPDATE role_edition_source SET supports = 'General link: the HMPPS recruitment site, where prison officer jobs are advertised.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'ppj-prison-officer')
      AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'prison-officer');

-- Youth justice worker: council pay differs; the hours come from a careers profile.
UPDATE role_edition SET
        pay_band_id = (SELECT id FROM pay_band WHERE code = 'yot-council'),
        hours_min = 37, hours_max = 37,
        hours_pattern = 'Usually 37 hours a week in normal office hours, with some evening or weekend work.',
        pay_note = 'Each council sets its own pay: check the salary in the advert.',
        change_note = 'Added hours after we re-checked our sources on 4 December 2026, and where to find pay: each council sets its own, and we did not find a council advert we could check.'
    WHERE id = (SELECT live_edition_id FROM role WHERE slug = 'youth-justice-worker');

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT live_edition_id FROM role WHERE slug = 'youth-justice-worker'), (SELECT id FROM source WHERE code = 'lgcareers-wales-yot'), 2,
     'Youth offending teams run by local councils, and usual hours of 37 a week in office hours with some evening or weekend work.');

-- Justice social worker (Scotland): council pay differs; the adverts give pay and hours.
UPDATE role_edition SET
        pay_band_id = (SELECT id FROM pay_band WHERE code = 'scotland-justice-social-work'),
        hours_pattern = 'Each council sets its own hours: we did not find an advert for this job we could check. Council adverts on myjobscotland give the hours.',
        pay_note = 'Each council sets its own pay: check the salary in the advert on myjobscotland.',
        change_note = 'Added where to find pay and hours after we re-checked our sources on 4 December 2026: each of Scotland''s 32 councils sets its own, and they advertise on myjobscotland. The Scottish Social Services Council is now cited by the page that says who can register.'
    WHERE id = (SELECT live_edition_id FROM role WHERE slug = 'justice-social-worker-scotland');

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT live_edition_id FROM role WHERE slug = 'justice-social-worker-scotland'), (SELECT id FROM source WHERE code = 'myjobscotland'), 2,
     'myjobscotland as the shared recruitment site of Scotland''s 32 councils, where council jobs are advertised.');

UPDATE role_edition_source SET supports = 'That social workers can register with the SSSC if they hold an appropriate social work qualification.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'sssc')
      AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'justice-social-worker-scotland');

-- Probation officer (Northern Ireland): no figure or hours found; PBNI's adverts give them.
UPDATE role_edition SET
        pay_band_id = (SELECT id FROM pay_band WHERE code = 'pbni-probation-officer'),
        hours_pattern = 'We did not find the hours for this job on a page we could check: PBNI''s job adverts give them.',
        pay_note = 'Check the salary in PBNI''s current adverts.',
        change_note = 'Added where to find pay and hours after we re-checked our sources on 4 December 2026: we did not find a PBNI pay scale or advert we could check. PBNI and the Northern Ireland Social Care Council are now shown as general links.'
    WHERE id = (SELECT live_edition_id FROM role WHERE slug = 'probation-officer-northern-ireland');

UPDATE role_edition_source SET supports = 'General link: PBNI''s own website, where it describes its work and advertises its jobs.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'pbni')
      AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'probation-officer-northern-ireland');
UPDATE role_edition_source SET supports = 'General link: the Northern Ireland Social Care Council, which registers social workers.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'niscc')
      AND edition_id = (SELECT live_edition_id FROM role WHERE slug = 'probation-officer-northern-ireland');

-- Probation officer and senior probation officer: the Probation Service''s 37-hour full-time week.
UPDATE role_edition SET
        hours_min = 37, hours_max = 37,
        hours_pattern = 'A full-time week in the Probation Service is 37 hours.',
        change_note = 'Added the hours after we re-checked our sources on 4 December 2026: a full-time week in the Probation Service is 37 hours.'
    WHERE id IN (SELECT live_edition_id FROM role WHERE slug IN ('probation-officer', 'senior-probation-officer'));

INSERT INTO role_edition_source (edition_id, source_id, position, supports)
    SELECT r.live_edition_id, (SELECT id FROM source WHERE code = 'ppj-pqip-training'), 12,
           'The Probation Service''s 37-hour full-time week.'
    FROM role r WHERE r.slug IN ('probation-officer', 'senior-probation-officer')
      AND NOT EXISTS (SELECT 1 FROM role_edition_source s WHERE s.edition_id = r.live_edition_id
                      AND s.source_id = (SELECT id FROM source WHERE code = 'ppj-pqip-training'));
