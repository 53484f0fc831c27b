-- The services' database logins, least privilege (docs/security.md). Run as the database owner before the services
-- first start, with psql variables for the passwords, e.g.
--   psql -v lending_password=... -v scoring_password=... -v kyc_password=... -v disclosure_password=...
--        -v web_password=... -v gateway_password=... -f this file
-- The event store's migrations (run by the owner: PEERLEND_DB_MIGRATION_USER) grant the shared tables to
-- peerlend_services; each service logs in as its own member of it (PEERLEND_DB_USER, PEERLEND_DB_PASSWORD).
CREATE ROLE peerlend_services NOLOGIN;
CREATE ROLE peerlend_lending LOGIN PASSWORD :'lending_password' IN ROLE peerlend_services;
CREATE ROLE peerlend_scoring LOGIN PASSWORD :'scoring_password' IN ROLE peerlend_services;
CREATE ROLE peerlend_kyc LOGIN PASSWORD :'kyc_password' IN ROLE peerlend_services;
CREATE ROLE peerlend_disclosure LOGIN PASSWORD :'disclosure_password' IN ROLE peerlend_services;
-- KYC and lending create their own schema for their key tables (kyc, lending): nobody else gets in
GRANT CREATE ON DATABASE peerlend TO peerlend_kyc, peerlend_lending;
-- the web client keeps only its users' sessions (Spring Session's tables), in a schema of its own, with no part in the
-- event store
CREATE ROLE peerlend_web LOGIN PASSWORD :'web_password';
CREATE SCHEMA web AUTHORIZATION peerlend_web;
ALTER ROLE peerlend_web SET search_path = web;
-- the gateway keeps only its callers' rate-limit buckets (Bucket4j's table), likewise in a schema of its own
CREATE ROLE peerlend_gateway LOGIN PASSWORD :'gateway_password';
CREATE SCHEMA gateway AUTHORIZATION peerlend_gateway;
ALTER ROLE peerlend_gateway SET search_path = gateway;
