package nnrep.reports.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Durations and dates as a report prints them. */
public final class Times {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /**
     * {@return a duration as "0.3 s", "17.5 s" or "2 min 05 s"}
     *
     * @param seconds the duration, in seconds
     */
    public static String seconds(double seconds) {
        if (!(seconds >= 60)) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }

    /**
     * {@return the instant in UTC, to the second: "2026-11-01 12:34:56 UTC"}
     *
     * @param instant the instant
     */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }
}
