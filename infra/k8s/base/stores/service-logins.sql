-- Run once by CloudNativePG when it creates the event store's database (bootstrap.initdb.postInitApplicationSQLRefs):
-- the service logins' roles, schemas and grants of infra/postgres/service-logins.sql. Their LOGIN and passwords are
-- set by the Cluster's managed roles from the Secrets peerlend-db-<service> (docs/deployment.md).
CREATE ROLE peerlend_services NOLOGIN;
CREATE ROLE peerlend_lending IN ROLE peerlend_services;
CREATE ROLE peerlend_scoring IN ROLE peerlend_services;
CREATE ROLE peerlend_kyc IN ROLE peerlend_services;
CREATE ROLE peerlend_disclosure IN ROLE peerlend_services;
GRANT CREATE ON DATABASE peerlend TO peerlend_kyc, peerlend_lending;
CREATE ROLE peerlend_web;
CREATE SCHEMA web AUTHORIZATION peerlend_web;
ALTER ROLE peerlend_web SET search_path = web;
CREATE ROLE peerlend_gateway;
CREATE SCHEMA gateway AUTHORIZATION peerlend_gateway;
ALTER ROLE peerlend_gateway SET search_path = gateway;
