package io.peerlend.kyc.api;

import java.time.LocalDate;

/** A complaint as its customer is told it was received: its id, status, the final response's deadline and where to go next. */
public record ComplaintReceipt(String complaintId, String status, LocalDate finalResponseDue, String acknowledgement) {}
