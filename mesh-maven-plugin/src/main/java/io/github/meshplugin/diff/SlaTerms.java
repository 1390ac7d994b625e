package io.github.meshplugin.diff;

import io.github.meshplugin.model.SlaProperty;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the SLA properties whose direction is known: for {@code latency} lower is better, for
 * {@code availability} and {@code retention} higher is better. Durations are compared in seconds, with the
 * ISO-style units ODCS uses (d, day, days, y, yr, years, ...).
 */
final class SlaTerms {

    enum Direction {
        LOWER_IS_BETTER,
        HIGHER_IS_BETTER
    }

    private static final Map<String, Direction> DIRECTIONS = Map.of(
            "latency", Direction.LOWER_IS_BETTER,
            "availability", Direction.HIGHER_IS_BETTER,
            "retention", Direction.HIGHER_IS_BETTER);

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private SlaTerms() {}

    /** SLA properties are matched by name and element: one contract may promise a latency per table. */
    static String key(SlaProperty sla) {
        return sla.property() == null
                ? null
                : sla.property().toLowerCase(Locale.ROOT) + (sla.element() == null ? "" : "@" + sla.element());
    }

    static Direction direction(String property) {
        return property == null ? null : DIRECTIONS.get(property.toLowerCase(Locale.ROOT));
    }

    /** The value in comparable form: seconds for a duration, the number itself without a unit; null if unknown. */
    static Double magnitude(String value, String unit) {
        if (value == null) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value.trim().replace("%", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
        if (unit == null
                || unit.isBlank()
                || unit.trim().equals("%")
                || unit.trim().equalsIgnoreCase("percent")) {
            return number;
        }
        Long seconds = switch (unit.trim().toLowerCase(Locale.ROOT)) {
            case "ms", "millisecond", "milliseconds" -> null;
            case "s", "sec", "second", "seconds" -> 1L;
            case "m", "min", "minute", "minutes" -> MINUTE;
            case "h", "hr", "hour", "hours" -> HOUR;
            case "d", "day", "days" -> DAY;
            case "w", "week", "weeks" -> 7 * DAY;
            case "mo", "month", "months" -> 30 * DAY;
            case "y", "yr", "year", "years" -> 365 * DAY;
            default -> -1L;
        };
        if (seconds == null) {
            return number / 1000;
        }
        return seconds < 0 ? null : number * seconds;
    }
}
