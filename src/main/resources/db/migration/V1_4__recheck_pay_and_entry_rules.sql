-- Corrections from the re-check of sources on 23 November 2026. Shared rows (sources, pay bands, entry routes)
-- are corrected in place; role text that changes is published as a new edition with a change note, and the
-- edition it replaces is kept as superseded. Written for both H2 2.x and PostgreSQL 15; no ids are written.

-- Sources ---------------------------------------------------------------------------------------------------
UPDATE source SET date_checked = DATE '2026-11-23'
    WHERE code IN ('hmpps-pqip-advert', 'ppj-probation-officer-apply', 'ppj-pso', 'train-po', 'ncs-probation-officer',
                   'hmpps-jd-pso', 'hmpps-jd-po', 'ppj-probation-officer', 'napo');

-- These link to a site's home page because no deeper page holding the fact could be confirmed.
UPDATE source SET url = 'https://jobs.justice.gov.uk/careers/JobDetail/9072/attachmentPreview/e440e12a-9db8-4c84-ad75-c9dc13d6fd88',
        title = 'Job description PS-JES-0031: probation services officer, Band 3 (version 6.0, February 2023)'
    WHERE code = 'hmpps-jd-pso';
UPDATE source SET url = 'https://jobs.justice.gov.uk/careers/JobDetail/982/attachmentPreview/6731d45e-57cf-4f0f-945c-0296e43da6a4',
        title = 'Job description PS-JES-0032: probation officer, Band 4 (version 8.0, February 2023)'
    WHERE code = 'hmpps-jd-po';
-- The old address held a copy of the page from before probation was reunified in 2021.
UPDATE source SET url = 'https://jobs.justice.gov.uk/role/probation-services-officers-and-case-administrators/',
        title = 'Probation services officers and case administrators'
    WHERE code = 'ppj-pso';

-- These link to a site's home page because no deeper page holding the fact could be confirmed.
UPDATE source SET home_page_only = TRUE WHERE code IN ('ppj-probation-officer', 'ppj-prison-officer');

-- Two adverts below were read in copies republished by job sites, because the originals have closed; the
-- publisher says so.
INSERT INTO source (code, title, publisher, url, licence, date_checked, home_page_only) VALUES
    ('hmpps-band-3-advert', 'Approved premises residential worker, Derby: Band 3 advert (job 12457, closing 2 January 2026)', 'HM Prison and Probation Service, in a copy on trabajo.org', 'https://gb.trabajo.org/job-3812-2bbdb921cad6229c2b7b05ea4eb24c6c', NULL, DATE '2026-11-23', FALSE),
    ('aprw-guildford-advert', 'Approved premises residential worker, Guildford (annualised hours): advert', 'HM Prison and Probation Service (Justice Jobs)', 'https://jobs.justice.gov.uk/careers/JobDetail/572-Approved-Premises-Residential-Worker-Guildford-Annualised-Hours/572', NULL, DATE '2026-11-23', FALSE),
    ('hmpps-jd-aprw', 'Job description PS-JES-0049: approved premises residential worker, Band 3 (version 7.0, February 2023)', 'HM Prison and Probation Service', 'https://jobs.justice.gov.uk/careers/JobDetail/7489/attachmentPreview/74e9fdd7-5ba3-43bf-a091-fc55c3327487', NULL, DATE '2026-11-23', FALSE),
    ('po-starting-pay-report', 'Not Just Befriending! (a Sky News Money feature of June 2025, reproduced)', 'Probation Matters (blog), quoting Sky News', 'https://probationmatters.blogspot.com/2025/07/not-just-befriending.html', NULL, DATE '2026-11-23', FALSE),
    ('ppj-pqip-training', 'Probation officer training (PQiP)', 'Prison and Probation Jobs (HMPPS)', 'https://prisonandprobationjobs.gov.uk/roles-at-hmpps/overview-of-the-probation-officer-role/probation-officer-training-pqip/', NULL, DATE '2026-11-23', FALSE),
    ('ppj-pqip-length', 'What makes a great probation officer? (training routes and who can apply)', 'Prison and Probation Jobs (HMPPS)', 'https://prisonandprobationjobs.gov.uk/?p=955', NULL, DATE '2026-11-23', FALSE),
    ('pqip-intakes-foi', 'Professional qualification in probation intake: reply to Freedom of Information request 250101004 (4 February 2025)', 'Ministry of Justice, published on WhatDoTheyKnow', 'https://www.whatdotheyknow.com/request/professional_qualification_in_pr/response/2904929/attach/html/6/FOI%20250101004%20response.docx.pdf.html', NULL, DATE '2026-11-23', FALSE),
    ('train-po-locations', 'Locations', 'HM Prison and Probation Service (Train to be a probation officer)', 'https://www.traintobeaprobationofficer.com/locations/', NULL, DATE '2026-11-23', FALSE),
    ('napo-pay-offer-2025-26', 'Probation Pay Offer for 2025-2026 finally received - Napo recommend rejection', 'Napo', 'https://www.napo.org.uk/news/probation-pay-offer-2025-2026-finally-received-napo-recommend-rejection', NULL, DATE '2026-11-23', FALSE),
    ('napo-ballot-2025-26', 'Probation pay offer: it''s time for you to have your say', 'Napo', 'https://www.napo.org.uk/news/probation-pay-offer-its-time-you-have-your-say', NULL, DATE '2026-11-23', FALSE),
    ('napo-no-confidence', 'National Executive Committee resolution of 11 June 2026: no confidence in HMPPS as an employer', 'Napo', 'https://www.napo.org.uk/node/2338', NULL, DATE '2026-11-23', FALSE),
    ('uk-enic', 'Statement of Comparability', 'UK ENIC', 'https://www.enic.org.uk/Qualifications/SoC/Default.aspx', NULL, DATE '2026-11-23', FALSE),
    ('civil-service-nationality', 'Civil Service Nationality Rules', 'Cabinet Office (GOV.UK)', 'https://www.gov.uk/government/publications/nationality-rules/civil-service-nationality-rules-html', 'Open Government Licence v3.0', DATE '2026-11-23', FALSE),
    ('peoplehawk-pso', 'Probation services officer: career profile (undated)', 'PeopleHawk', 'https://peoplehawk.com/career-profiles/probation-services-officer', NULL, DATE '2026-11-23', FALSE),
    ('justice-jobs', 'Justice Jobs: vacancies in HM Prison and Probation Service and the Ministry of Justice', 'Ministry of Justice', 'https://jobs.justice.gov.uk/', NULL, DATE '2026-11-23', FALSE);

-- Where pay stands: the 2025/26 award and its dated events ----------------------------------------------------
INSERT INTO pay_award (award_year, organisation, settled, summary) VALUES
    ('2025/26', 'Probation Service (HMPPS), England and Wales', FALSE,
     'HMPPS made its pay offer for 2025/26 in January 2026, most of the way through the pay year it covers. As far as we can find, the award has still not been settled, so probation staff go on being paid the 2024/25 rates. Always check the salary in the advert you apply to.');

INSERT INTO pay_award_event (award_id, event_date, end_date, date_label, kind, description, source_id) VALUES
    ((SELECT id FROM pay_award WHERE award_year = '2025/26'), DATE '2025-01-01', NULL, 'By January 2025', 'CLAIM',
     'Napo, UNISON and GMB put in a joint claim for a 12% rise. When the offer finally came, Napo said more than a year had passed since the claim.',
     (SELECT id FROM source WHERE code = 'napo-pay-offer-2025-26')),
    ((SELECT id FROM pay_award WHERE award_year = '2025/26'), DATE '2026-01-26', NULL, NULL, 'OFFER',
     'HMPPS offered a 4% rise on every pay point and band, and 4% on London weighting. Napo''s negotiators advised members to reject it.',
     (SELECT id FROM source WHERE code = 'napo-pay-offer-2025-26')),
    ((SELECT id FROM pay_award WHERE award_year = '2025/26'), DATE '2026-02-04', DATE '2026-02-27', NULL, 'BALLOT',
     'Napo asked its members to vote on the offer in an online ballot.',
     (SELECT id FROM source WHERE code = 'napo-ballot-2025-26')),
    ((SELECT id FROM pay_award WHERE award_year = '2025/26'), DATE '2026-06-11', NULL, NULL, 'STATEMENT',
     'Napo''s national executive said it had no confidence in HMPPS as an employer, pointing among other things to how late the 2025/26 offer came.',
     (SELECT id FROM source WHERE code = 'napo-no-confidence')),
    ((SELECT id FROM pay_award WHERE award_year = '2025/26'), DATE '2026-11-23', NULL, NULL, 'CHECK',
     'We looked again and found no public record of a settlement, of the ballot result, or of any award for 2026/27.',
     (SELECT id FROM source WHERE code = 'napo'));

-- Pay bands ---------------------------------------------------------------------------------------------------
UPDATE pay_band SET pay_year = '2024/25', minimum_pay = 26475, maximum_pay = 31650, award_status = 'EARLIER_YEAR_RATES',
        pending_award_year = '2025/26', figure_basis = 'JOB_ADVERT',
        source_id = (SELECT id FROM source WHERE code = 'hmpps-band-3-advert'),
        note = 'HMPPS advertised Band 3 jobs at this range from October 2025 to January 2026. The adverts we could read were for approved premises residential workers, who are on the same band as probation service officers. These are the 2024/25 rates: they are still being paid because the 2025/26 award has not been settled. You may see lower figures elsewhere, including on an undated recruitment page; HMPPS''s own adverts are newer, so we show theirs.'
    WHERE code = 'probation-band-3';

UPDATE pay_band SET pay_year = '2024/25', minimum_pay = 26475, maximum_pay = 26475, award_status = 'EARLIER_YEAR_RATES',
        pending_award_year = '2025/26', figure_basis = 'JOB_ADVERT',
        note = 'This is the salary HMPPS advertised for trainees starting in September 2025, the bottom of Band 3. It is the 2024/25 rate, still paid while the 2025/26 award is not settled. Later intakes may be advertised at a different rate, so check the advert you apply to.'
    WHERE code = 'pqip-trainee';

UPDATE pay_band SET pay_year = '2024/25', minimum_pay = 35130, maximum_pay = NULL, award_status = 'EARLIER_YEAR_RATES',
        pending_award_year = '2025/26', figure_basis = 'REPORTED',
        source_id = (SELECT id FROM source WHERE code = 'po-starting-pay-report'),
        note = 'In June 2025 a Sky News feature, quoting a senior probation officer at HMPPS, said that a probation officer''s salary rises to £35,130 once they qualify. We read it as reproduced on the Probation Matters blog. No 2025/26 offer had been made then, so this is the 2024/25 starting rate, still paid while the 2025/26 award is unsettled. We have not found a published top of Band 4. An undated recruitment page gives a lower range, but its figure for probation service officers is contradicted by HMPPS''s own adverts, so we do not use it.'
    WHERE code = 'probation-band-4';

UPDATE pay_band SET pay_year = NULL, minimum_pay = NULL, maximum_pay = NULL, award_status = 'NOT_HELD',
        pending_award_year = NULL, figure_basis = NULL,
        source_id = (SELECT id FROM source WHERE code = 'justice-jobs'),
        note = 'We have not found a published pay figure for Band 5 (senior probation officer) that we could check. Look at the salary in current senior probation officer adverts on the Justice Jobs website.'
    WHERE code = 'probation-band-5';

-- Entry routes ------------------------------------------------------------------------------------------------
UPDATE entry_route SET
        summary = 'Apply for a probation service officer vacancy: you do not need a degree. Once you start, you learn on the job and work towards the Level 3 Diploma in Probation Practice, a vocational qualification. An undated careers profile says you do it during your first 12 months; we have not found a current HMPPS page that sets that deadline.',
        duration_months_min = NULL, duration_months_max = NULL,
        source_id = (SELECT id FROM source WHERE code = 'peoplehawk-pso')
    WHERE code = 'pso-direct';

UPDATE entry_route SET
        summary = 'For people who have already studied criminology. You are employed as a trainee probation officer, at probation service officer grade, and work towards the Professional Qualification in Probation (PQiP): an honours-degree-level academic award (Level 6) together with a Level 5 vocational qualification in probation practice. On this route, full-time training takes 15 months.',
        entry_requirements = 'A Level 5 qualification, or higher, that covers at least 3 of these 4 criminology modules: the criminal justice system; crime and criminal behaviour; penal policy and punishment; rehabilitation of offenders. You must also have the right to work in the UK and meet the Civil Service nationality rules.'
    WHERE code = 'pqip-15-month';

UPDATE entry_route SET
        entry_requirements = 'A Level 5 qualification or a degree, in any subject. You must also have the right to work in the UK and meet the Civil Service nationality rules.'
    WHERE code = 'pqip-21-month';

UPDATE entry_route SET
        summary = 'A way into PQiP for people without a degree or a Level 5 qualification: the HMPPS recruitment site accepts a Level 3 qualification, such as A levels, in any subject. Full-time training on this route takes 27 months. The National Careers Service page for probation officers still says you need a Level 5 qualification; the recruitment site is newer.',
        duration_months_min = 27, duration_months_max = 27,
        entry_requirements = 'A Level 3 qualification in any subject, for example A levels. You must also have the right to work in the UK and meet the Civil Service nationality rules.',
        source_id = (SELECT id FROM source WHERE code = 'ppj-pqip-length')
    WHERE code = 'pqip-non-graduate';

UPDATE entry_route SET
        name = 'Internal PQiP campaign for Probation Service and Ministry of Justice staff',
        summary = 'Besides the public campaigns, HMPPS runs an internal PQiP campaign open to people who already work in the Probation Service or elsewhere in the Ministry of Justice (the advert for the September 2025 intake pointed to it). The conditions are set by the staff guidance in force when you apply. An HMPPS staff page last updated on 25 May 2022 asked for 6 months'' effective service as a probation service officer, a passed probation period and a Level 3 qualification or higher. That page is not public and may have changed, so check the current internal campaign.',
        entry_requirements = 'You must already work in the Probation Service or the wider Ministry of Justice. The 2022 staff guidance also asked for 6 months'' service as a probation service officer.',
        valid_from = DATE '2022-05-25',
        source_id = (SELECT id FROM source WHERE code = 'hmpps-pqip-advert')
    WHERE code = 'pqip-internal-pso';

-- New editions of the three corrected profiles ----------------------------------------------------------------
-- Each starts as a copy of edition 1 with its parts; the corrections follow.
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at)
    SELECT e.role_id, 2, 'PUBLISHED', e.title, e.summary, e.caseload, e.working_environment,
        e.hours_min, e.hours_max, e.hours_pattern, e.pay_band_id, e.pay_note, e.nations, e.soc_code, DATE '2026-11-23', e.change_note,
        'content-team', TIMESTAMP WITH TIME ZONE '2026-11-23 10:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-23 10:30:00+00'
    FROM role_edition e JOIN role r ON r.id = e.role_id
    WHERE r.slug IN ('probation-service-officer', 'trainee-probation-officer', 'probation-officer') AND e.edition_number = 1;

INSERT INTO role_edition_other_title (edition_id, position, title)
    SELECT n.id, o.position, o.title FROM role_edition_other_title o
    JOIN role_edition e ON e.id = o.edition_id JOIN role_edition n ON n.role_id = e.role_id AND n.edition_number = 2
    WHERE e.edition_number = 1;

INSERT INTO role_edition_requirement (edition_id, position, requirement)
    SELECT n.id, o.position, o.requirement FROM role_edition_requirement o
    JOIN role_edition e ON e.id = o.edition_id JOIN role_edition n ON n.role_id = e.role_id AND n.edition_number = 2
    WHERE e.edition_number = 1;

INSERT INTO role_edition_duty (edition_id, position, description)
    SELECT n.id, o.position, o.description FROM role_edition_duty o
    JOIN role_edition e ON e.id = o.edition_id JOIN role_edition n ON n.role_id = e.role_id AND n.edition_number = 2
    WHERE e.edition_number = 1;

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance)
    SELECT n.id, o.skill_id, o.position, o.importance FROM role_edition_skill o
    JOIN role_edition e ON e.id = o.edition_id JOIN role_edition n ON n.role_id = e.role_id AND n.edition_number = 2
    WHERE e.edition_number = 1;

INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position)
    SELECT n.id, o.entry_route_id, o.position FROM role_edition_entry_route o
    JOIN role_edition e ON e.id = o.edition_id JOIN role_edition n ON n.role_id = e.role_id AND n.edition_number = 2
    WHERE e.edition_number = 1;

INSERT INTO role_edition_career_link (edition_id, target_role_id, link_type, entry_route_id, note, typical_time, position)
    SELECT n.id, o.target_role_id, o.link_type, o.entry_route_id, o.note, o.typical_time, o.position FROM role_edition_career_link o
    JOIN role_edition e ON e.id = o.edition_id JOIN role_edition n ON n.role_id = e.role_id AND n.edition_number = 2
    WHERE e.edition_number = 1;

INSERT INTO role_edition_source (edition_id, source_id, position, supports)
    SELECT n.id, o.source_id, o.position, o.supports FROM role_edition_source o
    JOIN role_edition e ON e.id = o.edition_id JOIN role_edition n ON n.role_id = e.role_id AND n.edition_number = 2
    WHERE e.edition_number = 1;

-- Probation service officer, edition 2
UPDATE role_edition SET
        hours_min = 37, hours_max = 37,
        hours_pattern = 'A full-time week in the Probation Service is 37 hours, mostly Monday to Friday. Some posts need work outside office hours, for example in court, at approved premises, running programmes or seeing people in the evening. Part-time jobs are available too.',
        pay_note = 'Check the salary in the job advert before you apply. Other careers websites give different, older figures.',
        change_note = 'Corrected after we re-checked our sources on 23 November 2026. Pay is now £26,475 to £31,650 from HMPPS''s own Band 3 adverts, shown as the 2024/25 rates still paid while the 2025/26 award is unsettled; the old £24,000 to £26,500 came from an undated page. A full-time week is 37 hours, not 37 to 39. Shift work in approved premises is now described as the separate residential worker job it mostly is, not as a core part of this one.'
    WHERE id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 2);

UPDATE role_edition_duty SET
        description = 'In some posts, spend time in approved premises (once known as hostels). Most round-the-clock shift work there is done by approved premises residential workers, a separate Band 3 job.'
    WHERE position = 6 AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 2);

UPDATE role_edition_career_link SET
        note = 'Probation Service and other Ministry of Justice staff can apply through HMPPS''s internal PQiP campaign, as well as through the public ones. Staff guidance from May 2022 asked for at least 6 months as a probation service officer first.',
        typical_time = 'At least 6 months as a probation service officer, under the 2022 staff guidance'
    WHERE link_type = 'PROGRESSION' AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 2);

UPDATE role_edition_source SET
        supports = 'What probation services officers do, and that they can be based in a probation office, a court or a prison.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'ppj-pso')
      AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 2);

UPDATE role_edition_source SET
        source_id = (SELECT id FROM source WHERE code = 'napo-pay-offer-2025-26'),
        supports = 'The 4% pay offer for 2025/26 made on 26 January 2026, the union''s advice to reject it and its ballot of members.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'napo')
      AND edition_id IN (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id
                         WHERE r.slug IN ('probation-service-officer', 'probation-officer') AND e.edition_number = 2);

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'hmpps-band-3-advert'), 7,
     'Band 3 pay of £26,475 to £31,650, as advertised by HMPPS from October 2025 to January 2026.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'ppj-pqip-training'), 8,
     'The Probation Service''s 37-hour full-time week.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'hmpps-jd-aprw'), 9,
     'Approved premises shift work as a separate Band 3 job, approved premises residential worker.');

-- Trainee probation officer, edition 2
UPDATE role_edition SET
        summary = 'Trainee probation officers are paid to train for the Professional Qualification in Probation (PQiP), which you need to become a probation officer in England and Wales. You work in the Probation Service at probation service officer grade while you study. Full-time training takes 15 to 27 months, depending on what you have studied before; a limited number of part-time places take up to 30 months.',
        hours_min = 37, hours_max = 37,
        hours_pattern = 'PQiP is a full-time programme of 37 hours a week, split between work and study. A limited number of part-time places, at 0.6 to 0.8 of full time (0.6 is 22.2 hours a week), take up to 30 months.',
        pay_note = 'Check the salary in the advert for the intake you apply to.',
        change_note = 'Corrected after we re-checked our sources on 23 November 2026. Trainee pay of £26,475 plus a £4,249 London allowance is now shown as the 2024/25 rate, still paid while the 2025/26 award is unsettled, instead of as agreed for 2025/26. The route from a Level 3 qualification takes 27 months, not up to 27. Added: the 37-hour week and part-time places of up to 30 months, the Civil Service nationality rules, UK ENIC statements for qualifications from abroad, how long applying takes, the September and March intakes, and training within one region.'
    WHERE id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2);

UPDATE role_edition_requirement SET
        requirement = 'To apply you must be 18 or over, have the right to work in the UK and meet the Civil Service nationality rules.'
    WHERE position = 5 AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2);

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), 7,
     'If your qualifications are from outside the UK, you need a statement of comparability from UK ENIC to show what they are equal to.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), 8,
     'Allow about 6 to 7 months from applying to starting. In the same application you can ask to be considered for a probation service officer job as well.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), 9,
     'Trainees start twice a year, in September and March. You choose the offices you would like within one region, and you may not be able to move once you start.');

UPDATE role_edition_career_link SET
        typical_time = '15 to 27 months of full-time training, or up to 30 months part time'
    WHERE link_type = 'PROGRESSION' AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2);

UPDATE role_edition_source SET
        supports = 'What PQiP is made up of, and the 15-month and 21-month routes with the criminology modules that decide between them. This site still says a Level 5 qualification is needed, so we do not cite it for the newer route from Level 3.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'train-po')
      AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2);

UPDATE role_edition_source SET
        supports = 'Who can apply: 18 or over, the right to work in the UK and the Civil Service nationality rules, a Level 3 qualification in any subject, experience of working with challenging individuals, and living in the UK for the last 3 years. Also that applying takes around 6 to 7 months, that you can ask to be considered for a probation service officer job at the same time, and that you can register your interest while applications are closed.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'ppj-probation-officer-apply')
      AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2);

UPDATE role_edition_source SET
        supports = 'Trainee pay of £26,475 a year, the bottom of Band 3, and the £4,249 London allowance, as advertised for the September 2025 intake, and the internal campaign for Probation Service and wider Ministry of Justice staff.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'hmpps-pqip-advert')
      AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2);

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'ppj-pqip-training'), 7,
     'The 37-hour full-time week, and part-time places at 0.6 to 0.8 of full time taking up to 30 months.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'ppj-pqip-length'), 8,
     'Training lengths from 15 months for graduates with a Level 5 qualification to 27 months on the programme for non-graduates, a Level 3 qualification in any subject, and the UK ENIC statement needed for qualifications from abroad.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'civil-service-nationality'), 9,
     'Which nationalities can work in the Civil Service.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'uk-enic'), 10,
     'What a statement of comparability is, for qualifications gained outside the UK.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'pqip-intakes-foi'), 12,
     'PQiP intakes in March and September.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'train-po-locations'), 13,
     'Ranking offices within one probation region, and that moves may not be possible.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'napo-pay-offer-2025-26'), 11,
     'The 4% pay offer for 2025/26 made on 26 January 2026, which had not been settled when we checked.');

-- Probation officer, edition 2
UPDATE role_edition SET
        change_note = 'Corrected after we re-checked our sources on 23 November 2026. Pay now shows the starting salary of £35,130 reported in June 2025, and says that we have not found a published top of Band 4. It replaces a range of £28,000 to £35,000 that was cited to a page that did not hold it.'
    WHERE id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 2);

UPDATE role_edition_source SET
        supports = 'Who can apply for PQiP, including with a Level 3 qualification in any subject.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'ppj-probation-officer-apply')
      AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 2);

UPDATE role_edition_source SET
        supports = 'How PQiP works, and its 15-month and 21-month routes.'
    WHERE source_id = (SELECT id FROM source WHERE code = 'train-po')
      AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 2);

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 2), (SELECT id FROM source WHERE code = 'po-starting-pay-report'), 10,
     'A salary of £35,130 once you qualify as a probation officer, from a Sky News feature of June 2025.');

-- Edition 1 of each corrected role is kept, superseded; edition 2 goes live.
UPDATE role_edition SET state = 'SUPERSEDED'
    WHERE edition_number = 1 AND role_id IN (SELECT id FROM role WHERE slug IN ('probation-service-officer', 'trainee-probation-officer', 'probation-officer'));

UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e WHERE e.role_id = role.id AND e.edition_number = 2)
    WHERE slug IN ('probation-service-officer', 'trainee-probation-officer', 'probation-officer');
