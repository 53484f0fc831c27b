package io.peerlend.lending.loans.domain;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.PartPayment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A loan's parts, one per lender, with each part's principal still outstanding (the weights of every share-out). */
final class LoanParts {

    private final List<String> lenders = new ArrayList<>();
    private long[] outstanding = new long[0];

    void open(List<LoanPartShare> shares) {
        outstanding = new long[shares.size()];
        for (int k = 0; k < shares.size(); k++) {
            lenders.add(shares.get(k).lenderId());
            outstanding[k] = shares.get(k).amountMinor();
        }
    }

    /** The parts a lender owns now, by number. */
    List<Integer> ownedBy(String lenderId) {
        List<Integer> owned = new ArrayList<>();
        for (int k = 0; k < lenders.size(); k++) {
            if (lenders.get(k).equals(lenderId) && outstanding[k] > 0) {
                owned.add(k);
            }
        }
        return owned;
    }

    /** The parts' new owner, for every payment from now on (a secondary-market sale). */
    void transfer(List<Integer> parts, String to) {
        parts.forEach(k -> lenders.set(k, to));
    }

    long[] outstanding() {
        return outstanding.clone();
    }

    long total() {
        return Arrays.stream(outstanding).sum();
    }

    /** Each lender's share of a distribution, in the parts' order. */
    List<PartPayment> payments(LenderDistribution shares) {
        List<PartPayment> result = new ArrayList<>(lenders.size());
        for (int k = 0; k < lenders.size(); k++) {
            result.add(new PartPayment(lenders.get(k), shares.principal()[k], shares.interest()[k]));
        }
        return result;
    }

    /** Every lender's outstanding principal back (the loan never started). */
    List<PartPayment> refunds() {
        List<PartPayment> result = new ArrayList<>(lenders.size());
        for (int k = 0; k < lenders.size(); k++) {
            result.add(new PartPayment(lenders.get(k), outstanding[k], 0));
        }
        return result;
    }

    void repaid(List<PartPayment> payments) {
        for (int k = 0; k < payments.size(); k++) {
            outstanding[k] -= payments.get(k).principalMinor();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoanParts p && p.lenders.equals(lenders) && Arrays.equals(p.outstanding, outstanding);
    }

    @Override
    public int hashCode() {
        return 31 * lenders.hashCode() + Arrays.hashCode(outstanding);
    }
}
