package io.peerlend.kyc.checks.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.checks.sanctions.SpellingEdits.Edits;
import io.peerlend.kyc.checks.sanctions.SpellingEdits.Typed;
import org.junit.jupiter.api.Test;

class SpellingEditsTest {

    private static Edits between(String typed, String listed) {
        return SpellingEdits.between(Typed.of(typed, w -> false), ScreeningIndex.spelling(listed));
    }

    @Test
    void givenALetterMissingBetweenTwoWords_whenAligned_thenBothWordsCountIt() {
        // MAZHAR ASIM against MAZHAR HAKIM: the H may end MAZHAR or begin ASIM, and the S for K is in ASIM
        assertThat(between("Mazhar Asim", "MAZHAR, Hakim").perWord()).containsExactly(1, 2);
    }

    @Test
    void givenASwapAndAChangeInOneWord_whenAligned_thenTwoEditsInThatWord() {
        Edits edits = between("Djermane Kakle", "DJERMANE, Kamel");

        assertThat(edits.perWord()).containsExactly(0, 2);
        assertThat(edits.firstLetterChanged()).isFalse();
    }

    @Test
    void givenAChangedFirstLetter_whenAligned_thenSaidUnlessOneVowelForAnother() {
        assertThat(between("Muhammad Riaz", "MUHAMMAD, Niaz").firstLetterChanged())
                .isTrue();
        assertThat(between("Umar Gharib", "Omar Gharib").firstLetterChanged()).isFalse();
        // within a hyphenated part a word's first letter is no typist's first letter
        assertThat(between("Muhyi al-Sin", "Muhyi-al-Din").firstLetterChanged()).isFalse();
    }

    @Test
    void givenAWordBorderMoved_whenAligned_thenNoEditAtAll() {
        assertThat(between("ALF-URQAN", "AL-FURQAN").perWord()).containsExactly(0, 0);
    }
}
