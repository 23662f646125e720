package org.reasoningexplorer.app.lab;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.engine.lab.DifficultyBins;
import org.reasoningexplorer.engine.lab.LabTable;
import org.reasoningexplorer.engine.lab.OverOptimisation;
import org.reasoningexplorer.engine.lab.ResampledCurves;

/** Analysis ▸ Test-time compute lab: four charts from one background computation, each exportable to PNG and CSV. */
public final class LabWindow {
    private final LabViewModel vm;
    private final Messages m;
    private final Stage stage = new Stage();
    private final CurveChart curves = new CurveChart();
    private final CurveChart overopt = new CurveChart();
    private final CurveChart sweep = new CurveChart();
    private final HeatmapChart heatmap = new HeatmapChart();
    private final TableView<DifficultyBins.Row> bins = new TableView<>();
    private final Label overoptCaption = caption("lab-overopt-caption");
    private final Label heatmapCaption = caption("lab-heatmap-caption");

    private LabWindow(Window owner, Messages m, Executor background, Executor ui, List<String> css) {
        this.m = m;
        this.vm = new LabViewModel(background, ui);
        boolean dark = css.stream().anyMatch(s -> s.contains("dark"));
        curves.setId("lab-curves");
        overopt.setId("lab-overopt");
        heatmap.setId("lab-heatmap");
        curves.setDark(dark);
        sweep.setId("lab-sweep");
        sweep.setDark(dark);
        overopt.setDark(dark);
        heatmap.setDark(dark);
        TextField puzzles = new TextField();
        puzzles.setId("lab-puzzles");
        puzzles.textProperty().bindBidirectional(vm.puzzlesProperty());
        puzzles.setPrefColumnCount(9);
        Spinner<Integer> n = new Spinner<>(2, 512, vm.samplesProperty().get());
        n.setId("lab-n");
        n.setEditable(true);
        n.setPrefWidth(90);
        n.valueProperty().addListener((o, a, b) -> vm.samplesProperty().set(b));
        Button run = live(new Button(), "lab.run");
        run.setId("lab-run");
        run.getStyleClass().add("rx-default");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.compute());
        Button cancel = live(new Button(), "dialog.cancel");
        cancel.setId("lab-cancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("lab-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.setPrefWidth(180);
        Label status = new Label();
        status.setId("lab-status");
        status.textProperty().bind(m.text(vm.statusProperty()));
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox controls = new HBox(10, live(new Label(), "lab.puzzles"), puzzles, live(new Label(), "lab.n"), n, run, cancel,
                progress, status);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label hint = live(new Label(), "lab.hint");
        hint.getStyleClass().add("rx-muted");
        binsTable();
        TabPane tabs = new TabPane(
                tab("lab-tab-curves", "lab.tab.curves", curves, null, () -> table(r -> r.curvesTable())),
                tab("lab-tab-overopt", "lab.tab.overopt", overopt, overoptCaption, () -> table(r -> r.overoptTable())),
                tab("lab-tab-heatmap", "lab.tab.heatmap", heatmap, heatmapCaption, () -> table(r -> r.heatmapTable())),
                tab("lab-tab-bins", "lab.tab.bins", bins, null, () -> table(r -> r.binsTable())),
                tab("lab-tab-sweep", "lab.tab.sweep", sweep, null, () -> vm.sweepResultsProperty().get() == null ? null
                        : vm.sweepResultsProperty().get().table(), vm.sweepResultsProperty(), sweepControls()));
        tabs.setId("lab-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox root = new VBox(10, controls, hint, tabs);
        root.setId("lab-window");
        root.setPadding(new Insets(12));
        root.getStyleClass().add("rx-main");
        vm.resultsProperty().addListener((o, a, r) -> show(r));
        vm.sweepResultsProperty().addListener((o, a, r) -> showSweep(r));
        // Charts and captions are drawn with the words of the language they were drawn in: draw them again.
        m.languageProperty().addListener((o, a, l) -> {
            if (vm.resultsProperty().get() != null) {
                show(vm.resultsProperty().get());
            }
            showSweep(vm.sweepResultsProperty().get());
        });
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().setAll(css);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.titleProperty().bind(m.text("lab.title"));
        stage.getProperties().put(LabViewModel.class, vm);
    }

    /** Opens a lab window. Its view-model is in the stage's properties under {@code LabViewModel.class}. */
    public static Stage show(Window owner, Messages m, Executor background, Executor ui, List<String> css) {
        LabWindow w = new LabWindow(owner, m, background, ui, css);
        w.stage.show();
        javafx.application.Platform.runLater(() -> w.stage.getScene().lookup("#lab-run").requestFocus());
        return w.stage;
    }

    private LabTable table(Function<LabViewModel.Results, LabTable> f) {
        LabViewModel.Results r = vm.resultsProperty().get();
        return r == null ? null : f.apply(r);
    }

    private Tab tab(String id, String key, Node chart, Label caption, Supplier<LabTable> table) {
        return tab(id, key, chart, caption, table, vm.resultsProperty(), null);
    }

    /** The sweep tab's own controls: problem set, strategies, budgets, run, cancel, progress and status. */
    private Node sweepControls() {
        TextField puzzles = new TextField();
        puzzles.setId("lab-sweep-puzzles");
        puzzles.textProperty().bindBidirectional(vm.sweepPuzzlesProperty());
        puzzles.setPrefColumnCount(9);
        TextField budgets = new TextField();
        budgets.setId("lab-sweep-budgets");
        budgets.textProperty().bindBidirectional(vm.sweepBudgetsProperty());
        budgets.setPrefColumnCount(7);
        HBox checks = new HBox(8);
        checks.setAlignment(Pos.CENTER_LEFT);
        for (String st : LabViewModel.SWEEP_STRATEGIES) {
            CheckBox c = new CheckBox(st);
            c.setId("lab-sweep-" + st);
            c.selectedProperty().bindBidirectional(vm.sweepStrategyProperty(st));
            checks.getChildren().add(c);
        }
        Button run = live(new Button(), "lab.sweep.run");
        run.setId("lab-sweep-run");
        run.disableProperty().bind(vm.sweepRunningProperty());
        run.setOnAction(e -> vm.runSweep());
        Button cancel = live(new Button(), "dialog.cancel");
        cancel.setId("lab-sweep-cancel");
        cancel.visibleProperty().bind(vm.sweepRunningProperty());
        cancel.setOnAction(e -> vm.cancelSweep());
        ProgressBar progress = new ProgressBar();
        progress.setId("lab-sweep-progress");
        progress.progressProperty().bind(vm.sweepProgressProperty());
        progress.visibleProperty().bind(vm.sweepRunningProperty());
        progress.setPrefWidth(160);
        Label status = new Label();
        status.setId("lab-sweep-status");
        status.textProperty().bind(m.text(vm.sweepStatusProperty()));
        HBox first = new HBox(10, live(new Label(), "lab.puzzles"), puzzles, live(new Label(), "lab.sweep.budgets"), budgets,
                run, cancel, progress, status);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(10, live(new Label(), "lab.sweep.strategies"), checks);
        second.setAlignment(Pos.CENTER_LEFT);
        Label hint = live(new Label(), "lab.sweep.hint");
        hint.getStyleClass().add("rx-muted");
        hint.setWrapText(true);
        return new VBox(6, first, second, hint);
    }

    private Tab tab(String id, String key, Node chart, Label caption, Supplier<LabTable> table, ObservableValue<?> data, Node top) {
        Button png = live(new Button(), "lab.exportPng");
        png.setId(id + "-png");
        Button csv = live(new Button(), "lab.exportCsv");
        csv.setId(id + "-csv");
        png.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> data.getValue() == null, data));
        csv.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> data.getValue() == null, data));
        Label saved = new Label();
        saved.getStyleClass().add("rx-muted");
        png.setOnAction(e -> {
            Path f = choose(id + ".png", "*.png");
            if (f != null) {
                saved.setText(result(writePng(chart, f), f));
            }
        });
        csv.setOnAction(e -> {
            Path f = choose(id + ".csv", "*.csv");
            if (f != null && table.get() != null) {
                saved.setText(result(writeCsv(table.get(), f), f));
            }
        });
        HBox buttons = new HBox(8, png, csv, saved);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, chart);
        if (top != null) {
            box.getChildren().add(0, top);
        }
        VBox.setVgrow(chart, Priority.ALWAYS);
        if (caption != null) {
            box.getChildren().add(caption);
        }
        box.getChildren().add(buttons);
        box.setPadding(new Insets(8, 0, 0, 0));
        Tab t = new Tab(null, box);
        t.textProperty().bind(m.text(key));
        t.setId(id);
        return t;
    }

    private String result(String error, Path f) {
        return error == null ? m.get("lab.exported", f.getFileName()) : m.get("lab.failed", error);
    }

    private Path choose(String name, String pattern) {
        FileChooser c = new FileChooser();
        c.setInitialFileName(name.replace("lab-tab-", "lab-"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        File f = c.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    /** Writes a snapshot of a chart as PNG; returns null on success or the error. */
    public static String writePng(Node chart, Path file) {
        WritableImage image = chart.snapshot(null, null);
        try (OutputStream out = Files.newOutputStream(file)) {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** Writes a lab table as CSV; returns null on success or the error. */
    public static String writeCsv(LabTable table, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            table.writeCsv(w);
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private void show(LabViewModel.Results r) {
        if (r == null) {
            return;
        }
        Map<String, List<ResampledCurves.Point>> bySeries = new LinkedHashMap<>();
        for (ResampledCurves.Point p : r.curves()) {
            bySeries.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
        }
        List<CurveChart.Series> lines = new ArrayList<>();
        int i = 0;
        for (var e : bySeries.entrySet()) {
            List<ResampledCurves.Point> ps = e.getValue();
            lines.add(new CurveChart.Series(e.getKey(), CurveChart.PALETTE[i++ % CurveChart.PALETTE.length],
                    ps.stream().mapToDouble(ResampledCurves.Point::steps).toArray(),
                    ps.stream().mapToDouble(ResampledCurves.Point::accuracy).toArray(),
                    ps.stream().mapToDouble(ResampledCurves.Point::low).toArray(),
                    ps.stream().mapToDouble(ResampledCurves.Point::high).toArray(), false));
        }
        curves.setData(m.get("lab.axis.compute"), m.get("lab.axis.accuracy"), lines);
        List<OverOptimisation.Point> ps = r.overopt().points();
        double[] ns = ps.stream().mapToDouble(OverOptimisation.Point::n).toArray();
        List<CurveChart.Series> over = new ArrayList<>();
        over.add(new CurveChart.Series(m.get("lab.measured"), CurveChart.PALETTE[0], ns,
                ps.stream().mapToDouble(OverOptimisation.Point::measured).toArray(),
                ps.stream().mapToDouble(OverOptimisation.Point::low).toArray(),
                ps.stream().mapToDouble(OverOptimisation.Point::high).toArray(), false));
        if (ps.stream().noneMatch(p -> Double.isNaN(p.closedForm()))) {
            over.add(new CurveChart.Series(m.get("lab.closedForm"), CurveChart.PALETTE[1], ns,
                    ps.stream().mapToDouble(OverOptimisation.Point::closedForm).toArray(), null, null, true));
        }
        overopt.setData(m.get("lab.axis.n"), m.get("lab.axis.accuracy"), over);
        overoptCaption.setText(m.get("lab.overopt.caption", String.format(Locale.ROOT, "%.3f", r.overopt().passAt1()),
                r.overopt().measuredPeak(), r.overopt().closedFormPeak() == 0 ? "—" : Integer.toString(r.overopt().closedFormPeak())));
        heatmap.setData(r.heatmap(), m.get("lab.axis.budget"), m.get("lab.axis.skill"));
        heatmapCaption.setText(r.heatmap().method() + ": " + r.heatmap().tradeoff().caption());
        bins.getItems().setAll(r.bins().rows());
    }

    /** Plots the sweep: accuracy against mean steps per problem (log x), one line per strategy with its 95% band. */
    private void showSweep(LabViewModel.SweepResults r) {
        if (r == null) {
            return;
        }
        sweep.setData(m.get("lab.sweep.axis"), m.get("lab.axis.accuracy"), sweepSeries(r));
    }

    /** The chart lines of a sweep, one per strategy. */
    static List<CurveChart.Series> sweepSeries(LabViewModel.SweepResults r) {
        List<CurveChart.Series> lines = new ArrayList<>();
        int i = 0;
        for (org.reasoningexplorer.engine.lab.ComputeCurves.Series s : r.series()) {
            var ps = s.points();
            lines.add(new CurveChart.Series(s.strategy(), CurveChart.PALETTE[i++ % CurveChart.PALETTE.length],
                    ps.stream().mapToDouble(p -> Math.max(p.steps(), 1e-3)).toArray(),
                    ps.stream().mapToDouble(org.reasoningexplorer.engine.lab.ComputeCurves.Point::accuracy).toArray(),
                    ps.stream().mapToDouble(org.reasoningexplorer.engine.lab.ComputeCurves.Point::low).toArray(),
                    ps.stream().mapToDouble(org.reasoningexplorer.engine.lab.ComputeCurves.Point::high).toArray(), false));
        }
        return lines;
    }

    private void binsTable() {
        bins.setId("lab-bins");
        bins.getColumns().add(col("lab.bins.bin", row -> Integer.toString(row.bin())));
        bins.getColumns().add(col("lab.bins.problems", row -> Integer.toString(row.problems())));
        bins.getColumns().add(col("lab.bins.passAt1", row -> String.format(Locale.ROOT, "%.2f – %.2f", row.passAt1Min(), row.passAt1Max())));
        bins.getColumns().add(col("lab.bins.strategy", DifficultyBins.Row::strategy));
        bins.getColumns().add(col("lab.bins.budget", row -> Integer.toString(row.budget())));
        bins.getColumns().add(col("lab.bins.accuracy", row -> String.format(Locale.ROOT, "%.2f  [%.2f, %.2f]", row.accuracy(),
                row.low(), row.high())));
        bins.getColumns().add(col("lab.bins.best", row -> row.best() ? "★" : ""));
        bins.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    }

    private TableColumn<DifficultyBins.Row, String> col(String key, Function<DifficultyBins.Row, String> f) {
        TableColumn<DifficultyBins.Row, String> c = new TableColumn<>();
        c.textProperty().bind(m.text(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** The control with its text bound to a message, so it follows the language. */
    private <T extends javafx.scene.control.Labeled> T live(T control, String key) {
        control.textProperty().bind(m.text(key));
        return control;
    }

    private static Label caption(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
