package io.peerlend.platform.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    private final Sentences sentences = Sentences.of("no-such-bundle", "greetings");

    @Test
    void givenAnEnglishSentenceOfATemplate_whenSaidToAChineseReader_thenItIsTheChineseWithTheSameParts() {
        assertThat(sentences.say("Hello, Ann: it's Friday today", CHINESE)).isEqualTo("Ann，您好：今天是Friday");
        assertThat(sentences.knows("Hello, Ann: it's Friday today")).isTrue();
    }

    @Test
    void givenASentenceNoTemplateKnows_orAnEnglishReader_thenItIsSaidAsWritten() {
        assertThat(sentences.say("Something else entirely", CHINESE)).isEqualTo("Something else entirely");
        assertThat(sentences.say("Hello, Ann: it's Friday today", Locale.UK))
                .isEqualTo("Hello, Ann: it's Friday today");
        assertThat(sentences.say(null, CHINESE)).isNull();
    }
}
