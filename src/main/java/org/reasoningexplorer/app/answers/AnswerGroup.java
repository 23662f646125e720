package org.reasoningexplorer.app.answers;

import java.util.List;

/**
 * One answer after normalisation, with the chains that gave it.
 *
 * @param normalized the answer in normal form; votes are counted by it
 * @param count votes (or, where nobody voted, answers) for it
 * @param weight its summed vote weight, or summed chain score where nobody voted; NaN when unknown
 * @param members the answers as written, each with how often it was written so
 * @param nodes the terminal nodes that gave it, in order
 * @param correct whether it is right by the problem's checker
 * @param gold whether it is one of the problem's gold solutions
 * @param winner whether the search chose it
 */
public record AnswerGroup(String normalized, int count, double weight, List<Member> members, List<Integer> nodes,
                          boolean correct, boolean gold, boolean winner) {
    /** One way the answer was written, and how many chains wrote it so. */
    public record Member(String raw, int count) {
    }

    public AnswerGroup {
        members = List.copyOf(members);
        nodes = NodeList.copyOf(nodes);
    }
}
