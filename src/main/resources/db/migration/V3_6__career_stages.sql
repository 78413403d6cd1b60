-- Where each role sits on the career path, from a first job to management, so the career-path map can lay
-- roles out by stage. Written for both H2 2.x and PostgreSQL 15.
--
-- The default only keeps a role added without a stage valid; every seeded role is given its own stage below.

ALTER TABLE role ADD COLUMN career_stage VARCHAR(20) DEFAULT 'QUALIFIED' NOT NULL;

ALTER TABLE role ADD CONSTRAINT role_career_stage_known
    CHECK (career_stage IN ('ENTRY', 'TRAINING', 'QUALIFIED', 'SENIOR', 'MANAGEMENT'));

-- First jobs: no probation qualification needed to apply.
UPDATE role SET career_stage = 'ENTRY' WHERE slug IN ('probation-service-officer',
    'approved-premises-residential-worker', 'prison-officer', 'youth-justice-worker');

-- Paid training towards the probation officer qualification (PQiP).
UPDATE role SET career_stage = 'TRAINING' WHERE slug = 'trainee-probation-officer';

-- Qualified practitioners: probation officers, and the registered social workers who do the work in Scotland
-- and Northern Ireland.
UPDATE role SET career_stage = 'QUALIFIED' WHERE slug IN ('probation-officer', 'justice-social-worker-scotland',
    'probation-officer-northern-ireland');

-- Leading a team of practitioners.
UPDATE role SET career_stage = 'SENIOR' WHERE slug = 'senior-probation-officer';
