package org.reasoningexplorer.engine.longcot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reflection moments in long chains of thought: the words with which R1-style models pause,
 * switch approach, check or correct themselves, in English and Chinese.
 */
public final class Reflection {
    /** What a reflection moment does. */
    public enum Kind { PAUSE, ALTERNATIVE, CHECK, CORRECTION }

    /** One marker found in a step: its kind, the words matched, and where. */
    public record Marker(Kind kind, String words, int offset) {
    }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.CORRECTION, Pattern.compile("(?i)\\b(that'?s (?:not right|wrong|incorrect)|i made (?:a|an) (?:mistake|error)|"
                    + "(?:my|that) mistake|oops|scratch that|correction)\\b|不对|错了|算错|搞错|更正")),
            new Rule(Kind.CHECK, Pattern.compile("(?i)\\b(let me (?:double[- ]?check|check|verify|confirm|re-?check|re-?examine|recalculate|"
                    + "recompute)|double[- ]?check(?:ing)?|to verify|sanity check|let'?s check|let'?s verify)\\b"
                    + "|检查一下|验证一下|让我检查|再检查|核对|验算|确认一下")),
            new Rule(Kind.ALTERNATIVE, Pattern.compile("(?i)\\b(alternatively|another (?:way|approach|method)|on second thought|"
                    + "let me try (?:another|a different)|instead,)\\b|或者|另一种方法|换一种|换个思路|另一个思路")),
            new Rule(Kind.PAUSE, Pattern.compile("(?i)\\b(wait|hold on|hmm+|hmmm|but wait|actually)\\b|等等|等一下|嗯|其实|不过")));

    private Reflection() {
    }

    /** Every reflection marker in the text, in order of position. */
    public static List<Marker> find(String text) {
        List<Marker> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                boolean inside = false;
                for (Marker o : out) {
                    inside |= m.start() >= o.offset() && m.start() < o.offset() + o.words().length();
                }
                if (!inside) {
                    out.add(new Marker(r.kind(), m.group().toLowerCase(Locale.ROOT), m.start()));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return out;
    }
}
