package io.peerlend.kyc.checks.sanctions;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names written in Chinese characters, as the lists write them: in pinyin (ICU4J's Han-Latin transliteration, tones
 * dropped). The lists carry Chinese people in Latin letters only ("LI, Fangwei"), and write a given name of two
 * syllables joined or apart, so a name in characters is screened as surname and given name both ways: 李方伟 as
 * "li fangwei" and "li fang wei" (word order does not matter to screening, so surname first or last is the same).
 * The surname is taken as the first character (compound surnames such as 欧阳 are rare and then meet the lists as
 * syllables apart).
 */
final class ChineseNames {

    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private ChineseNames() {}

    static boolean written(String name) {
        return name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** The pinyin spellings to screen, the given name joined first; empty when the name has no Chinese characters. */
    static List<String> pinyin(String name) {
        int[] han = name.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .toArray();
        if (han.length == 0) {
            return List.of();
        }
        String surname = syllables(new String(han, 0, 1));
        List<String> given = new ArrayList<>();
        for (int i = 1; i < han.length; i++) {
            given.add(syllables(new String(han, i, 1)));
        }
        if (given.isEmpty()) {
            return List.of(surname);
        }
        List<String> out = new ArrayList<>();
        out.add(surname + " " + String.join("", given));
        if (given.size() > 1) {
            out.add(surname + " " + String.join(" ", given));
        }
        return out;
    }

    /** ICU's transliterators are not documented as safe to share between threads: one at a time. */
    private static String syllables(String han) {
        synchronized (PINYIN) {
            return PINYIN.transliterate(han).replace(" ", "").toLowerCase(Locale.ROOT);
        }
    }
}
