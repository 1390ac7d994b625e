package io.github.meshplugin.diff;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a type change keeps every value the old type allowed. Logical types (ODCS's closed list) widen
 * only from {@code integer} to {@code number}. Physical types are free text, so only common SQL spellings are
 * understood: integers to wider integers, {@code float}/{@code real} to {@code double}, a longer
 * {@code varchar(n)}/{@code char(n)}, a {@code decimal(p,s)} with at least as many digits on both sides of the
 * point, and any bounded string to an unbounded {@code string}/{@code text}/{@code varchar}.
 */
final class TypeCompatibility {

    enum Verdict {
        SAME,
        WIDENED,
        INCOMPATIBLE,
        UNKNOWN
    }

    private static final String[] INTEGER_WIDTHS = {"tinyint", "smallint", "int", "bigint"};
    private static final Set<String> UNBOUNDED_STRINGS = Set.of("string", "text", "varchar", "clob");
    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private TypeCompatibility() {}

    static Verdict logical(String before, String after) {
        return compare(
                before,
                after,
                (from, to) -> from.equals("integer") && to.equals("number") ? Verdict.WIDENED : Verdict.INCOMPATIBLE);
    }

    static Verdict physical(String before, String after) {
        return compare(before, after, TypeCompatibility::physicalTypes);
    }

    /**
     * SAME when the types are equal or the old one was not given, UNKNOWN when only the new one is missing, else the
     * verdict of {@code types} on the normalised names.
     */
    private static Verdict compare(String before, String after, BiFunction<String, String, Verdict> types) {
        String from = normal(before);
        String to = normal(after);
        if (Objects.equals(from, to) || from == null) {
            return Verdict.SAME;
        }
        return to == null ? Verdict.UNKNOWN : types.apply(from, to);
    }

    private static Verdict physicalTypes(String from, String to) {
        int fromWidth = integerWidth(from);
        int toWidth = integerWidth(to);
        if (fromWidth >= 0 && toWidth >= 0) {
            return toWidth >= fromWidth ? Verdict.WIDENED : Verdict.INCOMPATIBLE;
        }
        if (fromWidth >= 0 && (to.equals("double") || to.startsWith("decimal") || to.startsWith("numeric"))) {
            return to.startsWith("decimal") || to.startsWith("numeric")
                    ? decimalHoldsInteger(to, fromWidth)
                    : Verdict.WIDENED;
        }
        if (isFloat(from) && to.equals("double")) {
            return Verdict.WIDENED;
        }
        if (from.equals("double") && isFloat(to)) {
            return Verdict.INCOMPATIBLE;
        }
        Matcher fromSized = SIZED.matcher(from);
        Matcher toSized = SIZED.matcher(to);
        boolean fromString = isString(from);
        if (fromString && UNBOUNDED_STRINGS.contains(to)) {
            return Verdict.WIDENED;
        }
        if (UNBOUNDED_STRINGS.contains(from) && isString(to)) {
            return toSized.matches() ? Verdict.INCOMPATIBLE : Verdict.UNKNOWN;
        }
        if (fromSized.matches() && toSized.matches()) {
            String fromBase = fromSized.group(1).trim();
            String toBase = toSized.group(1).trim();
            if (fromString && isString(to)) {
                return Integer.parseInt(toSized.group(2)) >= Integer.parseInt(fromSized.group(2))
                        ? Verdict.WIDENED
                        : Verdict.INCOMPATIBLE;
            }
            if (isDecimal(fromBase) && isDecimal(toBase)) {
                int fromScale = fromSized.group(3) == null ? 0 : Integer.parseInt(fromSized.group(3));
                int toScale = toSized.group(3) == null ? 0 : Integer.parseInt(toSized.group(3));
                int fromWhole = Integer.parseInt(fromSized.group(2)) - fromScale;
                int toWhole = Integer.parseInt(toSized.group(2)) - toScale;
                return toScale >= fromScale && toWhole >= fromWhole ? Verdict.WIDENED : Verdict.INCOMPATIBLE;
            }
        }
        if (family(from) != null && family(to) != null && !family(from).equals(family(to))) {
            return Verdict.INCOMPATIBLE;
        }
        return Verdict.UNKNOWN;
    }

    private static Verdict decimalHoldsInteger(String decimal, int integerWidth) {
        Matcher sized = SIZED.matcher(decimal);
        if (!sized.matches()) {
            return Verdict.UNKNOWN;
        }
        int scale = sized.group(3) == null ? 0 : Integer.parseInt(sized.group(3));
        int whole = Integer.parseInt(sized.group(2)) - scale;
        int[] digits = {3, 5, 10, 19};
        return whole >= digits[integerWidth] ? Verdict.WIDENED : Verdict.INCOMPATIBLE;
    }

    /** Broad families, so that a change between them (a date to a number) is known to be incompatible. */
    private static String family(String type) {
        if (integerWidth(type) >= 0 || isFloat(type) || type.equals("double") || isDecimal(base(type))) {
            return "number";
        }
        if (isString(type) || UNBOUNDED_STRINGS.contains(type)) {
            return "string";
        }
        if (type.startsWith("date") || type.startsWith("timestamp") || type.startsWith("time")) {
            return "time";
        }
        if (type.startsWith("bool")) {
            return "boolean";
        }
        return null;
    }

    private static int integerWidth(String type) {
        String name = switch (type) {
            case "byte" -> "tinyint";
            case "short", "int16", "int2" -> "smallint";
            case "integer", "int32", "int4" -> "int";
            case "long", "int64", "int8" -> "bigint";
            default -> type;
        };
        for (int i = 0; i < INTEGER_WIDTHS.length; i++) {
            if (INTEGER_WIDTHS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isFloat(String type) {
        return type.equals("float") || type.equals("real") || type.equals("float4");
    }

    private static boolean isString(String type) {
        String base = base(type);
        return base.equals("varchar")
                || base.equals("char")
                || base.equals("nvarchar")
                || base.equals("character varying");
    }

    private static boolean isDecimal(String base) {
        return base.equals("decimal") || base.equals("numeric") || base.equals("number");
    }

    private static String base(String type) {
        int paren = type.indexOf('(');
        return (paren < 0 ? type : type.substring(0, paren)).trim();
    }

    private static String normal(String type) {
        return type == null || type.isBlank() ? null : type.trim().toLowerCase(Locale.ROOT);
    }
}
