-- Least privilege for the services' own database logins (docs/security.md): members of the role peerlend_services
-- append to and read the event store but can neither change nor delete an event; they manage snapshots and job locks.
-- Their key tables live in schemas of their own (kyc, lending), readable by their service alone. The role is made by
-- whoever provisions the database (the local launcher; in production the DBA, with infra/postgres/service-logins.sql);
-- where it does not exist (tests run as the database owner) there is nothing to grant.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'peerlend_services') THEN
        GRANT USAGE ON SCHEMA public TO peerlend_services;
        GRANT SELECT, INSERT ON domain_event_entry TO peerlend_services;
        GRANT USAGE, SELECT ON SEQUENCE domain_event_entry_global_index_seq TO peerlend_services;
        GRANT SELECT, INSERT, UPDATE, DELETE ON snapshot_event_entry TO peerlend_services;
        GRANT SELECT, INSERT, UPDATE, DELETE ON shedlock TO peerlend_services;
        GRANT SELECT ON event_store_schema_history TO peerlend_services;
    END IF;
END
$$;
