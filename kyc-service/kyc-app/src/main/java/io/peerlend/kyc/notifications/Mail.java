package io.peerlend.kyc.notifications;

/**
 * One email: {@code messageId} is the same for every attempt at one notification, so a mail sent again after a crash
 * (between sending and recording it) is recognisably the same message; {@code unsubscribe} is empty for a topic the
 * customer cannot switch off, else the one-click link (RFC 8058) that switches this mail's topic off.
 */
public record Mail(String to, String language, String subject, String body, String messageId, String unsubscribe) {}
