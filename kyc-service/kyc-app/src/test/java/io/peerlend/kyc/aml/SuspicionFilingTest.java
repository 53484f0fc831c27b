package io.peerlend.kyc.aml;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.api.AmlAlert;
import io.peerlend.kyc.api.DocumentType;
import io.peerlend.kyc.api.OnboardingRequest;
import io.peerlend.kyc.api.PersonalDetails;
import io.peerlend.kyc.api.SuspiciousActivityReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuspicionFilingTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:30:00Z");
    private static final AmlAlert.Evidence IN = new AmlAlert.Evidence("pay-1", "DEPOSIT", 45_000_00, "CNY", AT);
    private static final AmlAlert.Evidence OUT =
            new AmlAlert.Evidence("out-1", "WITHDRAWAL", 44_000_00, "CNY", AT.plusSeconds(86_400));

    @Test
    void givenAReportedCase_whenFiledUnderCn_thenTheElementsOfThePbocReportInChinese_eachMovementOnce() {
        PersonalDetails subject = new PersonalDetails(
                "张伟",
                LocalDate.of(1985, 5, 5),
                "CN",
                new OnboardingRequest.Address("朝阳区建国路 1 号", null, "北京", "100022", "CN"),
                new OnboardingRequest.Contact("zw@example.com", "+86 10 6500 0000"),
                DocumentType.values()[0],
                Map.of("documentNumber", "110105198505050000"),
                false);
        List<AmlAlert> alerts = List.of(
                new AmlAlert("STRUCTURING", "two payments just below", List.of(IN), AT),
                new AmlAlert("IN_AND_OUT", "withdrawn unlent", List.of(IN, OUT), AT.plusSeconds(86_400)));
        String csv =
                SuspicionFiling.csv(SuspicionFiling.Layout.CN_PBOC, report(subject, alerts), "Peerlend（北京）信息中介有限公司");

        assertThat(csv.lines())
                .contains(
                        "报告机构,报告机构名称,Peerlend（北京）信息中介有限公司",
                        "可疑主体,客户名称,张伟",
                        "可疑主体,身份证件号码,110105198505050000",
                        "交易明细 1,交易金额,45000.00",
                        "交易明细 1,资金收付标志,收",
                        "交易明细 2,资金收付标志,付",
                        "可疑交易,可疑交易报告原因,资金快进快出")
                .noneMatch(line -> line.startsWith("交易明细 3"));
        assertThat(csv).contains("短期内多笔略低于大额标准的资金存入").contains("资金存入后未用于出借即短期内转出");
    }

    @Test
    void givenAnErasedSubject_whenFiled_thenTheFilingSaysSo_andStillCarriesTheMovements() {
        String csv = SuspicionFiling.csv(
                SuspicionFiling.Layout.UK_NCA,
                report(null, List.of(new AmlAlert("LARGE_DEPOSIT", "large", List.of(IN), AT))),
                "Peerlend");
        assertThat(csv.lines())
                .contains(
                        "subject,Customer reference,cust-1",
                        "subject,Note,the customer's personal data was erased after the retention period",
                        "transaction 1,Amount,45000.00")
                .noneMatch(line -> line.startsWith("subject,Surname"));
    }

    private static SuspiciousActivityReport report(PersonalDetails subject, List<AmlAlert> alerts) {
        return new SuspiciousActivityReport(
                "SAR-1", "case-1", "cust-1", AT, "ops-1", subject, "资金快进快出", alerts, AT, "sup-1");
    }
}
