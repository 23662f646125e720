package org.reasoningexplorer.engine.llm;

/** Separates reasoning written inside {@code <think>…</think>} from the answer text that follows it. */
public final class ThinkSplit {
    /** The reasoning part and the visible part. */
    public record Parts(String reasoning, String answer) {
    }

    private ThinkSplit() {
    }

    /**
     * Splits text. A closing tag without an opening one (DeepSeek-R1 distills often start inside the
     * think block) takes everything before it as reasoning; an unclosed block is all reasoning.
     */
    public static Parts split(String text) {
        if (text == null) {
            return new Parts("", "");
        }
        int open = text.indexOf("<think>");
        int close = text.indexOf("</think>");
        if (close >= 0) {
            int start = open >= 0 && open < close ? open + 7 : 0;
            String before = open > 0 && open < close ? text.substring(0, open) : "";
            return new Parts(text.substring(start, close).strip(), (before + text.substring(close + 8)).strip());
        }
        if (open >= 0) {
            return new Parts(text.substring(open + 7).strip(), text.substring(0, open).strip());
        }
        return new Parts("", text);
    }
}
