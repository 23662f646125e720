package org.reasoningexplorer.engine.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string side of answer normalisation: strips the LaTeX that does not change an answer's value
 * ($…$, \text{}, \left/\right, thin spaces, degrees, dollar and percent signs, unit words, "x ="),
 * and writes what remains in one canonical spelling, lower case and without spaces. Modelled on the
 * two normalisers of the PRM800K grader (see prm800k/PROVENANCE.md).
 */
final class LatexCleaner {
    private static final char ROW_BREAK = '\u0001';
    private static final String[] TEXT_COMMANDS = {"\\text", "\\textbf", "\\textit", "\\textrm", "\\mbox", "\\mathrm",
        "\\mathbf", "\\mathit", "\\operatorname", "\\textnormal"};
    private static final String[] SPACES = {"\\!", "\\,", "\\;", "\\:", "\\ ", "\\quad", "\\qquad", "~", "\\displaystyle"};
    private static final Pattern UNITS = Pattern.compile("(?<![\\\\a-z])(?:degrees?|cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?"
            + "|met(?:er|re)s?|km|kilomet(?:er|re)s?|inch(?:es)?|feet|foot|ft|yards?|miles?|mph|seconds?|minutes?|mins?|hours?"
            + "|hrs?|days?|weeks?|months?|years?|dollars?|cents?|units?|square|sq|cubic|pounds?|lbs?|ounces?|oz|grams?|kg"
            + "|kilograms?|lit(?:er|re)s?|ml|gallons?|percent)(?:\\s*\\^\\{?[23]\\}?)?(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_MIXED = Pattern.compile("^(-?\\d+)\\s+(\\d+)/(\\d+)$");
    private static final Pattern LATEX_MIXED = Pattern.compile("(^|[^\\d.}^_])(\\d+)\\\\frac\\{(\\d+)\\}\\{(\\d+)\\}");
    private static final Pattern THOUSANDS = Pattern.compile("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    private static final Pattern LEADING_DOT = Pattern.compile("(^|[^\\d])\\.(\\d)");
    private static final Pattern BRACED_SUBSCRIPT = Pattern.compile("_\\{([a-z0-9]+)\\}");

    private LatexCleaner() {
    }

    /** The cleaned form of one answer: lower case, no spaces, LaTeX wrappers removed. */
    static String clean(String answer) {
        if (answer == null) {
            return "";
        }
        String s = unicode(answer).replace("\\\\", String.valueOf(ROW_BREAK)).replace('\n', ' ').replace('\r', ' ').trim();
        s = unwrapMath(s);
        s = unwrapWhole(s, "\\boxed");
        s = unwrapWhole(s, "\\fbox");
        s = s.replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac").replace("\\dbinom", "\\binom").replace("\\tbinom", "\\binom")
                .replace("\\left", "").replace("\\right", "").replace("^\\circ", "").replace("^{\\circ}", "")
                .replace("\\degree", "").replace("\\$", "").replace("$", "").replace("\\%", "").replace("%", "").replace("{,}", ",");
        for (String space : SPACES) {
            s = s.replace(space, " ");
        }
        for (String command : TEXT_COMMANDS) {
            s = unwrapAll(s, command);
        }
        String withoutUnits = UNITS.matcher(s).replaceAll(" ").trim();
        if (!withoutUnits.isEmpty()) {
            s = withoutUnits;
        }
        s = dropShortLeftSide(s.trim());
        Matcher mixed = PLAIN_MIXED.matcher(s);
        if (mixed.matches()) {
            s = mixed.group(1) + "+" + mixed.group(2) + "/" + mixed.group(3);
        }
        s = canonicalArguments(s).replaceAll("\\s+", "");
        s = LATEX_MIXED.matcher(s).replaceAll("$1$2+\\\\frac{$3}{$4}");
        if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        s = LEADING_DOT.matcher(s).replaceAll("$10.$2");
        while (s.endsWith(".") || s.endsWith(String.valueOf(ROW_BREAK))) {
            s = s.substring(0, s.length() - 1);
        }
        s = stripOuterBraces(s).toLowerCase(Locale.ROOT);
        s = BRACED_SUBSCRIPT.matcher(s).replaceAll("_$1");
        return s.replace(String.valueOf(ROW_BREAK), "\\\\");
    }

    private static String unicode(String s) {
        return s.replace('\u2212', '-').replace('\u00d7', '*').replace('\u00b7', '*').replace('\u00f7', '/')
                .replace("\u03c0", "\\pi ").replace("\u221e", "\\infty ").replace("\u221a", "\\sqrt").replace("\u00b0", "")
                .replace("\u222a", "\\cup ").replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ');
    }

    private static String unwrapMath(String s) {
        String t = s;
        while (true) {
            String before = t;
            if (t.length() >= 4 && t.startsWith("$$") && t.endsWith("$$")) {
                t = t.substring(2, t.length() - 2).trim();
            } else if (t.length() >= 2 && t.startsWith("$") && t.endsWith("$")) {
                t = t.substring(1, t.length() - 1).trim();
            } else if (t.startsWith("\\(") && t.endsWith("\\)") || t.startsWith("\\[") && t.endsWith("\\]")) {
                t = t.substring(2, t.length() - 2).trim();
            }
            if (t.equals(before)) {
                return t;
            }
        }
    }

    /** "\boxed{x}" as the whole string becomes "x". */
    private static String unwrapWhole(String s, String command) {
        if (s.startsWith(command + "{")) {
            int close = Braces.matching(s, command.length());
            if (close == s.length() - 1) {
                return s.substring(command.length() + 1, close).trim();
            }
        }
        return s;
    }

    /** Every "\text{x}" becomes " x ", braces balanced. */
    private static String unwrapAll(String s, String command) {
        int from = 0;
        while (true) {
            int at = s.indexOf(command + "{", from);
            if (at < 0) {
                return s;
            }
            int open = at + command.length();
            int close = Braces.matching(s, open);
            if (close < 0) {
                return s;
            }
            s = s.substring(0, at) + " " + s.substring(open + 1, close) + " " + s.substring(close + 1);
            from = at;
        }
    }

    /** "x = 5" becomes "5" and "x \in [1,2]" becomes "[1,2]" when the left side has at most 2 characters. */
    private static String dropShortLeftSide(String s) {
        int eq = s.indexOf('=');
        if (eq > 0 && eq == s.lastIndexOf('=') && s.substring(0, eq).replace(" ", "").length() <= 2) {
            return s.substring(eq + 1).trim();
        }
        int in = s.indexOf("\\in ");
        if (in > 0 && s.substring(0, in).replace(" ", "").length() <= 2) {
            return s.substring(in + 3).trim();
        }
        return s;
    }

    /** "\frac12", "\frac 1{19}", "\frac{2}7" and "\sqrt3" in braced form, as LaTeX reads them. */
    private static String canonicalArguments(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            String command = s.startsWith("\\frac", i) ? "\\frac" : s.startsWith("\\sqrt", i) ? "\\sqrt" : null;
            if (command == null) {
                out.append(s.charAt(i++));
                continue;
            }
            out.append(command);
            i = skipSpaces(s, i + command.length());
            if ("\\sqrt".equals(command) && i < s.length() && s.charAt(i) == '[') {
                int close = Braces.matching(s, i);
                if (close < 0) {
                    continue;
                }
                out.append(s, i, close + 1);
                i = skipSpaces(s, close + 1);
            }
            int args = "\\frac".equals(command) ? 2 : 1;
            for (int a = 0; a < args && i < s.length(); a++) {
                int end = argumentEnd(s, i);
                if (end < 0) {
                    break;
                }
                String arg = s.charAt(i) == '{' ? s.substring(i + 1, end - 1) : s.substring(i, end);
                out.append('{').append(canonicalArguments(arg)).append('}');
                i = a + 1 < args ? skipSpaces(s, end) : end;
            }
        }
        return out.toString();
    }

    /** The end (exclusive) of a LaTeX argument at i: a braced group, one character, or one command; -1 if none. */
    private static int argumentEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '{') {
            int close = Braces.matching(s, i);
            return close < 0 ? -1 : close + 1;
        }
        if (c == '\\') {
            int j = i + 1;
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                j++;
            }
            return j > i + 1 ? j : -1;
        }
        return Character.isLetterOrDigit(c) ? i + 1 : -1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String stripOuterBraces(String s) {
        while (s.length() >= 2 && s.charAt(0) == '{' && Braces.matching(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
