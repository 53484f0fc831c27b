package io.peerlend.web.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which web session belongs to which identity-provider session, in PostgreSQL beside the sessions themselves, so that
 * Keycloak's back-channel logout ends a user's session whichever web instance receives it (Spring Security's default
 * registry is one instance's memory: a session signed in on another instance lived on until its next token refresh).
 * Matching follows Spring Security's in-memory registry: same issuer, a shared audience, and the logout token's
 * {@code sid} (or, without one, its subject). Only what logout needs is kept: the session id, the headers that present
 * the session (its cookie, its CSRF token) and the ID token's issuer, subject, audience and {@code sid}; not the token,
 * whose claims carry the user's name and email. Rows of sessions that have ended otherwise (expired, signed out on
 * another path) are removed as new ones are saved.
 */
final class SharedOidcSessions implements OidcSessionRegistry {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private final JdbcTemplate sql;

    SharedOidcSessions(DataSource sessions) {
        this.sql = new JdbcTemplate(sessions);
        createTable();
    }

    private void createTable() {
        try {
            sql.execute("""
                    CREATE TABLE IF NOT EXISTS oidc_sessions (
                        session_id text PRIMARY KEY,
                        issuer text NOT NULL,
                        subject text NOT NULL,
                        provider_sid text,
                        audience text NOT NULL,
                        headers text NOT NULL,
                        issued_at timestamptz,
                        expires_at timestamptz,
                        saved_at timestamptz NOT NULL DEFAULT now())""");
            sql.execute("CREATE INDEX IF NOT EXISTS oidc_sessions_sid ON oidc_sessions (issuer, provider_sid)");
            sql.execute("CREATE INDEX IF NOT EXISTS oidc_sessions_subject ON oidc_sessions (issuer, subject)");
        } catch (DataAccessException raced) {
            // two instances starting at once: PostgreSQL's IF NOT EXISTS can still collide; the other one made it
            sql.queryForObject("SELECT count(*) FROM oidc_sessions", Long.class);
        }
    }

    @Override
    public void saveSessionInformation(OidcSessionInformation info) {
        OidcIdToken token = info.getPrincipal().getIdToken();
        sql.update(
                """
                INSERT INTO oidc_sessions (session_id, issuer, subject, provider_sid, audience, headers, issued_at,
                    expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id) DO UPDATE SET issuer = excluded.issuer, subject = excluded.subject,
                    provider_sid = excluded.provider_sid, audience = excluded.audience, headers = excluded.headers,
                    issued_at = excluded.issued_at, expires_at = excluded.expires_at,
                    saved_at = now()""",
                info.getSessionId(),
                token.getIssuer().toString(),
                token.getSubject(),
                token.getClaimAsString("sid"),
                String.join(" ", token.getAudience()),
                JSON.writeValueAsString(info.getAuthorities()),
                token.getIssuedAt() == null ? null : Timestamp.from(token.getIssuedAt()),
                token.getExpiresAt() == null ? null : Timestamp.from(token.getExpiresAt()));
        // sessions that ended without a logout (expired): their rows go once the session is a day gone
        sql.update("""
                DELETE FROM oidc_sessions WHERE saved_at < now() - interval '1 day'
                    AND session_id NOT IN (SELECT session_id FROM spring_session)""");
    }

    @Override
    public OidcSessionInformation removeSessionInformation(String clientSessionId) {
        List<OidcSessionInformation> removed =
                sql.query("DELETE FROM oidc_sessions WHERE session_id = ? RETURNING *", this::read, clientSessionId);
        return removed.isEmpty() ? null : removed.get(0);
    }

    @Override
    public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
        String issuer = logoutToken.getIssuer().toString();
        String sid = logoutToken.getSessionId();
        List<OidcSessionInformation> candidates = sid != null
                ? sql.query(
                        "SELECT * FROM oidc_sessions WHERE issuer = ? AND provider_sid = ?", this::read, issuer, sid)
                : sql.query(
                        "SELECT * FROM oidc_sessions WHERE issuer = ? AND subject = ?",
                        this::read,
                        issuer,
                        logoutToken.getSubject());
        List<OidcSessionInformation> removed = new ArrayList<>();
        for (OidcSessionInformation candidate : candidates) {
            boolean sharedAudience = !Collections.disjoint(
                    logoutToken.getAudience(), candidate.getPrincipal().getAudience());
            // removed by one instance only: a logout delivered twice ends the session once
            if (sharedAudience
                    && sql.update("DELETE FROM oidc_sessions WHERE session_id = ?", candidate.getSessionId()) == 1) {
                removed.add(candidate);
            }
        }
        return removed;
    }

    private OidcSessionInformation read(ResultSet row, int rowNumber) throws SQLException {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(IdTokenClaimNames.ISS, row.getString("issuer"));
        claims.put(IdTokenClaimNames.SUB, row.getString("subject"));
        claims.put(
                IdTokenClaimNames.AUD, Arrays.asList(row.getString("audience").split(" ")));
        if (row.getString("provider_sid") != null) {
            claims.put("sid", row.getString("provider_sid"));
        }
        Timestamp issuedAt = row.getTimestamp("issued_at");
        Timestamp expiresAt = row.getTimestamp("expires_at");
        OidcIdToken token = new OidcIdToken(
                // the token itself is not kept (its claims include the user's name and email): logout needs none
                "not-kept",
                issuedAt == null ? null : issuedAt.toInstant(),
                expiresAt == null ? null : expiresAt.toInstant(),
                claims);
        OidcUser user = new DefaultOidcUser(List.of(), token);
        return new OidcSessionInformation(
                row.getString("session_id"), JSON.readValue(row.getString("headers"), HEADERS), user);
    }
}
