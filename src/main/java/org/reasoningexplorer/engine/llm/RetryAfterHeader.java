package org.reasoningexplorer.engine.llm;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Reads an HTTP Retry-After header: seconds, or an HTTP date; capped at two minutes. */
final class RetryAfterHeader {
    private RetryAfterHeader() {
    }

    /** The wait in milliseconds, or 0 when the header is absent or unreadable. */
    static long millis(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        String h = header.trim();
        try {
            return Math.min(120_000L, Math.max(0L, (long) (Double.parseDouble(h) * 1000)));
        } catch (NumberFormatException e) {
            try {
                long when = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                return Math.min(120_000L, Math.max(0L, when - System.currentTimeMillis()));
            } catch (RuntimeException ignored) {
                return 0;
            }
        }
    }
}
