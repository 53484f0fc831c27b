package io.peerlend.kyc.checks.sanctions;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Whether the name on the account a payment came from is the customer's own. Banks report an account holder's name as
 * they hold it: in capitals, surname first or last, given names as initials, with a title ("MR J SMITH"), or a joint
 * account's two names ("SMITH J & A"). The customer's name is the one they verified. Same name when every word of the
 * customer's surname and first given name is in the payer's name (an initial will do for the given name, words
 * folded as screening folds them), in any order; extra words on the payer's side (a second holder, a middle name) do
 * not make it another person.
 */
public final class PayerNames {

    private static final double SAME_WORD = 0.92;
    private static final List<String> TITLES = List.of("mr", "mrs", "ms", "miss", "dr", "mx", "prof", "sir");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private PayerNames() {}

    /**
     * @param customer the customer's verified full name, given names first (as onboarding records it)
     * @param payer the account holder's name as the payment provider reported it
     */
    public static boolean sameName(String customer, String payer) {
        List<String> mine = words(customer);
        List<String> theirs = words(payer);
        if (mine.isEmpty() || theirs.isEmpty()) {
            return false;
        }
        String surname = mine.get(mine.size() - 1);
        String given = mine.size() > 1 ? mine.get(0) : null;
        int surnameAt = find(theirs, surname, false);
        if (surnameAt < 0) {
            return false;
        }
        if (given == null) {
            return true;
        }
        List<String> rest = new ArrayList<>(theirs);
        rest.remove(surnameAt);
        return find(rest, given, true) >= 0;
    }

    private static int find(List<String> words, String word, boolean initialWillDo) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(word)
                    || w.length() > 1 && JARO_WINKLER.apply(w, word) >= SAME_WORD
                    || initialWillDo && w.length() == 1 && word.startsWith(w)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String token : NameNormalizer.plain(name == null ? "" : name).split(" ")) {
            if (!token.isEmpty() && !TITLES.contains(token) && !token.equals("and")) {
                out.add(NameNormalizer.fold(token));
            }
        }
        return out;
    }
}
