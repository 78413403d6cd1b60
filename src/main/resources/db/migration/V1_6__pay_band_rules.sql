-- The rules every pay band keeps from now on (the same as PayBandRules in the code), added once the
-- re-checked figures are in. Written for both H2 2.x and PostgreSQL 15.

ALTER TABLE pay_band ADD CONSTRAINT pay_band_award_status
    CHECK (award_status IN ('AGREED', 'EARLIER_YEAR_RATES', 'UNCONFIRMED', 'NOT_HELD'));

ALTER TABLE pay_band ADD CONSTRAINT pay_band_figure_basis
    CHECK (figure_basis IS NULL OR figure_basis IN ('PAY_SCALE', 'JOB_ADVERT', 'REPORTED'));

-- A held figure has a minimum (or starting) amount, a pay year and a basis; "no figure held" has none of them.
ALTER TABLE pay_band ADD CONSTRAINT pay_band_figure_held
    CHECK ((award_status = 'NOT_HELD' AND minimum_pay IS NULL AND maximum_pay IS NULL AND figure_basis IS NULL)
        OR (award_status <> 'NOT_HELD' AND minimum_pay IS NOT NULL AND pay_year IS NOT NULL AND figure_basis IS NOT NULL));

-- Only an earlier year's rates, still paid, name a pending award, and that award is for a later year.
ALTER TABLE pay_band ADD CONSTRAINT pay_band_earlier_year_rates
    CHECK ((award_status = 'EARLIER_YEAR_RATES' AND pending_award_year IS NOT NULL AND pending_award_year > pay_year)
        OR (award_status <> 'EARLIER_YEAR_RATES' AND pending_award_year IS NULL));
