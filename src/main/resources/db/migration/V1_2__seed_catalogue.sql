-- The first published catalogue: sources, skills, pay bands, entry routes and eight role profiles,
-- checked on 20 November 2026. Written for both H2 2.x and PostgreSQL 15. Ids are never given here:
-- every foreign key is looked up by code or slug, so the identity sequences stay in step.

-- Sources: where each fact comes from, and when we last checked it.
INSERT INTO source (code, title, publisher, url, licence, date_checked) VALUES
    ('ncs-probation-officer', 'Probation officer', 'National Careers Service', 'https://nationalcareers.service.gov.uk/job-profiles/probation-officer', 'Open Government Licence v3.0', DATE '2026-11-20'),
    ('ncs-youth-justice-worker', 'Youth justice worker', 'National Careers Service', 'https://nationalcareers.service.gov.uk/job-profiles/youth-justice-worker', 'Open Government Licence v3.0', DATE '2026-11-20'),
    ('hmpps-jd-pso', 'Job description PS-JES-0031: probation services officer, Band 3 (February 2023)', 'HM Prison and Probation Service', 'https://jobs.justice.gov.uk/', NULL, DATE '2026-11-20'),
    ('hmpps-jd-po', 'Job description PS-JES-0032: probation officer, Band 4 (February 2023)', 'HM Prison and Probation Service', 'https://jobs.justice.gov.uk/', NULL, DATE '2026-11-20'),
    ('hmpps-pqip-advert', 'Train to be a probation officer: trainee (PQiP) job advert', 'HM Prison and Probation Service', 'https://jobs.justice.gov.uk/careers/JobDetail/2939', NULL, DATE '2026-11-20'),
    ('ppj-pso', 'Probation services officer: the role', 'HM Prison and Probation Service (Justice Jobs)', 'https://jobs.justice.gov.uk/role/probation-services-officer/', NULL, DATE '2026-11-20'),
    ('ppj-probation-officer', 'Prison and Probation Jobs: probation roles', 'Prison and Probation Jobs (HMPPS)', 'https://prisonandprobationjobs.gov.uk/', NULL, DATE '2026-11-20'),
    ('ppj-probation-officer-apply', 'Probation officer: how to apply', 'Prison and Probation Jobs (HMPPS)', 'https://prisonandprobationjobs.gov.uk/roles-at-hmpps/overview-of-the-probation-officer-role/how-to-apply/', NULL, DATE '2026-11-20'),
    ('ppj-prison-officer', 'Prison and Probation Jobs: prison officer vacancies and guidance', 'Prison and Probation Jobs (HMPPS)', 'https://prisonandprobationjobs.gov.uk/', NULL, DATE '2026-11-20'),
    ('train-po', 'Train to be a probation officer', 'HM Prison and Probation Service', 'https://www.traintobeaprobationofficer.com/', NULL, DATE '2026-11-20'),
    ('govuk-roa-guidance', 'New guidance on the Rehabilitation of Offenders Act 1974', 'Ministry of Justice (GOV.UK)', 'https://www.gov.uk/government/publications/new-guidance-on-the-rehabilitation-of-offenders-act-1974', 'Open Government Licence v3.0', DATE '2026-11-20'),
    ('probation-institute', 'Probation Institute', 'Probation Institute', 'https://www.probation-institute.org/', NULL, DATE '2026-11-20'),
    ('unlock', 'Unlock: advice for people with a criminal record', 'Unlock', 'https://unlock.org.uk/', NULL, DATE '2026-11-20'),
    ('pbni', 'Probation Board for Northern Ireland', 'Probation Board for Northern Ireland (PBNI)', 'https://www.pbni.org.uk/', NULL, DATE '2026-11-20'),
    ('sssc', 'Scottish Social Services Council', 'Scottish Social Services Council (SSSC)', 'https://www.sssc.uk.com/', NULL, DATE '2026-11-20'),
    ('niscc', 'Northern Ireland Social Care Council', 'Northern Ireland Social Care Council (NISCC)', 'https://niscc.info/', NULL, DATE '2026-11-20'),
    ('ons-soc2020', 'Standard Occupational Classification 2020 (SOC 2020)', 'Office for National Statistics', 'https://www.ons.gov.uk/methodology/classificationsandstandards/standardoccupationalclassificationsoc/soc2020', 'Open Government Licence v3.0', DATE '2026-11-20'),
    ('napo', 'Napo, the trade union and professional association for probation staff', 'Napo', 'https://www.napo.org.uk/', NULL, DATE '2026-11-20');

-- Skills: one shared list, linked to each role with how much it matters.
INSERT INTO skill (code, name, description) VALUES
    ('risk-assessment', 'Assessing risk', 'Weighing up how likely someone is to reoffend or cause harm, and deciding what will reduce that risk.'),
    ('report-writing', 'Writing reports', 'Writing clear, accurate and balanced reports that a court, a prison or the Parole Board can rely on.'),
    ('difficult-conversations', 'Talking with people who may be hostile or distressed', 'Listening well, staying respectful and getting your message across when someone is angry, upset or does not want to talk.'),
    ('building-relationships', 'Building working relationships', 'Earning the trust of the people you supervise while keeping clear professional boundaries.'),
    ('staying-calm', 'Staying calm under pressure', 'Keeping a clear head and making sound choices when a situation is tense or urgent.'),
    ('attention-to-detail', 'Attention to detail', 'Keeping accurate records and spotting the details that matter in a lot of information.'),
    ('multi-agency-working', 'Working with other agencies', 'Sharing information and planning together with the police, prisons, social services, health services, housing and charities.'),
    ('motivating-change', 'Motivating people to change', 'Encouraging people to take responsibility for their behaviour and work towards a life without crime, without judging them.'),
    ('caseload-management', 'Managing a caseload and your time', 'Keeping track of many people and deadlines at once, and deciding what needs doing first.'),
    ('criminal-justice-knowledge', 'Knowledge of the criminal justice system', 'Understanding how the police, courts, prisons and probation fit together, and the sentences they deal with.'),
    ('it-systems', 'Using IT and case-management systems', 'Recording your work accurately on computer systems and using everyday office software with confidence.'),
    ('resilience', 'Resilience', 'Coping with emotionally demanding work, learning from setbacks and looking after your own wellbeing.'),
    ('judgement', 'Judgement and decision-making', 'Weighing up evidence, even when it is incomplete, and making decisions you can explain and defend.'),
    ('leading-staff', 'Leading and supervising staff', 'Guiding, supporting and checking the work of a team, and helping each person develop.'),
    ('court-work', 'Working in court', 'Presenting information clearly and confidently in court, and giving evidence when asked.'),
    ('safeguarding', 'Safeguarding', 'Recognising when a child or a vulnerable adult may be at risk of harm, and knowing how to act.'),
    ('group-work', 'Running group sessions', 'Leading or helping to lead programmes and activities with groups of people on probation.');

-- Pay bands. Figures we have not checked against the official pay scale are marked UNCONFIRMED.
INSERT INTO pay_band (code, organisation, band, pay_year, minimum_pay, maximum_pay, allowances, award_status, note, source_id) VALUES
    ('probation-band-3', 'Probation Service (HMPPS)', 'Band 3', '2025/26', 24000, 26500, NULL, 'UNCONFIRMED',
     'This is the starting pay range for probation service officers that the HMPPS recruitment site advertised when we checked in November 2026. The site did not say which pay year it applies to, so we show it against 2025/26. We have not yet checked it against the official Probation Service pay scale. Pay for 2025/26 is not confirmed as settled: in January 2026 staff were offered a 4% rise on all pay points, and the union Napo recommended rejecting it.',
     (SELECT id FROM source WHERE code = 'ppj-pso')),
    ('pqip-trainee', 'Probation Service (HMPPS)', 'Trainee probation officer (PQiP)', '2025/26', 26475, 26475, 'London allowance of £4,249 a year if your workplace is inside the M25.', 'AGREED',
     'This is the salary in the HMPPS advert for trainee probation officers starting in September 2025 and March 2026. Trainees are employed at probation service officer grade while they train. Later intakes may be paid a different rate, so check the advert you apply to.',
     (SELECT id FROM source WHERE code = 'hmpps-pqip-advert')),
    ('probation-band-4', 'Probation Service (HMPPS)', 'Band 4', '2025/26', 28000, 35000, NULL, 'UNCONFIRMED',
     'This is the starting pay range for qualified probation officers that the HMPPS recruitment site advertised when we checked in November 2026. The site did not say which pay year it applies to, so we show it against 2025/26. We have not yet checked it against the official Probation Service pay scale. Pay for 2025/26 is not confirmed as settled: in January 2026 staff were offered a 4% rise on all pay points, and the union Napo recommended rejecting it.',
     (SELECT id FROM source WHERE code = 'train-po')),
    ('probation-band-5', 'Probation Service (HMPPS)', 'Band 5', '2025/26', NULL, NULL, NULL, 'UNCONFIRMED',
     'We do not yet hold a checked pay figure for senior probation officers (Band 5). Check the current Probation Service pay scale, or the salary in the job advert. Pay for 2025/26 is not confirmed as settled: in January 2026 staff were offered a 4% rise on all pay points, and the union Napo recommended rejecting it.',
     (SELECT id FROM source WHERE code = 'ppj-probation-officer'));

-- Entry routes. A duration left empty is shown as not fixed.
INSERT INTO entry_route (code, name, route_type, summary, qualification_gained, qualification_level,
        duration_months_min, duration_months_max, entry_requirements, min_qualification_level, criminology_shortens,
        experience_needed, uk_residence_years, minimum_age, nations, valid_from, source_id) VALUES
    ('pso-direct', 'Apply directly as a probation service officer', 'DIRECT_APPLICATION',
     'Apply for a probation service officer vacancy. You do not need a degree. Once you start, you train on the job and work towards the Level 3 Diploma in Probation Practice, which you complete within your first 12 months.',
     'Diploma in Probation Practice, a vocational qualification', 3, NULL, 12,
     'Employers usually expect GCSEs, or equivalent qualifications, in English and maths.',
     NULL, FALSE, 'Paid or voluntary experience of working with vulnerable people or people whose behaviour can be challenging.', NULL, NULL, 'ENGLAND,WALES', NULL, (SELECT id FROM source WHERE code = 'ppj-pso')),
    ('pqip-15-month', 'Trainee probation officer (PQiP): 15-month route', 'TRAINEE_PROGRAMME',
     'For people who have already studied criminology. You are employed as a trainee probation officer, at probation service officer grade, and work towards the Professional Qualification in Probation (PQiP). PQiP combines an honours-degree-level academic award (Level 6) with a Level 5 vocational qualification in probation practice. On this route, training takes 15 months.',
     'Professional Qualification in Probation (PQiP), including an honours-degree-level academic award', 6, 15, 15,
     'A Level 5 qualification, or higher, that covers at least 3 of these 4 criminology modules: the criminal justice system; crime and criminal behaviour; penal policy and punishment; rehabilitation of offenders. You must also have the right to work in the UK.',
     5, TRUE, 'Paid or voluntary experience of working with people whose behaviour can be challenging.', 3, 18, 'ENGLAND,WALES', NULL, (SELECT id FROM source WHERE code = 'train-po')),
    ('pqip-21-month', 'Trainee probation officer (PQiP): 21-month route', 'TRAINEE_PROGRAMME',
     'For people with a Level 5 qualification or a degree that does not include the criminology modules needed for the 15-month route. You are employed as a trainee probation officer, at probation service officer grade, and work towards the Professional Qualification in Probation (PQiP). On this route, training takes 21 months.',
     'Professional Qualification in Probation (PQiP), including an honours-degree-level academic award', 6, 21, 21,
     'A Level 5 qualification or a degree, in any subject. You must also have the right to work in the UK.',
     5, FALSE, 'Paid or voluntary experience of working with people whose behaviour can be challenging.', 3, 18, 'ENGLAND,WALES', NULL, (SELECT id FROM source WHERE code = 'train-po')),
    ('pqip-non-graduate', 'Trainee probation officer (PQiP): route from a Level 3 qualification', 'TRAINEE_PROGRAMME',
     'A newer way into PQiP for people without a degree or a Level 5 qualification. The official HMPPS recruitment site now accepts a Level 3 qualification, such as A levels, in any subject. Training on this route takes up to 27 months. The National Careers Service page for probation officers still says you need a Level 5 qualification, so check the current rules on the recruitment site before you apply.',
     'Professional Qualification in Probation (PQiP), including an honours-degree-level academic award', 6, NULL, 27,
     'A Level 3 qualification in any subject, for example A levels. You must also have the right to work in the UK.',
     3, FALSE, 'Paid or voluntary experience of working with people whose behaviour can be challenging.', 3, 18, 'ENGLAND,WALES', NULL, (SELECT id FROM source WHERE code = 'ppj-probation-officer-apply')),
    ('pqip-internal-pso', 'Internal PQiP route for probation service officers', 'INTERNAL',
     'If you already work as a probation service officer and have at least 6 months’ service, you can apply for the Professional Qualification in Probation (PQiP) through a route for current staff. As on the other PQiP routes, how long training takes depends on what you have studied before.',
     'Professional Qualification in Probation (PQiP), including an honours-degree-level academic award', 6, NULL, NULL,
     'At least 6 months’ service as a probation service officer.',
     NULL, FALSE, NULL, NULL, NULL, 'ENGLAND,WALES', NULL, (SELECT id FROM source WHERE code = 'ppj-probation-officer-apply')),
    ('social-work-scotland', 'Qualify as a social worker (Scotland)', 'DEGREE',
     'In Scotland, probation work is done by social workers. First you qualify in social work, through a degree or a postgraduate course, and register with the Scottish Social Services Council (SSSC). Then you can apply for jobs in a local council’s justice social work team.',
     'A recognised social work qualification (degree or postgraduate)', NULL, NULL, NULL,
     'To work as a social worker you must be registered with the SSSC.',
     NULL, FALSE, NULL, NULL, NULL, 'SCOTLAND', NULL, (SELECT id FROM source WHERE code = 'sssc')),
    ('social-work-northern-ireland', 'Qualify as a social worker (Northern Ireland)', 'DEGREE',
     'In Northern Ireland, probation officers work for the Probation Board for Northern Ireland (PBNI) and are qualified social workers. First you qualify in social work and register with the Northern Ireland Social Care Council (NISCC). Then you can apply to PBNI.',
     'A recognised social work qualification', NULL, NULL, NULL,
     'To work as a PBNI probation officer you must be a qualified social worker registered with NISCC.',
     NULL, FALSE, NULL, NULL, NULL, 'NORTHERN_IRELAND', NULL, (SELECT id FROM source WHERE code = 'pbni'));

-- Roles, each inserted before its first edition; the live edition is set at the end.
INSERT INTO role (slug, role_group, display_order, live_edition_id) VALUES
    ('probation-service-officer', 'ENGLAND_WALES', 1, NULL),
    ('trainee-probation-officer', 'ENGLAND_WALES', 2, NULL),
    ('probation-officer', 'ENGLAND_WALES', 3, NULL),
    ('senior-probation-officer', 'ENGLAND_WALES', 4, NULL),
    ('justice-social-worker-scotland', 'SCOTLAND', 1, NULL),
    ('probation-officer-northern-ireland', 'NORTHERN_IRELAND', 1, NULL),
    ('prison-officer', 'RELATED', 1, NULL),
    ('youth-justice-worker', 'RELATED', 2, NULL);

-- Probation service officer
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at) VALUES
    ((SELECT id FROM role WHERE slug = 'probation-service-officer'), 1, 'PUBLISHED', 'Probation service officer',
     'Probation service officers (PSOs) supervise people on probation who have been assessed as lower risk, and support probation officers in court, in prisons and in the community. You do not need a degree: you apply directly and train on the job. It is a Band 3 job in the Probation Service, which is part of HM Prison and Probation Service (HMPPS).',
     'People serving community sentences or released from prison on licence who have been assessed as lower risk.',
     'You could be based in a probation office, a court, a prison or approved premises, and you will also see people out in the community. You will hear about hard lives and about offences, so the work can be emotionally demanding.',
     37, 39, 'Mostly Monday to Friday, though some days start early or finish late. Now and then you may need to work evenings or weekends. Part-time jobs are available too.',
     (SELECT id FROM pay_band WHERE code = 'probation-band-3'),
     'Check the salary in the job advert before you apply. Other careers websites give different figures, and some of them are out of date.',
     'ENGLAND,WALES', NULL, DATE '2026-11-20', 'First published.',
     'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:30:00+00');

INSERT INTO role_edition_other_title (edition_id, position, title) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 1, 'Probation services officer'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 2, 'PSO'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 3, 'Probation assistant');

INSERT INTO role_edition_duty (edition_id, position, description) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 1,
     'Manage your own caseload of people on probation whose risk has been assessed as lower, and check they keep to the conditions of their sentence.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 2,
     'Support probation officers at court, for example by having pre-sentence reports to hand for the hearing.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 3,
     'Write your own reports for the court on some matters, for example whether a person is able to pay a fine.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 4,
     'Run, or help to run, programmes that challenge offending behaviour, one to one or in groups.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 5,
     'Set up and oversee unpaid work placements, also called community payback.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 6,
     'Work in approved premises (once known as hostels), supporting and supervising the people who live there.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 7,
     'Help people sort out practical problems, such as finding somewhere to live, getting work or training, or getting treatment for drug or alcohol use.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 8,
     'Support victims of crime.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 9,
     'Work with the police, social services, health services and drug and alcohol services.');

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'difficult-conversations'), 1, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'building-relationships'), 2, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'report-writing'), 3, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'staying-calm'), 4, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'resilience'), 5, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'it-systems'), 6, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'multi-agency-working'), 7, 'DESIRABLE'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'group-work'), 8, 'DESIRABLE'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'risk-assessment'), 9, 'DESIRABLE'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'criminal-justice-knowledge'), 10, 'DESIRABLE');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 1,
     'You must pass enhanced vetting, because you may work with children and vulnerable adults.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 2,
     'Probation jobs are exempt from the Rehabilitation of Offenders Act 1974. You must declare your convictions, cautions and discharges, however long ago they happened. The only ones you can leave out are those that are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 3,
     'Having a criminal record does not automatically rule you out. Not declaring something you should have declared can. If you are unsure what to declare, the charity Unlock gives advice.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), 4,
     'HM Prison and Probation Service encourages people with lived experience of the justice system to apply.');

INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'pso-direct'), 1);

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'hmpps-jd-pso'), 1,
     'The grade (Band 3) and the main duties of a probation service officer.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ppj-pso'), 2,
     'How to apply, the qualifications and experience employers look for, and the advertised starting pay.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ncs-probation-officer'), 3,
     'Starting as a probation service officer and going on to train as a probation officer.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'govuk-roa-guidance'), 4,
     'How the Rehabilitation of Offenders Act 1974 works, and which convictions and cautions are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'unlock'), 5,
     'Independent advice on declaring a criminal record when you apply for a job.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'napo'), 6,
     'The 4% pay offer for 2025/26 made in January 2026, and the union’s advice to reject it.');

-- Trainee probation officer
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at) VALUES
    ((SELECT id FROM role WHERE slug = 'trainee-probation-officer'), 1, 'PUBLISHED', 'Trainee probation officer',
     'Trainee probation officers are paid to train for the Professional Qualification in Probation (PQiP), which you need to become a probation officer in England and Wales. You work in the Probation Service at probation service officer grade while you study. Training takes 15 to 27 months, depending on what you have studied before.',
     'People on probation. While you train, you are employed at probation service officer grade.',
     'Like qualified probation officers, you could work in a probation office, a court, a prison or the community, and you also spend time studying. The work can be emotionally demanding.',
     NULL, NULL, NULL,
     (SELECT id FROM pay_band WHERE code = 'pqip-trainee'),
     NULL,
     'ENGLAND,WALES', NULL, DATE '2026-11-20', 'First published.',
     'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:30:00+00');

INSERT INTO role_edition_other_title (edition_id, position, title) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 1, 'PQiP trainee');

INSERT INTO role_edition_duty (edition_id, position, description) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 1,
     'Study for the academic part of PQiP, an award at honours degree level (Level 6).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 2,
     'Build evidence at work for the Level 5 vocational qualification in probation practice.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 3,
     'Learn to assess the risk people pose and to plan how to manage it.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 4,
     'Learn to write reports for the courts, such as pre-sentence reports.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 5,
     'Supervise people on probation and help them make changes that reduce their offending.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 6,
     'Work alongside the police, prisons, social services and health services.');

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'risk-assessment'), 1, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'report-writing'), 2, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'difficult-conversations'), 3, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'caseload-management'), 4, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'resilience'), 5, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'motivating-change'), 6, 'DESIRABLE'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'criminal-justice-knowledge'), 7, 'DESIRABLE'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'it-systems'), 8, 'DESIRABLE'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'attention-to-detail'), 9, 'DESIRABLE');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 1,
     'You must pass enhanced vetting, because you may work with children and vulnerable adults.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 2,
     'Probation jobs are exempt from the Rehabilitation of Offenders Act 1974. You must declare your convictions, cautions and discharges, however long ago they happened. The only ones you can leave out are those that are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 3,
     'Having a criminal record does not automatically rule you out. Not declaring something you should have declared can. If you are unsure what to declare, the charity Unlock gives advice.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 4,
     'HM Prison and Probation Service encourages people with lived experience of the justice system to apply.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 5,
     'To apply you must be 18 or over and have the right to work in the UK.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), 6,
     'You must have lived in the UK for the last 3 years, so that you can be vetted.');

INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'pqip-15-month'), 1),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'pqip-21-month'), 2),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'pqip-non-graduate'), 3),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'pqip-internal-pso'), 4);

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'train-po'), 1,
     'What PQiP is made up of, and the 15-month and 21-month routes with the criminology modules that decide between them.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ppj-probation-officer-apply'), 2,
     'Eligibility (age, right to work, 3 years in the UK, experience), the route from a Level 3 qualification, the internal route and declaring convictions.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'hmpps-pqip-advert'), 3,
     'Trainee pay of £26,475 a year and the £4,249 London allowance for the September 2025 and March 2026 intakes.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ncs-probation-officer'), 4,
     'The National Careers Service description of PQiP, which still gives a Level 5 qualification as the minimum.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'govuk-roa-guidance'), 5,
     'How the Rehabilitation of Offenders Act 1974 works, and which convictions and cautions are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'unlock'), 6,
     'Independent advice on declaring a criminal record when you apply for a job.');

-- Probation officer
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at) VALUES
    ((SELECT id FROM role WHERE slug = 'probation-officer'), 1, 'PUBLISHED', 'Probation officer',
     'Probation officers supervise people serving community sentences and people released from prison on licence, at every level of risk. They assess and manage risk, write reports for courts and the Parole Board, and help people stop offending. It is a Band 4 job in the Probation Service, which is part of HM Prison and Probation Service (HMPPS). You qualify through the Professional Qualification in Probation (PQiP).',
     'People on community orders and people on licence after leaving prison, at all levels of risk. This includes people assessed as high risk and people who offend again and again (prolific offenders).',
     'Your work could take you to a probation office, courts, prisons and out into the community. You will work with people who have committed serious offences and hear about the harm they have caused, so the work can be emotionally demanding. After further training you can specialise, for example in working with high-risk offenders or people convicted of sexual offences, in approved premises, in courts, in victim liaison, in running accredited programmes or in youth offending teams.',
     NULL, NULL, NULL,
     (SELECT id FROM pay_band WHERE code = 'probation-band-4'),
     'There is no reliable national average salary for probation officers: the Office for National Statistics does not publish a median pay figure for this occupation (SOC 2020 code 2462). Check the salary in the job advert before you apply.',
     'ENGLAND,WALES', '2462', DATE '2026-11-20', 'First published.',
     'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:30:00+00');

INSERT INTO role_edition_other_title (edition_id, position, title) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 1, 'PO'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 2, 'Offender manager');

INSERT INTO role_edition_duty (edition_id, position, description) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 1,
     'Assess the risk each person poses to the public and plan how to manage it.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 2,
     'Prepare pre-sentence reports for magistrates’ courts and the Crown Court, so the court has the full picture before it sentences someone.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 3,
     'Make sure people keep to their community orders, such as unpaid work, accredited programmes or drug and alcohol treatment, and take them back to court if they do not.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 4,
     'Supervise people released from prison on licence and help them settle back into the community.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 5,
     'Work with the police, prisons and other agencies under Multi-Agency Public Protection Arrangements (MAPPA) to manage people who could cause serious harm.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 6,
     'Write reports for prison governors and the Parole Board when someone’s release from prison is being considered.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 7,
     'Keep victims of serious crime informed, and take account of their concerns, when the release of the person who harmed them is being considered.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 8,
     'Connect people with help for housing, jobs and training, and drug or alcohol treatment.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 9,
     'Go to court and, when asked, give evidence about your work.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 10,
     'In some posts, manage approved premises, where people on probation live under close supervision.');

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'risk-assessment'), 1, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'report-writing'), 2, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'difficult-conversations'), 3, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'judgement'), 4, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'multi-agency-working'), 5, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'court-work'), 6, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'staying-calm'), 7, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'resilience'), 8, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'safeguarding'), 9, 'DESIRABLE'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'motivating-change'), 10, 'DESIRABLE');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 1,
     'You must pass enhanced vetting, because you may work with children and vulnerable adults.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 2,
     'Probation jobs are exempt from the Rehabilitation of Offenders Act 1974. You must declare your convictions, cautions and discharges, however long ago they happened. The only ones you can leave out are those that are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 3,
     'Having a criminal record does not automatically rule you out. Not declaring something you should have declared can. If you are unsure what to declare, the charity Unlock gives advice.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 4,
     'HM Prison and Probation Service encourages people with lived experience of the justice system to apply.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 5,
     'The Probation Professional Register started in September 2024. Probation officers on it show evidence of their qualifications, follow standards of conduct and keep up their continuing professional development (CPD).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), 6,
     'You can join the Probation Institute, the independent professional body for probation, set up in 2014.');

INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'pqip-15-month'), 1),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'pqip-21-month'), 2),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'pqip-non-graduate'), 3),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'pqip-internal-pso'), 4);

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ncs-probation-officer'), 1,
     'Day-to-day tasks, the working environment, specialising after further training, promotion to senior probation officer and the Probation Institute.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'hmpps-jd-po'), 2,
     'The grade (Band 4) and the main duties, including MAPPA, pre-sentence and Parole Board reports, enforcement and work with victims.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'train-po'), 3,
     'How PQiP works, its 15-month and 21-month routes, and the advertised starting pay for qualified probation officers.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ppj-probation-officer-apply'), 4,
     'Eligibility for PQiP, the route from a Level 3 qualification and the internal route for probation service officers.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ons-soc2020'), 5,
     'The occupation code for probation officers, 2462.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'govuk-roa-guidance'), 6,
     'How the Rehabilitation of Offenders Act 1974 works, and which convictions and cautions are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'unlock'), 7,
     'Independent advice on declaring a criminal record when you apply for a job.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'probation-institute'), 8,
     'The Probation Institute as the independent professional body for probation.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'napo'), 9,
     'The 4% pay offer for 2025/26 made in January 2026, and the union’s advice to reject it.');

-- Senior probation officer
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at) VALUES
    ((SELECT id FROM role WHERE slug = 'senior-probation-officer'), 1, 'PUBLISHED', 'Senior probation officer',
     'Senior probation officers lead a team of probation staff. It is a Band 5 job in the Probation Service, and you usually reach it by promotion after gaining experience as a probation officer. From here you could go on to head a probation delivery unit, and then move into regional management. We do not have profiles for those jobs yet.',
     NULL,
     NULL,
     NULL, NULL, NULL,
     (SELECT id FROM pay_band WHERE code = 'probation-band-5'),
     'Check the salary in the job advert, or the current Probation Service pay scale for Band 5.',
     'ENGLAND,WALES', NULL, DATE '2026-11-20', 'First published.',
     'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:30:00+00');

INSERT INTO role_edition_other_title (edition_id, position, title) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 1, 'SPO');

INSERT INTO role_edition_duty (edition_id, position, description) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 1,
     'Lead and manage a team of probation officers and probation service officers.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 2,
     'Oversee your team’s work, including how they assess and manage risk.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 3,
     'Support staff with difficult cases and decisions.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 4,
     'Check that your team’s work meets the standards expected.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 5,
     'Work with managers in other agencies, such as the police and social services.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 6,
     'Help your staff learn and develop, including people who are training.');

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'leading-staff'), 1, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'judgement'), 2, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'risk-assessment'), 3, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'difficult-conversations'), 4, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'multi-agency-working'), 5, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'resilience'), 6, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'caseload-management'), 7, 'DESIRABLE'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'criminal-justice-knowledge'), 8, 'DESIRABLE');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 1,
     'You must pass enhanced vetting, because you may work with children and vulnerable adults.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 2,
     'Probation jobs are exempt from the Rehabilitation of Offenders Act 1974. You must declare your convictions, cautions and discharges, however long ago they happened. The only ones you can leave out are those that are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 3,
     'Having a criminal record does not automatically rule you out. Not declaring something you should have declared can. If you are unsure what to declare, the charity Unlock gives advice.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), 4,
     'You usually need to be a qualified probation officer with some experience before you can be promoted to this role.');

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ncs-probation-officer'), 1,
     'Promotion to senior probation officer with experience, and moving into management after that.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ppj-probation-officer'), 2,
     'Probation Service grades and the career path beyond probation officer.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'govuk-roa-guidance'), 3,
     'How the Rehabilitation of Offenders Act 1974 works, and which convictions and cautions are protected (filtered).'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'napo'), 4,
     'The 4% pay offer for 2025/26 made in January 2026, and the union’s advice to reject it.');

-- Justice social worker (Scotland)
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at) VALUES
    ((SELECT id FROM role WHERE slug = 'justice-social-worker-scotland'), 1, 'PUBLISHED', 'Justice social worker (Scotland)',
     'Scotland has no separate probation service. Probation work is done by justice social workers, also called criminal justice social workers, in the justice social work teams of Scotland’s 32 local councils. To do this job you must be a qualified social worker registered with the Scottish Social Services Council (SSSC).',
     NULL,
     NULL,
     NULL, NULL, NULL,
     NULL,
     'We do not hold a checked pay figure for this role. Justice social workers are employed by local councils, so check the current pay scale of the council you would work for.',
     'SCOTLAND', NULL, DATE '2026-11-20', 'First published.',
     'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:30:00+00');

INSERT INTO role_edition_other_title (edition_id, position, title) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), 1, 'Criminal justice social worker');

INSERT INTO role_edition_duty (edition_id, position, description) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), 1,
     'Supervise people serving community sentences.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), 2,
     'Write reports that help courts decide on sentences.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), 3,
     'Support people leaving prison and manage the risk they pose in the community.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), 4,
     'Work with the police, health services and other agencies to protect the public.');

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'risk-assessment'), 1, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'report-writing'), 2, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'multi-agency-working'), 3, 'ESSENTIAL');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), 1,
     'You must be a qualified social worker, registered with the Scottish Social Services Council (SSSC).');

INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'social-work-scotland'), 1);

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'sssc'), 1,
     'Registration of social workers in Scotland, which you need to work as a justice social worker.');

-- Probation officer (Northern Ireland)
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at) VALUES
    ((SELECT id FROM role WHERE slug = 'probation-officer-northern-ireland'), 1, 'PUBLISHED', 'Probation officer (Northern Ireland)',
     'In Northern Ireland, probation is run by the Probation Board for Northern Ireland (PBNI). Its probation officers are qualified social workers registered with the Northern Ireland Social Care Council (NISCC). PBNI also employs probation service officers.',
     NULL,
     NULL,
     NULL, NULL, NULL,
     NULL,
     'We do not hold a checked pay figure for this role. Check PBNI’s current pay scale, or the salary in its job adverts.',
     'NORTHERN_IRELAND', NULL, DATE '2026-11-20', 'First published.',
     'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:30:00+00');

INSERT INTO role_edition_other_title (edition_id, position, title) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), 1, 'PBNI probation officer');

INSERT INTO role_edition_duty (edition_id, position, description) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), 1,
     'Supervise people serving community sentences and people released from prison.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), 2,
     'Assess the risk people pose and write reports for the courts.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), 3,
     'Help people change their behaviour and stop offending.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), 4,
     'Work with other agencies to protect the public.');

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'risk-assessment'), 1, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'report-writing'), 2, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'motivating-change'), 3, 'ESSENTIAL');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), 1,
     'You must be a qualified social worker, registered with the Northern Ireland Social Care Council (NISCC).');

INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), (SELECT id FROM entry_route WHERE code = 'social-work-northern-ireland'), 1);

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'pbni'), 1,
     'PBNI as the probation service for Northern Ireland, its jobs for probation officers and probation service officers.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'niscc'), 2,
     'Registration of social workers in Northern Ireland, which PBNI probation officers need.');

-- Prison officer
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at) VALUES
    ((SELECT id FROM role WHERE slug = 'prison-officer'), 1, 'PUBLISHED', 'Prison officer',
     'Prison officers keep people in prison safe and secure, and help them use their time in prison to prepare for release. In England and Wales, HM Prison and Probation Service (HMPPS) recruits prison officers through the same jobs website as probation staff. We describe this role more briefly than the probation roles.',
     NULL,
     NULL,
     NULL, NULL, NULL,
     NULL,
     'We do not hold a checked pay figure for prison officers. Check the employer’s current pay scale: for prisons run by HMPPS, that is on the Prison and Probation Jobs website.',
     'ENGLAND,WALES', NULL, DATE '2026-11-20', 'First published.',
     'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:30:00+00');

INSERT INTO role_edition_duty (edition_id, position, description) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1), 1,
     'Supervise people in prison and keep order.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1), 2,
     'Carry out security checks and searches.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1), 3,
     'Support people who are vulnerable or at risk of harming themselves.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1), 4,
     'Encourage people to take part in work, education and programmes that can help them after release.');

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'staying-calm'), 1, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'difficult-conversations'), 2, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'resilience'), 3, 'ESSENTIAL');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1), 1,
     'We do not list the entry requirements for this role yet. Check them on the Prison and Probation Jobs website before you apply.');

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ppj-prison-officer'), 1,
     'What prison officers do, how to apply and current pay, from the HMPPS recruitment site.');

-- Youth justice worker
INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
        hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, change_note,
        created_by, created_at, published_by, published_at) VALUES
    ((SELECT id FROM role WHERE slug = 'youth-justice-worker'), 1, 'PUBLISHED', 'Youth justice worker',
     'Youth justice workers work with children and young people who have offended or are at risk of offending, and help them move away from crime. In England and Wales, most work in youth offending teams led by local councils. HMPPS also uses the title youth justice worker for a different job in youth custody, which this profile does not cover.',
     NULL,
     NULL,
     NULL, NULL, NULL,
     NULL,
     'We do not hold a checked pay figure for youth justice workers. Youth offending teams are led by local councils, so check the current pay scale of the council you would work for.',
     'ENGLAND,WALES', NULL, DATE '2026-11-20', 'First published.',
     'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', 'content-team', TIMESTAMP WITH TIME ZONE '2026-11-20 09:30:00+00');

INSERT INTO role_edition_other_title (edition_id, position, title) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), 1, 'Youth offending team officer');

INSERT INTO role_edition_duty (edition_id, position, description) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), 1,
     'Work with children and young people who have offended, and with their families.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), 2,
     'Assess what each young person needs and how likely they are to offend again.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), 3,
     'Write reports for the youth court.'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), 4,
     'Work with schools, social services, the police, health services and probation.');

INSERT INTO role_edition_skill (edition_id, skill_id, position, importance) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'safeguarding'), 1, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'difficult-conversations'), 2, 'ESSENTIAL'),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), (SELECT id FROM skill WHERE code = 'multi-agency-working'), 3, 'ESSENTIAL');

INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), 1,
     'You must pass enhanced background checks, because you will work with children.');

INSERT INTO role_edition_source (edition_id, source_id, position, supports) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1), (SELECT id FROM source WHERE code = 'ncs-youth-justice-worker'), 1,
     'What youth justice workers do and how to get into the work.');

-- Career links: where each role leads (PROGRESSION) and what sits beside it (RELATED).
INSERT INTO role_edition_career_link (edition_id, target_role_id, link_type, entry_route_id, note, typical_time, position) VALUES
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'trainee-probation-officer'), 'PROGRESSION', (SELECT id FROM entry_route WHERE code = 'pqip-internal-pso'),
     'Once you have at least 6 months’ service, you can apply to train as a probation officer through the internal PQiP route.', 'After at least 6 months as a probation service officer', 1),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'prison-officer'), 'RELATED', NULL,
     'Prison officers work with people while they are in prison. Probation staff work with many of the same people before and after release.', NULL, 2),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'youth-justice-worker'), 'RELATED', NULL,
     'Youth justice workers do similar work with children and young people who have offended.', NULL, 3),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'justice-social-worker-scotland'), 'RELATED', NULL,
     'In Scotland, probation work is done by qualified social workers in local council justice social work teams.', NULL, 4),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'probation-officer-northern-ireland'), 'RELATED', NULL,
     'The Probation Board for Northern Ireland (PBNI) also employs probation service officers.', NULL, 5),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'probation-officer'), 'PROGRESSION', NULL,
     'When you complete PQiP, you qualify as a probation officer.', '15 to 27 months of training', 1),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'senior-probation-officer'), 'PROGRESSION', NULL,
     'With experience, you could be promoted to senior probation officer and lead a team.', NULL, 1),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'prison-officer'), 'RELATED', NULL,
     'Prison officers look after people while they are in prison. Probation officers work with many of the same people before and after release.', NULL, 2),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'youth-justice-worker'), 'RELATED', NULL,
     'Youth justice workers work with children and young people who have offended. Some probation officers specialise in youth offending team work.', NULL, 3),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'justice-social-worker-scotland'), 'RELATED', NULL,
     'In Scotland, justice social workers do the work that probation officers do in England and Wales.', NULL, 4),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'probation-officer-northern-ireland'), 'RELATED', NULL,
     'In Northern Ireland, probation officers work for PBNI and must be qualified social workers.', NULL, 5),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'probation-officer'), 'RELATED', NULL,
     'Probation officers do this work in England and Wales. They qualify through PQiP rather than a social work degree.', NULL, 1),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'probation-officer'), 'RELATED', NULL,
     'Probation officers in England and Wales do similar work, but they qualify through PQiP rather than social work.', NULL, 1),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'probation-officer'), 'RELATED', NULL,
     'Probation officers supervise many of the people prison officers work with, before and after they leave prison.', NULL, 1),
    ((SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1),
     (SELECT id FROM role WHERE slug = 'probation-officer'), 'RELATED', NULL,
     'Probation officers supervise adults, and work alongside youth offending teams. Some specialise in youth offending team work after further training.', NULL, 1);

-- Make each first edition the live one.
UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-service-officer' AND e.edition_number = 1)
    WHERE slug = 'probation-service-officer';
UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'trainee-probation-officer' AND e.edition_number = 1)
    WHERE slug = 'trainee-probation-officer';
UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = 1)
    WHERE slug = 'probation-officer';
UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'senior-probation-officer' AND e.edition_number = 1)
    WHERE slug = 'senior-probation-officer';
UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'justice-social-worker-scotland' AND e.edition_number = 1)
    WHERE slug = 'justice-social-worker-scotland';
UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer-northern-ireland' AND e.edition_number = 1)
    WHERE slug = 'probation-officer-northern-ireland';
UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'prison-officer' AND e.edition_number = 1)
    WHERE slug = 'prison-officer';
UPDATE role SET live_edition_id = (SELECT e.id FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.edition_number = 1)
    WHERE slug = 'youth-justice-worker';
