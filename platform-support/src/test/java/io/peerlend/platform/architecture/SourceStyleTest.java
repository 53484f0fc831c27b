package io.peerlend.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Source conventions no formatter checks, over every module's Java sources: a class is named by its simple name
 * with an import, never by its fully qualified name inline (only a clash of simple names in one file excuses it).
 */
class SourceStyleTest {

    /** A qualified name outside imports, comments and string literals: {@code java.util.List}, not {@code List}. */
    private static final Pattern INLINE_QUALIFIED = Pattern.compile(
            "(?<![\\w.\"])((?:io\\.peerlend|java|javax|jakarta|org|com|tools)(?:\\.[a-z_]\\w*)+)\\.([A-Z]\\w*)");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void givenEverySourceFile_thenNoClassIsNamedInlineByItsQualifiedNameUnlessItsSimpleNameIsTaken()
            throws IOException {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(repository)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/")
                            || p.toString().contains("/src/test/java/"))
                    .filter(p ->
                            !p.toString().contains("/target/") && !p.toString().contains("/var/"))
                    .forEach(p -> found.addAll(inlineQualifiedNames(repository, p)));
        }
        assertThat(found).as("import these instead").isEmpty();
    }

    private static List<String> inlineQualifiedNames(Path repository, Path file) {
        try {
            String source = Files.readString(file);
            List<String> lines = source.lines().toList();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("import ")
                        || line.startsWith("package ")
                        || line.startsWith("*")
                        || line.startsWith("/*")
                        || line.startsWith("//")) {
                    continue;
                }
                var matcher = INLINE_QUALIFIED.matcher(STRING.matcher(line).replaceAll("\"\""));
                while (matcher.find()) {
                    String simple = matcher.group(2);
                    boolean clash = Pattern.compile("import [\\w.]+\\." + simple + ";")
                                    .matcher(source)
                                    .find()
                            || Pattern.compile("\\b(class|record|interface|enum) " + simple + "\\b")
                                    .matcher(source)
                                    .find()
                            || Files.exists(file.resolveSibling(simple + ".java"))
                            || countDistinct(source, simple) > 1;
                    if (!clash) {
                        found.add(repository.relativize(file) + ":" + (i + 1) + " " + matcher.group());
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many different qualified names with this simple name the file uses. */
    private static long countDistinct(String source, String simple) {
        return INLINE_QUALIFIED
                .matcher(source)
                .results()
                .filter(m -> m.group(2).equals(simple))
                .map(m -> m.group(1))
                .distinct()
                .count();
    }
}
