package cellengine.analysis.fcs;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spill matrix from {@code $SPILLOVER}, {@code SPILL}, {@code $SPILL} or {@code $COMP}
 * (docs/fcs.md#spillover-keywords): {@code n,name_1,…,name_n,v_11,…,v_nn}, row-major.
 *
 * <p>Known variants are normalised: white space and line breaks around tokens, exponent notation, names given as
 * parameter numbers (mapped to {@code $PnN}), comma decimal separators (recognised when the token count is exactly
 * {@code 1 + n + 2n²}), and for {@code $COMP} a matrix without names when {@code n = $PAR}. A matrix with a wrong
 * {@code n} or non-numeric values is rejected with a warning, and the next keyword in precedence order is tried.
 */
final class SpilloverParser {

    /** Keywords in precedence order: FCS 3.1 first, then BD's legacy keywords, then FCS 3.0's. */
    static final List<String> KEYWORDS = List.of("$SPILLOVER", "SPILL", "$SPILL", "$COMP");

    private SpilloverParser() {
    }

    static Spillover find(Keywords keywords, List<String> parameterNames, List<String> warnings) {
        for (String keyword : KEYWORDS) {
            String value = keywords.get(keyword);
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                return parse(keyword, value, parameterNames, warnings);
            } catch (IllegalArgumentException e) {
                warnings.add(keyword + " was ignored: " + e.getMessage());
            }
        }
        return null;
    }

    static Spillover parse(String keyword, String value, List<String> parameterNames, List<String> warnings) {
        String[] raw = value.split(",", -1);
        List<String> tokens = new ArrayList<>(raw.length);
        for (String t : raw) {
            tokens.add(t.strip());
        }
        int n = count(tokens.get(0));
        int size = tokens.size();
        long named = 1L + n + (long) n * n;
        List<String> names;
        List<String> values;
        if (size == named) {
            names = tokens.subList(1, 1 + n);
            values = tokens.subList(1 + n, size);
        } else if (size == 1L + n + 2L * n * n) {
            names = tokens.subList(1, 1 + n);
            values = joinCommaDecimals(tokens.subList(1 + n, size));
            warnings.add(keyword + " uses a comma as decimal separator; read as such");
        } else if (keyword.equals("$COMP") && size == 1L + (long) n * n && n == parameterNames.size()) {
            names = parameterNames;
            values = tokens.subList(1, size);
        } else {
            throw new IllegalArgumentException("it declares " + n + " parameters, so it needs " + named
                    + " comma-separated fields, but has " + size);
        }
        double[] matrix = new double[n * n];
        for (int i = 0; i < matrix.length; i++) {
            double v = Numbers.parseDoubleOrNaN(values.get(i));
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("value " + (i + 1) + " ('" + Numbers.shorten(values.get(i))
                        + "') is not a number");
            }
            matrix[i] = v;
        }
        return new Spillover(resolveNames(keyword, names, parameterNames, warnings), matrix);
    }

    private static int count(String token) {
        double n = Numbers.parseDoubleOrNaN(token);
        if (!(n >= 1) || n != Math.rint(n) || n > 4096) {
            throw new IllegalArgumentException("the parameter count '" + Numbers.shorten(token)
                    + "' is not a whole number between 1 and 4096");
        }
        return (int) n;
    }

    private static List<String> joinCommaDecimals(List<String> halves) {
        List<String> joined = new ArrayList<>(halves.size() / 2);
        for (int i = 0; i < halves.size(); i += 2) {
            joined.add(halves.get(i) + "." + halves.get(i + 1));
        }
        return joined;
    }

    /** Names given as parameter numbers ("3,4,5") refer to {@code $PnN} when no parameter has such a name. */
    private static List<String> resolveNames(String keyword, List<String> names, List<String> parameterNames,
            List<String> warnings) {
        List<String> resolved = new ArrayList<>(names);
        boolean allNumbers = true;
        for (String name : names) {
            double number = Numbers.parseDoubleOrNaN(name);
            allNumbers &= number == Math.rint(number) && number >= 1 && number <= parameterNames.size()
                    && !parameterNames.contains(name);
        }
        if (allNumbers) {
            for (int i = 0; i < names.size(); i++) {
                resolved.set(i, parameterNames.get((int) Numbers.parseDoubleOrNaN(names.get(i)) - 1));
            }
            warnings.add(keyword + " names its parameters by number; they were mapped to $PnN");
        }
        for (String name : resolved) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("it has an empty parameter name");
            }
            if (!parameterNames.contains(name)) {
                warnings.add(keyword + " names '" + Numbers.shorten(name) + "', which is not a $PnN of this file");
            }
        }
        return resolved;
    }
}
