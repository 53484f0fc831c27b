package io.peerlend.lending.accounts.web;

import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Lenders reach only their own account ("me"); the ledger is for operations staff; the payment provider's webhook
 * carries no token and is authenticated by its signature instead. The business date: anyone signed in reads it,
 * operations staff move it (where that is allowed at all).
 */
@Component
class AccountEndpointRules implements EndpointRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        HttpMethod.POST, "/api/lending/accounts/me/deposits", "/api/lending/accounts/me/withdrawals")
                .hasRole(Roles.LENDER);
        rules.requestMatchers(HttpMethod.GET, "/api/lending/accounts/me", "/api/lending/accounts/me/statement")
                .hasRole(Roles.LENDER);
        rules.requestMatchers(HttpMethod.GET, "/api/lending/ledger/reconciliation")
                .hasAnyRole(Roles.OPS, Roles.OPS_SUPERVISOR);
        rules.requestMatchers(HttpMethod.POST, "/webhooks/payments").permitAll();
        rules.requestMatchers(HttpMethod.GET, "/api/lending/business-date")
                .hasAnyRole(Roles.BORROWER, Roles.LENDER, Roles.OPS, Roles.OPS_SUPERVISOR, Roles.REGULATOR);
        rules.requestMatchers(HttpMethod.POST, "/api/lending/business-date")
                .hasAnyRole(Roles.OPS, Roles.OPS_SUPERVISOR);
        rules.requestMatchers(
                        HttpMethod.POST,
                        "/api/lending/sandbox/payments/declines",
                        "/api/lending/sandbox/payments/payers")
                .hasAnyRole(Roles.OPS, Roles.OPS_SUPERVISOR);
    }
}
