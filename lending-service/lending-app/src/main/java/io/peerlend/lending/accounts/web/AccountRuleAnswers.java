package io.peerlend.lending.accounts.web;

import io.peerlend.lending.accounts.domain.AccountRuleBroken;
import io.peerlend.platform.web.IdempotencyKeyReusedException;
import io.peerlend.platform.web.IdempotencyKeys;
import io.peerlend.platform.web.RequestRejectedException;

/** How a broken account rule is answered: 422 for a reused idempotency key, otherwise 400 naming the field. */
public final class AccountRuleAnswers {

    private AccountRuleAnswers() {
    }

    public static RuntimeException answer(AccountRuleBroken e) {
        return IdempotencyKeys.HEADER.equals(e.field()) ? new IdempotencyKeyReusedException(e.getMessage())
                : new RequestRejectedException(e.field(), e.getMessage());
    }
}
