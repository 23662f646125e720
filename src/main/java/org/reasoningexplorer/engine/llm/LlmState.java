package org.reasoningexplorer.engine.llm;

import java.util.ArrayList;
import java.util.List;
import org.reasoningexplorer.engine.reasoner.ReasoningState;

/** A partial solution written by a language model: the question, its steps, and the answer once stated. */
public final class LlmState implements ReasoningState {
    private final String question;
    private final List<String> steps;
    private final List<String> reasoning;
    private final boolean terminal;
    private final String answer;

    private LlmState(String question, List<String> steps, List<String> reasoning, boolean terminal, String answer) {
        this.question = question;
        this.steps = steps;
        this.reasoning = reasoning;
        this.terminal = terminal;
        this.answer = answer;
    }

    public static LlmState start(String question) {
        return new LlmState(question, List.of(), List.of(), false, null);
    }

    /** This state with one more step; {@code answer} non-null makes it terminal. */
    public LlmState extend(String step, String thinking, boolean end, String extracted) {
        List<String> s = new ArrayList<>(steps);
        s.add(step);
        List<String> r = new ArrayList<>(reasoning);
        r.add(thinking == null ? "" : thinking);
        return new LlmState(question, List.copyOf(s), List.copyOf(r), end, end ? (extracted == null ? "" : extracted) : null);
    }

    public String question() {
        return question;
    }

    public List<String> steps() {
        return steps;
    }

    /** The reasoning text the server kept apart for each step (may be empty strings). */
    public List<String> reasoning() {
        return reasoning;
    }

    @Override
    public String lastReasoning() {
        return reasoning.isEmpty() ? "" : reasoning.get(reasoning.size() - 1);
    }

    @Override
    public int depth() {
        return steps.size();
    }

    @Override
    public boolean isTerminal() {
        return terminal;
    }

    @Override
    public String answer() {
        return answer;
    }
}
