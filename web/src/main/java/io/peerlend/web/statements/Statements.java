package io.peerlend.web.statements;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.peerlend.platform.words.Words;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;

/**
 * A lender's account statement as files to keep: CSV (RFC 4180, for a spreadsheet or accounting software) and PDF
 * (to print or send to an adviser). Both list every settled movement with its running balance, as the lending service
 * reports the account; amounts stay the service's exact decimal strings.
 */
public final class Statements {

    static final String[] HEADER = {"date", "type", "reference", "amount", "balance", "currency"};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Statements() {}

    public static byte[] csv(JsonNode account, ZoneId zone) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            String currency = account.path("currency").asString();
            for (JsonNode line : account.path("statement")) {
                csv.printRecord(
                        when(line, zone),
                        line.path("type").asString(),
                        line.path("reference").asString(""),
                        line.path("amount").asString(),
                        line.path("balance").asString(),
                        currency);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The statement in English, as before languages were offered. */
    public static byte[] pdf(JsonNode account, String holder, ZoneId zone, Instant now) {
        return pdf(account, holder, zone, now, Locale.UK);
    }

    /**
     * The statement in the reader's language ({@code zh-CN} or English), in a font embedded in the file (Noto Sans
     * SC: Latin and Chinese alike) so it reads the same on any reader without the font installed.
     */
    public static byte[] pdf(JsonNode account, String holder, ZoneId zone, Instant now, Locale language) {
        Words words = words(language);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(words.get("title"));
        document.open();
        String currency = account.path("currency").asString();
        BaseFont face = EmbeddedFont.notoSansSc();
        Font title = new Font(face, 16, Font.BOLD);
        Font plain = new Font(face, 9, Font.NORMAL);
        Font bold = new Font(face, 9, Font.BOLD);
        document.add(new Paragraph(words.get("title"), title));
        document.add(new Paragraph(words.format("holder", holder), plain));
        document.add(new Paragraph(
                words.format("produced", WHEN.format(now.atZone(zone)), zone.toString(), currency), plain));
        document.add(new Paragraph(
                words.format(
                        "summary",
                        account.path("available").asString(),
                        account.path("committedToOffers").asString(),
                        account.path("pendingDeposits").asString(),
                        account.path("withdrawalsInTransit").asString()),
                plain));
        document.add(new Paragraph(" ", plain));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 2.4f, 4f, 1.6f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : new String[] {"date", "movement", "reference", "amount", "balance"}) {
            table.addCell(
                    cell(words.get("column." + column), bold, column.equals("amount") || column.equals("balance")));
        }
        for (JsonNode line : account.path("statement")) {
            table.addCell(cell(when(line, zone), plain, false));
            table.addCell(cell(movement(words, line.path("type").asString()), plain, false));
            table.addCell(cell(line.path("reference").asString(""), plain, false));
            table.addCell(cell(line.path("amount").asString(), plain, true));
            table.addCell(cell(line.path("balance").asString(), plain, true));
        }
        document.add(table);
        document.add(new Paragraph(words.get("risk"), plain));
        document.close();
        return bytes.toByteArray();
    }

    /** A movement type in words: {@code PRINCIPAL_SCHEDULED} is "Principal: instalment"; an unknown one as it is. */
    static String movement(Words words, String type) {
        if (words.has("type." + type)) {
            return words.get("type." + type);
        }
        int split = type.indexOf('_');
        if (split > 0) {
            String part = "part." + type.substring(0, split);
            String kind = "kind." + type.substring(split + 1);
            if (words.has(part) && words.has(kind)) {
                return words.get(part) + ": " + words.get(kind);
            }
        }
        return type;
    }

    static Words words(Locale language) {
        return Words.of("statements", language);
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(3);
        return cell;
    }

    private static String when(JsonNode line, ZoneId zone) {
        return WHEN.format(Instant.parse(line.path("at").asString()).atZone(zone));
    }
}
