package org.reasoningexplorer.app.run;

import java.util.Locale;
import org.reasoningexplorer.engine.verify.NoiseModel;

/** The verifier noise presets offered in the run dialog. */
public enum NoisePreset {
    /** Scores 1 for right and 0 for wrong, always. */
    PERFECT(NoiseModel.PERFECT),
    /** A strong verifier with 2% flips. */
    GOOD(NoiseModel.GOOD),
    /** A weak verifier with 15% flips. */
    MEDIOCRE(NoiseModel.MEDIOCRE),
    /** Wrong answers spread widely, so some outscore every right one. */
    MISLEADING(NoiseModel.MISLEADING);

    private final NoiseModel model;

    NoisePreset(NoiseModel model) {
        this.model = model;
    }

    public NoiseModel model() {
        return model;
    }

    /** The bundle key of the preset's name; its explanation is the same key plus ".tip". */
    public String nameKey() {
        return "noise." + name().toLowerCase(Locale.ROOT);
    }
}
