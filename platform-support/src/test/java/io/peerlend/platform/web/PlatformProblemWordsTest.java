package io.peerlend.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.platform.words.Words;
import org.junit.jupiter.api.Test;

class PlatformProblemWordsTest {

    @Test
    void givenThePlatformsProblemSentences_thenEachIsInBothLanguagesWithTheSameArguments() {
        assertThat(Words.gaps("platform-problems")).isEmpty();
    }
}
