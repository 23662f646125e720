package org.reasoningexplorer.engine.longcot;

/** Which script a piece of reasoning is written in, to flag chains that switch or mix languages. */
public final class Languages {
    /** The language of a step by its letters. */
    public enum Language { ENGLISH, CHINESE, MIXED, NONE }

    /** A letter share below this counts as incidental (a variable name, a unit). */
    public static final double MIXED_SHARE = 0.2;

    private Languages() {
    }

    /**
     * The step's language: CHINESE or ENGLISH when one language has more than 80% of the text,
     * counting Chinese characters and English words (1.5 characters each; single letters, which are
     * variables, and LaTeX commands do not count), MIXED otherwise.
     */
    public static Language of(String text) {
        int cjk = 0;
        int words = 0;
        int run = 0;
        boolean command = false;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                cjk++;
            }
            if (cp < 128 && Character.isLetter(cp)) {
                if (run == 0) {
                    command = i >= 2 && text.charAt(i - 2) == '\\';
                }
                run++;
                continue;
            }
            // A Latin word of two or more letters that is not a LaTeX command; single letters are variables.
            if (run >= 2 && !command) {
                words++;
            }
            run = 0;
        }
        double english = 1.5 * words;
        double total = cjk + english;
        if (total == 0) {
            return Language.NONE;
        }
        if (cjk / total > 1 - MIXED_SHARE) {
            return Language.CHINESE;
        }
        if (english / total > 1 - MIXED_SHARE) {
            return Language.ENGLISH;
        }
        return Language.MIXED;
    }

    /** An approximate token count: one per CJK character, one per four other non-space characters. */
    public static int tokens(String text) {
        int cjk = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                cjk++;
            } else if (!Character.isWhitespace(cp)) {
                other++;
            }
        }
        return cjk + (other + 3) / 4;
    }
}
