package io.peerlend.web.statements;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    public static byte[] pdf(JsonNode account, String holder, ZoneId zone, Instant now) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, bytes);
        document.addTitle("Peerlend lender statement");
        document.open();
        String currency = account.path("currency").asString();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        document.add(new Paragraph("Peerlend: lender account statement", title));
        document.add(new Paragraph("Account holder: " + holder, plain));
        document.add(new Paragraph(
                "Produced " + WHEN.format(now.atZone(zone)) + " (" + zone + "). Amounts in " + currency + ".", plain));
        document.add(new Paragraph(
                "Available to lend " + account.path("available").asString() + "; committed to "
                        + "offers " + account.path("committedToOffers").asString() + "; deposits on their way "
                        + account.path("pendingDeposits").asString() + "; withdrawals on their way "
                        + account.path("withdrawalsInTransit").asString() + ".",
                plain));
        document.add(new Paragraph(" ", plain));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 2.4f, 4f, 1.6f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {"Date", "Movement", "Reference", "Amount", "Balance"}) {
            table.addCell(cell(h, bold, h.equals("Amount") || h.equals("Balance")));
        }
        for (JsonNode line : account.path("statement")) {
            table.addCell(cell(when(line, zone), plain, false));
            table.addCell(cell(line.path("type").asString(), plain, false));
            table.addCell(cell(line.path("reference").asString(""), plain, false));
            table.addCell(cell(line.path("amount").asString(), plain, true));
            table.addCell(cell(line.path("balance").asString(), plain, true));
        }
        document.add(table);
        document.add(
                new Paragraph("Capital is at risk: money lent is not protected by a deposit guarantee scheme.", plain));
        document.close();
        return bytes.toByteArray();
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
