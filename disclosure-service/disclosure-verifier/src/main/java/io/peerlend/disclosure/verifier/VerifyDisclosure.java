package io.peerlend.disclosure.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command: {@code java -jar disclosure-verifier-exec.jar <platform address | directory>}. Given an address, it
 * downloads everything published into a new directory first; then prints one line per checked item (verdict, series,
 * period, item, published, recomputed, note) and a summary, and exits 0 when nothing differs, 1 when something does.
 */
public final class VerifyDisclosure {

    private VerifyDisclosure() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -jar disclosure-verifier-exec.jar <https://platform | directory>");
            System.exit(2);
        }
        System.exit(run(args[0], System.out));
    }

    /** Runs the whole check, printing to {@code out}; the exit code. */
    public static int run(String source, PrintStream out) throws IOException {
        Path dir;
        if (source.startsWith("http://") || source.startsWith("https://")) {
            dir = Files.createTempDirectory("peerlend-disclosure-");
            new Download(source).into(dir);
            out.println("# downloaded into " + dir);
        } else {
            dir = Path.of(source);
        }
        Findings findings = Verifier.verify(dir);
        findings.all().forEach(f -> out.println(f.line()));
        out.printf(
                "# %d confirmed, %d consistent, %d not checked, %d differ%n",
                findings.count(Finding.Verdict.CONFIRMED),
                findings.count(Finding.Verdict.CONSISTENT),
                findings.count(Finding.Verdict.NOT_CHECKED),
                findings.count(Finding.Verdict.DIFFERS));
        return findings.allAgree() ? 0 : 1;
    }
}
