-- A short profile for the approved premises residential worker, a Band 3 job of its own, linked from the
-- probation service officer profile as a related way into probation work. Written for both H2 2.x and
-- PostgreSQL 15; no ids are written.

INSERT INTO entry_route (code, name, route_type, summary, qualification_gained, qualification_level,
        duration_months_min, duration_months_max, entry_requirements, min_qualification_level, criminology_shortens,
        experience_needed, uk_residence_years, minimum_age, nations, valid_from, source_id) VALUES
    ('aprw-direct', 'Apply directly as an approved premises residential worker', 'DIRECT_APPLICATION',
     'Apply for a residential worker vacancy at an approved premises. Vacancies are advertised on the Justice Jobs website, and each advert says what that post asks for.',
     NULL, NULL, NULL, NULL, NULL, NULL, FALSE, NULL, NULL, NULL, 'ENGLAND,WALES', NULL,
     (SELECT id FROM source WHERE code = 'hmpps-jd-aprw'));

INSERT INTO role (slug, role_group, display_order, live_edition_id) VALUES
    ('approved-premises-residential-worker', 'ENGLAND_WALES', 5, NULL);

INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at) VALUES
    ((SELECT id FROM role WHERE slug = 'approved-premises-residential-worker'), 1, 'PUBLISHED', 'Approved premises residential worker',
     'Approved premises residential workers staff approved premises, once known as probation hostels, where some people on probation live under close supervision. It is a Band 3 job in the Probation Service, worked in 12-hour shifts that include waking nights and weekends. It is a separate job from probation service officer, although both are Band 3.',
     'People on probation who live at the approved premises, many of them recently released from prison.',
     'You work in the approved premises itself, which is staffed day and night. The work can be emotionally demanding.',
     NULL, NULL,
     '12-hour shifts on a rota that covers the whole week, including waking nights, when you stay awake and on duty through the night, and weekends. Some posts are part time, on a set number of hours a year.',
     (SELECT id FROM pay_band WHERE code = 'probation-band-3'),
     'On top of Band 3 pay you are paid a premium for unsocial hours: one HMPPS advert gave 30% for weekday nights and 50% for weekends and bank holidays. Check the advert you apply to.',
     'ENGLAND,WALES', NULL, DATE '2026-11-23', 'First published.',
     'content-team', TIMESTAMP WITH TIME ZONE '2026-11-23 10:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-23 10:30:00+00');

INSERT INTO role_edition_other_title (edition_id, position, title) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 1, 'AP residential worker');

INSERT INTO role_edition_duty (edition_id, position, description) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 1,
     'Work in a team that staffs an approved premises around the clock, keeping the building and the people living there safe and secure, including with security checks and monitoring.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 2,
     'Support residents day to day and look after their well-being.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 3,
     'Make sure residents keep to the house rules, their licence conditions and any court orders, and follow the set procedures when they do not.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 4,
     'Help manage each resident''s risk and work towards their sentence plan, and report any change in risk or behaviour.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 5,
     'Cover shifts at other approved premises nearby when staff are away.');

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'staying-calm'), 1, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'building-relationships'), 2, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'difficult-conversations'), 3, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'attention-to-detail'), 4, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'resilience'), 5, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'safeguarding'), 6, 'DESIRABLE');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 1,
     'You must pass enhanced vetting, because you may work with vulnerable adults.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 2,
     'Probation jobs are exempt from the Rehabilitation of Offenders Act 1974. You must declare your convictions, cautions and discharges, however long ago they happened. The only ones you can leave out are those that are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 3,
     'Having a criminal record does not automatically rule you out. Not declaring something you should have declared can. If you are unsure what to declare, the charity Unlock gives advice.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), 4,
     'This job does not lead straight to a probation service officer post: HMPPS adverts say residential workers cannot simply move across. To become a probation service officer you apply for that job.');

INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'aprw-direct'), 1);

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'hmpps-jd-aprw'), 1,
     'The grade (Band 3), the main duties, and the waking night and weekend work the job involves.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'aprw-guildford-advert'), 5,
     '12-hour shifts, and premium pay for nights, weekends and bank holidays.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'hmpps-band-3-advert'), 2,
     'Band 3 pay of £26,475 to £31,650, and that residential workers cannot move across to probation service officer jobs because the job descriptions differ.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'govuk-roa-guidance'), 3,
     'How the Rehabilitation of Offenders Act 1974 works, and which convictions and cautions are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'unlock'), 4,
     'Independent advice on declaring a criminal record when you apply for a job.');

-- Career links both ways with the probation service officer: related jobs, not a step up. On the probation
-- service officer profile it comes first among the related jobs.
UPDATE role_edition_career_link SET position = position + 1
    WHERE link_type = 'RELATED' AND edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 2);

INSERT INTO role_edition_career_link (edition_id, target_role_id, link_type, entry_route_id, note, typical_time, position) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'probation-service-officer'), 'RELATED', NULL,
     'Also Band 3, but a different job: supervising a caseload in the community rather than working shifts in approved premises. Residential workers cannot simply move across; you would apply for a probation service officer job.', NULL, 1),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 2),
     (SELECT id FROM role WHERE slug = 'approved-premises-residential-worker'), 'RELATED', NULL,
     'Another Band 3 way into probation work, in 12-hour shifts at approved premises, including waking nights and weekends. It is a separate job: HMPPS adverts say residential workers cannot simply move across to probation service officer posts.', NULL, 2);

UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'approved-premises-residential-worker' AND e.edition_number = 1)
    WHERE slug = 'approved-premises-residential-worker';
