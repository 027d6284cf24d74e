-- The bench's accounts: a committee member (the reviewer of the synthetic verdicts) and a
-- citizen who signs in through the real form. The password hash is ASP.NET Core Identity's
-- format (PBKDF2-HMAC-SHA512, 100,000 iterations, fixed salt) of "bench-password-2024"; these
-- accounts only ever exist on the bench's private database.
\set ON_ERROR_STOP on
INSERT INTO "AspNetUsers" (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash,
                           security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled,
                           access_failed_count, display_name)
VALUES
    ('bench-committee', 'committee@bench.test', 'COMMITTEE@BENCH.TEST', 'committee@bench.test', 'COMMITTEE@BENCH.TEST', true, NULL,
     'BENCHCOMMITTEESTAMP0000000000000', 'bench-committee', false, false, false, 0, 'Comité sintético'),
    ('bench-citizen', 'citizen@bench.test', 'CITIZEN@BENCH.TEST', 'citizen@bench.test', 'CITIZEN@BENCH.TEST', true,
     'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg+nJTr0YY92487yJiZtLCZtWnWf1YKNkUuNrO2plQU5iQ==',
     'BENCHCITIZENSTAMP000000000000000', 'bench-citizen', false, false, false, 0, 'Ciudadana sintética');
-- Their roles (the app creates the roles at start-up, before this runs).
INSERT INTO "AspNetUserRoles" (user_id, role_id)
SELECT u.id, r.id FROM "AspNetUsers" u JOIN "AspNetRoles" r
  ON (u.id = 'bench-committee' AND r.normalized_name = 'STEERINGCOMMITTEE') OR (u.id = 'bench-citizen' AND r.normalized_name = 'CITIZEN')
ON CONFLICT DO NOTHING;
