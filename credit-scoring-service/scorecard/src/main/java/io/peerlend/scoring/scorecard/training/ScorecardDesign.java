package io.peerlend.scoring.scorecard.training;

import io.peerlend.scoring.scorecard.Feature;
import io.peerlend.scoring.scorecard.ScorecardModel.Evidence;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a scorecard version is built from the data. Version 1 fits every characteristic on its fine bins as they come.
 * Version 2 asks each characteristic to move in the direction a credit officer would defend: its fine bins are put in
 * order from worst to best ({@code order}; bins in one group rank equally), adjacent classes are pooled until the
 * weight of evidence rises strictly from worst to best (pool-adjacent-violators), and a characteristic left with one
 * class, or whose fitted coefficient takes the wrong sign, is dropped; a characteristic no source can confirm
 * ({@link Evidence#DECLARED}) is held to at most {@code declaredPointsCap} points between its best and worst class.
 */
public record ScorecardDesign(
        boolean coarse,
        Map<Feature, List<List<String>>> order,
        Map<Feature, Evidence> evidence,
        Map<Feature, String> droppedUpFront,
        int declaredPointsCap) {

    public static final ScorecardDesign V1 = new ScorecardDesign(false, Map.of(), Map.of(), Map.of(), 0);

    /** 10 points: half of what doubles the odds, so a false declaration moves a score by at most that. */
    public static final int DECLARED_POINTS_CAP = 10;

    public static final ScorecardDesign V2 = v2();

    private static ScorecardDesign v2() {
        Map<Feature, List<List<String>>> order = new EnumMap<>(Feature.class);
        order.put(
                Feature.CURRENT_ACCOUNT,
                // no account at all is not a merit: it ranks with a low balance, below a healthy account
                List.of(List.of("OVERDRAWN"), List.of("NONE", "LOW"), List.of("HEALTHY")));
        order.put(
                Feature.TERM,
                List.of(List.of("OVER_36"), List.of("25_TO_36"), List.of("13_TO_24"), List.of("UP_TO_12")));
        order.put(
                Feature.CREDIT_HISTORY,
                List.of(
                        List.of("CRITICAL"),
                        List.of("PAST_DELAYS"),
                        List.of("EXISTING_REPAID_ON_TIME"),
                        List.of("ALL_REPAID_HERE", "NONE_OR_ALL_REPAID")));
        order.put(
                Feature.SAVINGS,
                List.of(List.of("NONE"), List.of("LOW"), List.of("MODERATE"), List.of("GOOD_OR_HIGH")));
        order.put(
                Feature.EMPLOYMENT,
                List.of(
                        List.of("UNEMPLOYED"),
                        List.of("UNDER_1_YEAR"),
                        List.of("1_TO_4_YEARS"),
                        List.of("4_TO_7_YEARS"),
                        List.of("7_YEARS_OR_MORE")));
        order.put(
                Feature.PROPERTY,
                List.of(
                        List.of("NONE"),
                        List.of("CAR_OR_OTHER"),
                        List.of("LIFE_INSURANCE_OR_SAVINGS_PLAN"),
                        List.of("HOME")));
        order.put(
                Feature.AGE,
                // a longer credit record with age; pooling decides where it stops mattering
                List.of(List.of("UNDER_26"), List.of("26_TO_35"), List.of("36_TO_50"), List.of("OVER_50")));
        order.put(Feature.OTHER_INSTALMENT_PLANS, List.of(List.of("BANK_OR_STORES"), List.of("NONE")));
        order.put(Feature.HOUSING, List.of(List.of("RENT", "LIVING_RENT_FREE"), List.of("OWN")));
        Map<Feature, Evidence> evidence = new EnumMap<>(Feature.class);
        evidence.put(Feature.TERM, Evidence.APPLICATION);
        evidence.put(Feature.AGE, Evidence.VERIFIED);
        evidence.put(Feature.CURRENT_ACCOUNT, Evidence.BUREAU);
        evidence.put(Feature.CREDIT_HISTORY, Evidence.BUREAU);
        evidence.put(Feature.OTHER_INSTALMENT_PLANS, Evidence.BUREAU);
        evidence.put(Feature.SAVINGS, Evidence.DECLARED);
        evidence.put(Feature.EMPLOYMENT, Evidence.DECLARED);
        evidence.put(Feature.PROPERTY, Evidence.DECLARED);
        evidence.put(Feature.HOUSING, Evidence.DECLARED);
        evidence.put(Feature.PURPOSE, Evidence.DECLARED);
        return new ScorecardDesign(
                true,
                order,
                evidence,
                Map.of(
                        Feature.PURPOSE,
                        "purpose: dropped; declared, never confirmed, and no order of purposes is one a credit "
                                + "officer could defend"),
                DECLARED_POINTS_CAP);
    }
}
