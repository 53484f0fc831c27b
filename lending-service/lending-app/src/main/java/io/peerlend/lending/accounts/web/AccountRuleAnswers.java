package io.peerlend.lending.accounts.web;

import io.peerlend.lending.accounts.domain.AccountRuleBroken;
import io.peerlend.platform.web.IdempotencyKeyReusedException;
import io.peerlend.platform.web.IdempotencyKeys;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.StateConflictException;

/**
 * How a broken account rule is answered: 422 for a reused idempotency key, 409 for the account's state (a restricted
 * or frozen account), otherwise 400 naming the field.
 */
public final class AccountRuleAnswers {

    private AccountRuleAnswers() {
    }

    public static RuntimeException answer(AccountRuleBroken e) {
        if (e.field() == null) {
            return new StateConflictException(e.getMessage());
        }
        return IdempotencyKeys.HEADER.equals(e.field()) ? new IdempotencyKeyReusedException(e.getMessage())
                : new RequestRejectedException(e.field(), e.getMessage());
    }
}
