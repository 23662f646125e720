package org.reasoningexplorer.app.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.reasoningexplorer.app.replay.PhaseView;
import org.reasoningexplorer.app.replay.ReplayViewModel;
import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.tree.PhaseOverlay;

/**
 * What the tree view shows on top of the tree: the colour mode, the nodes highlighted (the chains of
 * a chosen answer, else the find bar's matches, else the candidates a beam step kept), the MCTS phase overlay, and whether the
 * view follows the selection and refits as the tree grows.
 */
public final class TreeViewState {
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(this, "colorMode", ColorMode.SCORE);
    private final BooleanProperty followSelection = new SimpleBooleanProperty(this, "followSelection", true);
    private final BooleanProperty autoFit = new SimpleBooleanProperty(this, "autoFit", true);
    private final ObjectBinding<int[]> highlight;
    private final ObjectBinding<PhaseOverlay> overlay;

    /**
     * @param findMatches the nodes the find bar matches, highlighted while it is shown
     */
    TreeViewState(ReplayViewModel replay, ObjectProperty<int[]> answerChains, ObservableValue<int[]> findMatches,
                  ObservableValue<Boolean> findShown) {
        highlight = Bindings.createObjectBinding(() -> {
            int[] chains = answerChains.get();
            if (chains != null && chains.length > 0) {
                return chains;
            }
            if (Boolean.TRUE.equals(findShown.getValue()) && findMatches.getValue().length > 0) {
                return findMatches.getValue();
            }
            PhaseView p = replay.phaseProperty().get();
            return p != null && p.phase() == PhaseView.Phase.BEAM ? p.path() : new int[0];
        }, answerChains, replay.phaseProperty(), findMatches, findShown);
        overlay = Bindings.createObjectBinding(() -> overlayOf(replay.phaseProperty().get()), replay.phaseProperty());
    }

    /** The tree view's drawing of a phase; beams are shown by highlighting instead. */
    public static PhaseOverlay overlayOf(PhaseView p) {
        if (p == null || p.path().length == 0) {
            return null;
        }
        return switch (p.phase()) {
            case SELECT -> PhaseOverlay.select(p.path());
            case EXPAND -> PhaseOverlay.expand(p.path()[0], p.others());
            case SIMULATE -> PhaseOverlay.simulate(p.path()[0], p.rolloutSteps(), p.value());
            case BACKPROP -> PhaseOverlay.backprop(p.value(), p.path());
            case BEAM -> null;
        };
    }

    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

    /** Whether the view pans to keep the selected node in sight. */
    public BooleanProperty followSelectionProperty() {
        return followSelection;
    }

    /** Whether the view refits whenever the tree changes (on until the person zooms or pans). */
    public BooleanProperty autoFitProperty() {
        return autoFit;
    }

    public ObjectBinding<int[]> highlightBinding() {
        return highlight;
    }

    public ObjectBinding<PhaseOverlay> overlayBinding() {
        return overlay;
    }
}
