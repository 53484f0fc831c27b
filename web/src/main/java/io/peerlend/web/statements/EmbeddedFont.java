package io.peerlend.web.statements;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC (SIL Open Font License 1.1, {@code fonts/LICENSE_FONT} beside it in the jar), read once: every PDF
 * embeds the subset of its glyphs it uses, written as Unicode (Identity-H), so Chinese text needs no font on the
 * reader's machine and can be searched and copied. The build fetches the font (web/fonts/package.json).
 */
final class EmbeddedFont {

    static final String RESOURCE = "/fonts/400Regular/NotoSansSC_400Regular.ttf";

    private static volatile BaseFont font;

    private EmbeddedFont() {}

    static BaseFont notoSansSc() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (EmbeddedFont.class) {
                if (font == null) {
                    font = load();
                }
                loaded = font;
            }
        }
        return loaded;
    }

    private static BaseFont load() {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the statement font is not in the jar: " + RESOURCE);
            }
            return BaseFont.createFont(
                    "NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
