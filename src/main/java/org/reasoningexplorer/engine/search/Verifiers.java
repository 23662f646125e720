package org.reasoningexplorer.engine.search;

import java.util.function.UnaryOperator;
import org.reasoningexplorer.engine.reasoner.ReasoningState;
import org.reasoningexplorer.engine.verify.Verifier;

/**
 * The judges a search may consult, plus how answers are normalised before they are compared.
 *
 * @param checker the exact ground truth; strategies use it only to label answers for the reader,
 *                never to choose (except MCTS with reward "outcome", which counts it as a verifier call)
 */
public record Verifiers<S extends ReasoningState>(Verifier.OutcomeChecker<S> checker, UnaryOperator<String> normalizer,
                                                 Verifier.OutcomeRewardModel<S> orm, Verifier.ProcessRewardModel<S> prm,
                                                 Verifier.ValueJudge<S> judge) {
}
