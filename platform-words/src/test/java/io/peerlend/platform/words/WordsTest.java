package io.peerlend.platform.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void givenAChineseReader_whenWordsAreFormatted_thenTheyAreChinese_andAnyOtherReaderGetsBritishEnglish() {
        assertThat(Words.of("greetings", Locale.forLanguageTag("zh-TW")).format("hello", "李雷", "周五"))
                .isEqualTo("李雷，您好：今天是周五");
        assertThat(Words.of("greetings", Locale.FRANCE).locale()).isEqualTo(Words.ENGLISH);
        assertThat(Words.of("greetings", null).format("hello", "Ann", "Friday"))
                .as("an apostrophe in prose stays an apostrophe")
                .isEqualTo("Hello, Ann: it's Friday today");
    }

    @Test
    void givenAKeyOnlyInEnglish_whenAskedInChinese_thenItIsAnError_notEnglishOnAChinesePage() {
        Words chinese = Words.of("greetings", Words.CHINESE);
        assertThat(chinese.has("only.english")).isFalse();
        assertThat(Words.gaps("greetings")).containsExactly("only.english: no Chinese");
        assertThatThrownBy(() -> chinese.get("only.english"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no words for only.english in zh-CN");
    }
}
