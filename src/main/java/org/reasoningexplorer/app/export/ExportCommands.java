package org.reasoningexplorer.app.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.reasoningexplorer.app.answers.AnswerTally;
import org.reasoningexplorer.app.files.SafeWrite;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.app.i18n.Phrase;
import org.reasoningexplorer.app.tree.ColorMode;
import org.reasoningexplorer.app.tree.TreeCanvas;
import org.reasoningexplorer.app.tree.TreeModel;
import org.reasoningexplorer.engine.trace.TraceTree;

/**
 * The File ▸ Export commands: asks where to save, captures what is needed on the FX thread (a
 * snapshot, node positions, a copy of the table), and writes the file atomically in the background.
 */
public final class ExportCommands {
    /** What the exports read from the window; every method is called on the FX thread. */
    public interface Source {
        Window window();

        /** The node whose picture "Export view as PNG" saves. */
        Node view();

        TreeCanvas canvas();

        TraceTree tree();

        AnswerTally tally();

        ColorMode colorMode();

        int[] highlighted();

        /** A base for file names, e.g. the trace's name. */
        String baseName();

        /** The open trace's events, or an empty list. */
        default java.util.List<org.reasoningexplorer.engine.trace.TraceEvent> events() {
            return java.util.List.of();
        }

        /** How many of {@link #events} the tree shows. */
        default int position() {
            return 0;
        }
    }

    private final Source source;
    private final Messages m;
    private final Executor background;
    private final Executor ui;
    private final Consumer<Phrase> status;
    private final Supplier<Path> lastDirectory;
    private final Consumer<Path> rememberDirectory;

    public ExportCommands(Source source, Messages m, Executor background, Executor ui, Consumer<Phrase> status,
                          Supplier<Path> lastDirectory, Consumer<Path> rememberDirectory) {
        this.source = source;
        this.m = m;
        this.background = background;
        this.ui = ui;
        this.status = status;
        this.lastDirectory = lastDirectory;
        this.rememberDirectory = rememberDirectory;
    }

    public void png() {
        Path file = choose("export.png.title", "export.png.files", "*.png", ".png");
        if (file != null) {
            pngTo(file);
        }
    }

    /** Saves a picture of the view as it is now. */
    public void pngTo(Path file) {
        WritableImage image = source.view().snapshot(null, null);
        write(file, out -> ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out));
    }

    public void svg() {
        Path file = choose("export.svg.title", "export.svg.files", "*.svg", ".svg");
        if (file != null) {
            svgTo(file);
        }
    }

    /** Saves the tree as shown (collapsed subtrees left out) as an SVG drawing. */
    public void svgTo(Path file) {
        TreeCanvas canvas = source.canvas();
        TreeModel model = canvas.getModel() == null ? TreeModel.EMPTY : canvas.getModel();
        double[] x = new double[model.size()];
        double[] y = new double[model.size()];
        for (int i = 0; i < model.size(); i++) {
            Point2D p = canvas.isNodeShown(i) ? canvas.nodeToScreen(i) : null;
            x[i] = p == null ? Double.NaN : p.getX();
            y[i] = p == null ? Double.NaN : p.getY();
        }
        int[] highlighted = source.highlighted() == null ? new int[0] : source.highlighted().clone();
        java.util.Arrays.sort(highlighted);
        ColorMode mode = source.colorMode();
        int selected = canvas.getSelectedNode();
        write(file, out -> TreeSvg.write(model, x, y, mode, highlighted, selected, out));
    }

    public void nodeTable() {
        Path file = choose("export.nodes.title", "export.csv.files", "*.csv", "-nodes.csv");
        if (file != null) {
            nodeTableTo(file);
        }
    }

    /** Saves every node at the current point of the replay as a CSV row. */
    public void nodeTableTo(Path file) {
        if (source.events() instanceof org.reasoningexplorer.engine.trace.EventFile all) {
            // A big trace's texts stay in its file: the table is folded again and written in the background,
            // row by row, rather than read on the FX thread into memory.
            int shown = source.position();
            write(file, out -> {
                TraceTree t = org.reasoningexplorer.engine.trace.EventFile.newTreeFor(all);
                for (int i = 0; i < shown; i++) {
                    t.apply(all.get(i));
                }
                NodeTableCsv.write(t, out);
            });
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            // The tree changes on the FX thread as a replay moves, so the table is taken here.
            NodeTableCsv.write(source.tree(), bytes);
        } catch (IOException e) {
            status.accept(Phrase.of("status.exportFailed", file.getFileName(), String.valueOf(e.getMessage())));
            return;
        }
        write(file, out -> bytes.writeTo(out));
    }

    public void tally() {
        Path file = choose("export.tally.title", "export.csv.files", "*.csv", "-answers.csv");
        if (file != null) {
            tallyTo(file);
        }
    }

    /** Saves the answer tally at the current point of the replay as CSV. */
    public void tallyTo(Path file) {
        AnswerTally t = source.tally();
        write(file, out -> TallyCsv.write(t, out));
    }

    private Path choose(String titleKey, String filesKey, String pattern, String suffix) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get(filesKey), pattern));
        chooser.setInitialFileName(source.baseName() + suffix);
        Path dir = lastDirectory.get();
        if (dir != null) {
            chooser.setInitialDirectory(dir.toFile());
        }
        File f = chooser.showSaveDialog(source.window());
        if (f == null) {
            return null;
        }
        rememberDirectory.accept(f.toPath().toAbsolutePath().getParent());
        return f.toPath();
    }

    /** Writes in the background (all or nothing) and reports the outcome in the status line. */
    public void write(Path file, SafeWrite.Body body) {
        status.accept(Phrase.of("status.exporting", file.getFileName()));
        background.execute(() -> {
            Phrase result;
            try {
                SafeWrite.write(file, body);
                result = Phrase.of("status.exported", file);
            } catch (IOException | RuntimeException e) {
                result = Phrase.of("status.exportFailed", file.getFileName(), String.valueOf(e.getMessage()));
            }
            Phrase r = result;
            ui.execute(() -> status.accept(r));
        });
    }
}
