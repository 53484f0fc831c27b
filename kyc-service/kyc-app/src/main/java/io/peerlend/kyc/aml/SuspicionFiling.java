package io.peerlend.kyc.aml;

import io.peerlend.kyc.api.AmlAlert;
import io.peerlend.kyc.api.PersonalDetails;
import io.peerlend.kyc.api.SuspiciousActivityReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A suspicious activity report in the file layout of the profile's financial intelligence unit, for the officer who
 * files it (docs/kyc.md, "Filing a report"): one row per field, {@code section,field,value}, in the order and under
 * the names that unit's form uses, so each value is copied or mapped into its system without interpretation.
 *
 * <ul>
 *   <li>{@link Layout#UK_NCA}: the fields of the UK Financial Intelligence Unit's (NCA) Suspicious Activity Report:
 *       the reporter, each subject's identifying details, the reason for suspicion, and the transactions.
 *   <li>{@link Layout#CN_PBOC}: the elements of a suspicious transaction report under the PBOC's Administrative
 *       Measures for Large-value and Suspicious Transaction Reports (Order 2016 No. 3, art. 13 and its annex),
 *       named in Chinese as the report's elements are.
 * </ul>
 *
 * The upload itself (SAR Online, or the China Anti-Money Laundering Monitoring and Analysis Center's interface) is
 * the production contract and is outside this repository; the rows carry every field those ask for.
 */
final class SuspicionFiling {

    enum Layout {
        UK_NCA,
        CN_PBOC
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** What a suspicious movement is, by the monitoring rule that saw it, in each unit's words. */
    private static final Map<String, String> CN_FEATURES = Map.of(
            "LARGE_DEPOSIT", "单笔大额资金存入，与客户身份、财务状况不符",
            "STRUCTURING", "短期内多笔略低于大额标准的资金存入，疑似拆分交易",
            "IN_AND_OUT", "资金存入后未用于出借即短期内转出，疑似过渡资金",
            "VELOCITY", "短期内资金存入频率和金额明显超出客户常态",
            "EARLY_PAYOFF", "贷款放款后短期内大额提前结清",
            "DORMANT_REACTIVATION", "长期不动账户突然发生大额资金存入",
            "THIRD_PARTY_PAYER", "资金来自非客户本人名下的账户，由第三方代为存入");

    private SuspicionFiling() {}

    static String csv(Layout layout, SuspiciousActivityReport report, String reporter) {
        StringWriter out = new StringWriter();
        try (CSVPrinter rows = CSVFormat.RFC4180
                .builder()
                .setHeader("section", "field", "value")
                .get()
                .print(out)) {
            if (layout == Layout.UK_NCA) {
                uk(rows, report, reporter);
            } else {
                cn(rows, report, reporter);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void uk(CSVPrinter rows, SuspiciousActivityReport r, String reporter) throws IOException {
        rows.printRecord("source", "Reporting institution", reporter);
        rows.printRecord("source", "Reporter's reference", r.reportId());
        rows.printRecord("source", "Date of report", DAY.format(r.reportedAt().atZone(ZoneOffset.UTC)));
        PersonalDetails s = r.subject();
        rows.printRecord("subject", "Customer reference", r.customerId());
        if (s != null) {
            String[] names = names(s.fullName());
            rows.printRecord("subject", "Surname", names[1]);
            rows.printRecord("subject", "Forenames", names[0]);
            rows.printRecord("subject", "Date of birth", DAY.format(s.dateOfBirth()));
            rows.printRecord("subject", "Nationality", s.nationality());
            rows.printRecord("subject", "Address", address(s));
            rows.printRecord("subject", "Postcode", s.address().postcode());
            rows.printRecord("subject", "Country", s.address().country());
            rows.printRecord("subject", "Identity document", s.documentType().name());
            rows.printRecord("subject", "Identity document number", documentNumber(s));
        } else {
            rows.printRecord("subject", "Note", "the customer's personal data was erased after the retention period");
        }
        rows.printRecord("reason", "Reason for suspicion", r.narrative());
        rows.printRecord("reason", "Monitoring alerts", String.join("; ", rules(r.alerts())));
        int n = 0;
        for (AmlAlert.Evidence e : evidence(r.alerts())) {
            String t = "transaction " + ++n;
            rows.printRecord(t, "Date", DAY.format(e.at().atZone(ZoneOffset.UTC)));
            rows.printRecord(t, "Amount", money(e.amountMinor(), e.currency()));
            rows.printRecord(t, "Currency", e.currency());
            rows.printRecord(t, "Credit or debit", paidOut(e) ? "Debit" : "Credit");
            rows.printRecord(t, "Type", e.kind());
            rows.printRecord(t, "Reference", e.movementId());
        }
    }

    private static void cn(CSVPrinter rows, SuspiciousActivityReport r, String reporter) throws IOException {
        rows.printRecord("报告机构", "报告机构名称", reporter);
        rows.printRecord("报告机构", "报告编号", r.reportId());
        rows.printRecord("报告机构", "报告时间", INSTANT.format(r.reportedAt()));
        rows.printRecord("报告机构", "报送次数标志", "首次报送");
        PersonalDetails s = r.subject();
        rows.printRecord("可疑主体", "客户号", r.customerId());
        if (s != null) {
            rows.printRecord("可疑主体", "客户名称", s.fullName());
            rows.printRecord("可疑主体", "出生日期", DAY.format(s.dateOfBirth()));
            rows.printRecord("可疑主体", "国籍", s.nationality());
            rows.printRecord("可疑主体", "身份证件类型", s.documentType().name());
            rows.printRecord("可疑主体", "身份证件号码", documentNumber(s));
            rows.printRecord("可疑主体", "住所地", address(s));
            rows.printRecord(
                    "可疑主体", "联系电话", s.contact() == null ? "" : s.contact().phone());
        } else {
            rows.printRecord("可疑主体", "说明", "客户个人信息已在保存期满后删除");
        }
        rows.printRecord("可疑交易", "可疑交易特征", String.join("；", features(r.alerts())));
        rows.printRecord("可疑交易", "可疑交易报告原因", r.narrative());
        int n = 0;
        for (AmlAlert.Evidence e : evidence(r.alerts())) {
            String t = "交易明细 " + ++n;
            rows.printRecord(t, "交易时间", INSTANT.format(e.at()));
            rows.printRecord(t, "交易金额", money(e.amountMinor(), e.currency()));
            rows.printRecord(t, "币种", e.currency());
            rows.printRecord(t, "资金收付标志", paidOut(e) ? "付" : "收");
            rows.printRecord(t, "交易方式", e.kind());
            rows.printRecord(t, "业务标识号", e.movementId());
        }
    }

    /** Money the platform paid to the customer (a withdrawal, a loan paid out), as against money it received. */
    private static boolean paidOut(AmlAlert.Evidence e) {
        return e.kind().equals("WITHDRAWAL") || e.kind().equals("BORROWED");
    }

    /** Each movement once, in time order, however many alerts named it. */
    private static List<AmlAlert.Evidence> evidence(List<AmlAlert> alerts) {
        return alerts.stream()
                .flatMap(a -> a.evidence().stream())
                .distinct()
                .sorted((a, b) -> a.at().compareTo(b.at()))
                .toList();
    }

    private static List<String> rules(List<AmlAlert> alerts) {
        return alerts.stream()
                .map(a -> a.rule() + ": " + a.description())
                .distinct()
                .toList();
    }

    private static List<String> features(List<AmlAlert> alerts) {
        return alerts.stream()
                .map(a -> CN_FEATURES.getOrDefault(a.rule(), a.description()))
                .distinct()
                .toList();
    }

    /** Forenames and surname: the last word is the surname, as the forms ask (the full name stays in the narrative). */
    private static String[] names(String fullName) {
        String name = fullName.trim();
        int last = name.lastIndexOf(' ');
        return last < 0 ? new String[] {"", name} : new String[] {name.substring(0, last), name.substring(last + 1)};
    }

    private static String address(PersonalDetails s) {
        var a = s.address();
        return String.join(
                ", ",
                List.of(a.line1(), a.line2() == null ? "" : a.line2(), a.city()).stream()
                        .filter(part -> !part.isBlank())
                        .toList());
    }

    private static String documentNumber(PersonalDetails s) {
        Map<String, String> fields = s.documentFields() == null ? Map.of() : s.documentFields();
        return fields.getOrDefault("documentNumber", fields.getOrDefault("number", ""));
    }

    private static String money(long minor, String currency) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits())
                .toPlainString();
    }
}
