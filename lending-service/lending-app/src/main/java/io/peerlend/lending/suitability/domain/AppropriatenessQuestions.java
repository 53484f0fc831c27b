package io.peerlend.lending.suitability.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appropriateness questions for loan-based crowdfunding (COBS 10.2.9G, PS19/14): does the lender understand that
 * their capital is at risk, that the FSCS does not protect it, that money lent cannot be taken back before borrowers
 * repay, that spreading it over many loans limits the harm of a default, and what happens if the platform fails.
 * Each question has one right answer and an explanation shown when it is missed.
 */
public final class AppropriatenessQuestions {

    public record Option(String id, String text) {}

    public record Question(String id, String text, List<Option> options, String correct, String explanation) {}

    public static final List<Question> QUESTIONS = List.of(
            new Question(
                    "capital",
                    "If borrowers do not repay, what happens to the money you lent?",
                    List.of(
                            new Option("a", "The platform repays it in full"),
                            new Option("b", "You may lose some or all of it"),
                            new Option("c", "The government repays it")),
                    "b",
                    "Your capital is at risk: if borrowers default you can lose some or all of the money you lent."),
            new Question(
                    "fscs",
                    "Is money lent through Peerlend protected by the Financial Services Compensation Scheme?",
                    List.of(new Option("a", "Yes, up to £85,000"), new Option("b", "No")),
                    "b",
                    "Peer-to-peer lending is not covered by the FSCS, unlike a bank savings account."),
            new Question(
                    "liquidity",
                    "Can you get money back that is already lent out whenever you like?",
                    List.of(
                            new Option("a", "Yes, at any time"),
                            new Option("b", "Only as borrowers repay, or if someone buys your loan parts")),
                    "b",
                    "Money lent is tied up until borrowers repay; only money not yet lent can be withdrawn at once."),
            new Question(
                    "diversification",
                    "Why is your money split into small parts across many borrowers?",
                    List.of(
                            new Option("a", "So that one borrower's default costs you only a little"),
                            new Option("b", "To raise the interest rate"),
                            new Option("c", "It makes no difference")),
                    "a",
                    "Spreading money over many loans limits how much any single default can cost you."),
            new Question(
                    "failure",
                    "If the platform itself failed, what would happen to existing loans?",
                    List.of(
                            new Option("a", "They would be cancelled and repaid at once"),
                            new Option(
                                    "b",
                                    "A back-up servicer would keep collecting repayments, possibly with delays and costs")),
                    "b",
                    "Loans continue under the wind-down plan, but repayments may be delayed and there may be costs."));

    private AppropriatenessQuestions() {}

    /** The explanations of every question answered wrongly or not at all; empty means passed. */
    public static List<String> misunderstood(Map<String, String> answers) {
        List<String> wrong = new ArrayList<>();
        for (Question q : QUESTIONS) {
            if (!q.correct().equals(answers.get(q.id()))) {
                wrong.add(q.explanation());
            }
        }
        return wrong;
    }

    public static Map<String, Question> byId() {
        Map<String, Question> map = new LinkedHashMap<>();
        QUESTIONS.forEach(q -> map.put(q.id(), q));
        return map;
    }
}
