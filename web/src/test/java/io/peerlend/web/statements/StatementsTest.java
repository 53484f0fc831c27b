package io.peerlend.web.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class StatementsTest {

    public static final JsonNode ACCOUNT = JsonMapper.builder().build().readTree("""
            {"lenderId": "l1", "currency": "GBP", "available": "740.25", "committedToOffers": "0.00",
             "pendingDeposits": "0.00", "withdrawalsInTransit": "0.00", "statement": [
              {"at": "2027-01-04T09:30:00Z", "type": "DEPOSIT", "reference": "pay-1", "amount": "1000.00", "balance": "1000.00"},
              {"at": "2027-07-01T23:30:00Z", "type": "INTEREST_SCHEDULED", "reference": "loan, \\"A\\"", "amount": "0.25", "balance": "740.25"}
            ]}""");

    @Test
    void givenAStatement_whenWrittenAsCsv_thenEveryMovementIsARowWithItsExactAmountInLocalTime() {
        String csv = new String(Statements.csv(ACCOUNT, ZoneId.of("Europe/London")), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "date,type,reference,amount,balance,currency",
                        "2027-01-04 09:30,DEPOSIT,pay-1,1000.00,1000.00,GBP",
                        // 23:30 UTC on 1 July is 00:30 on 2 July in London (summer time); the quote in the reference is
                        // escaped
                        "2027-07-02 00:30,INTEREST_SCHEDULED,\"loan, \"\"A\"\"\",0.25,740.25,GBP");
    }

    @Test
    void givenAStatement_whenWrittenAsPdf_thenItReadsBackWithTheHolderTheBalanceAndEachMovement() throws Exception {
        byte[] pdf = Statements.pdf(
                ACCOUNT, "Leonora Vance", ZoneId.of("Europe/London"), Instant.parse("2027-07-03T10:00:00Z"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains(
                            "Account holder: Leonora Vance",
                            "Available to lend 740.25",
                            "2027-01-04 09:30",
                            "Deposit",
                            "1000.00",
                            "Interest: instalment",
                            "Capital is at risk");
        }
    }

    @Test
    void givenAChineseReader_whenTheStatementIsWrittenAsPdf_thenItIsInChinese_inAFontEmbeddedInTheFile()
            throws Exception {
        JsonNode account = JsonMapper.builder().build().readTree("""
                {"lenderId": "l2", "currency": "CNY", "available": "10250.00", "committedToOffers": "0.00",
                 "pendingDeposits": "0.00", "withdrawalsInTransit": "0.00", "statement": [
                  {"at": "2027-01-04T09:30:00Z", "type": "DEPOSIT", "reference": "pay-1", "amount": "10000.00", "balance": "10000.00"},
                  {"at": "2027-02-04T09:30:00Z", "type": "INTEREST_SCHEDULED", "reference": "loan-7", "amount": "250.00", "balance": "10250.00"}
                ]}""");
        byte[] pdf = Statements.pdf(
                account,
                "李明",
                ZoneId.of("Asia/Shanghai"),
                Instant.parse("2027-02-05T10:00:00Z"),
                Locale.SIMPLIFIED_CHINESE);
        try (PdfReader reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("出借人账户对账单", "账户持有人：李明", "可出借资金 10250.00", "存款", "利息: 按期还款", "出借本金存在风险");
            // the font travels inside the file: a subset of Noto Sans SC with its TrueType program
            PdfDictionary font = reader.getPageN(1)
                    .getAsDict(PdfName.RESOURCES)
                    .getAsDict(PdfName.FONT)
                    .getAsDict(reader.getPageN(1)
                            .getAsDict(PdfName.RESOURCES)
                            .getAsDict(PdfName.FONT)
                            .getKeys()
                            .iterator()
                            .next());
            assertThat(font.getAsName(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+NotoSansSC.*");
            PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(
                    font.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
            assertThat(descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2))
                    .isNotNull();
        }
    }

    @Test
    void givenAMovementType_whenPutInWords_thenEachLanguageSaysWhatItIs_andAnUnknownOneStaysAsItIs() {
        assertThat(Statements.movement(Statements.words(Locale.UK), "PRINCIPAL_FULL"))
                .isEqualTo("Principal: repaid in full");
        assertThat(Statements.movement(Statements.words(Locale.SIMPLIFIED_CHINESE), "LENT"))
                .isEqualTo("出借");
        assertThat(Statements.movement(Statements.words(Locale.UK), "SOMETHING_NEW"))
                .isEqualTo("SOMETHING_NEW");
    }
}
