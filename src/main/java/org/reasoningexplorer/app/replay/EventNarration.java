package org.reasoningexplorer.app.replay;

import java.util.List;
import java.util.Locale;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.engine.trace.TraceEvent;

/** One event told as a sentence for the status bar and the timeline, e.g. "Backpropagate 0.84 along 0 → 2 → 5". */
public final class EventNarration {
    private static final int MAX_TEXT = 60;

    private EventNarration() {
    }

    public static Phrase of(TraceEvent event) {
        if (event == null) {
            return Phrase.of("event.start");
        }
        if (event instanceof TraceEvent.NodeCreated n) {
            return n.parent() < 0 ? Phrase.of("event.root", clip(n.text()))
                    : Phrase.of("event.node", n.id(), n.parent(), clip(n.text()));
        } else if (event instanceof TraceEvent.Scored s) {
            return Phrase.of("event.score", s.node(), s.verifier(), number(s.value()));
        } else if (event instanceof TraceEvent.Selected s) {
            return Phrase.of("event.select", path(s.path()));
        } else if (event instanceof TraceEvent.Expanded x) {
            return Phrase.of("event.expand", x.node(), x.children().size());
        } else if (event instanceof TraceEvent.Simulated s) {
            return s.steps().isEmpty() ? Phrase.of("event.estimate", s.node(), number(s.value()))
                    : Phrase.of("event.simulate", s.node(), s.steps().size(), number(s.value()));
        } else if (event instanceof TraceEvent.Backpropagated b) {
            return Phrase.of("event.backprop", number(b.value()), path(b.path()));
        } else if (event instanceof TraceEvent.BeamStep b) {
            return Phrase.of("event.beam", b.depth(), b.kept().size(), b.pruned().size());
        } else if (event instanceof TraceEvent.Pruned p) {
            return Phrase.of("event.prune", p.node(), p.reason() == null ? "" : clip(p.reason()));
        } else if (event instanceof TraceEvent.Backtracked b) {
            return Phrase.of("event.backtrack", b.from(), b.to());
        } else if (event instanceof TraceEvent.AnswerExtracted a) {
            return Phrase.of(a.correct() ? "event.answer.right" : "event.answer.wrong", a.node(), clip(a.answer()));
        } else if (event instanceof TraceEvent.VoteCast v) {
            return Phrase.of("event.vote", v.node(), clip(v.answer()), v.count());
        } else if (event instanceof TraceEvent.FinalSelection f) {
            return f.node() < 0 ? Phrase.of("event.final.none", f.reason() == null ? "" : clip(f.reason()))
                    : Phrase.of(f.correct() ? "event.final.right" : "event.final.wrong", f.node(),
                    f.answer() == null ? "" : clip(f.answer()));
        } else if (event instanceof TraceEvent.Ended e) {
            String status = e.status() == null ? "" : e.status().toLowerCase(Locale.ROOT);
            return switch (status) {
                case "completed", "cancelled", "failed", "budget" -> Phrase.of("event.end." + status);
                default -> Phrase.of("event.end.other", status);
            };
        }
        return Phrase.of("event.unknown", event.type());
    }

    /** A path of node ids as "0 → 2 → 5", shortened in the middle when long. */
    public static String path(List<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.size() > 8 && i == 3) {
                sb.append(" → …");
                i = ids.size() - 3;
            }
            sb.append(i == 0 ? "" : " → ").append(ids.get(i));
        }
        return sb.toString();
    }

    /** A score or value with three decimals, the same in every language. */
    public static String number(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String clip(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT - 1) + "…" : t;
    }
}
