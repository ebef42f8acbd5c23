-- 0009: the country whose public holidays the suggested launch date avoids, when the
-- organizer sets it by hand (a calendar code such as 'FR' or 'AU-NSW'); '' takes the country
-- of the event's time zone, as every plan did before.
ALTER TABLE event ADD COLUMN holiday_country TEXT NOT NULL DEFAULT '';
