package org.reasoningexplorer.app.forensics;

import static org.reasoningexplorer.app.testing.Fx.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reasoningexplorer.app.i18n.Language;
import org.reasoningexplorer.app.i18n.Messages;
import org.reasoningexplorer.engine.forensics.VoteForensics;
import org.reasoningexplorer.engine.trace.TraceReader;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ForensicsViewTest {
    private final SimpleObjectProperty<TraceForensics> result = new SimpleObjectProperty<>();
    private final List<Integer> selected = new ArrayList<>();
    private ForensicsView view;
    private final Messages messages = new Messages(Language.ENGLISH);

    @Start
    void start(Stage stage) {
        view = new ForensicsView(result, selected::add, messages);
        stage.setScene(new Scene(view, 420, 700));
        stage.show();
    }

    /** The sample's report with its wrong chains repeated to {@code count}, as a big search leaves thousands. */
    private static TraceForensics withWrongChains(int count) throws Exception {
        Path file = Path.of("samples/majority-wrong.trace.jsonl");
        TraceReader.ReadResult r = TraceReader.readAll(file);
        TraceForensics f = TraceForensics.of(file, r.header(), r.events());
        VoteForensics.Report p = f.report();
        List<VoteForensics.WrongChain> chains = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chains.add(p.wrongChains().get(i % p.wrongChains().size()));
        }
        return new TraceForensics(file, f.tree(), new VoteForensics.Report(p.clusters(), p.wronglySplit(), p.winner(), p.bestCorrect(),
                p.voteMargin(), p.scoreMargin(), p.rules(), p.verdict(), p.cause(), chains));
    }

    private List<javafx.scene.Node> chainList() {
        return fx(() -> List.copyOf(((VBox) view.lookup("#forensics-wrong-chains")).getChildren()));
    }

    @Test
    void thousandsOfWrongChainsAreListedAPageAtATime() throws Exception {
        TraceForensics f = withWrongChains(2 * ForensicsView.CHAIN_PAGE + 7);
        fx(() -> {
            result.set(f);
            return null;
        });
        // The links come a frame after the rest of the report.
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !chainList().isEmpty());
        List<javafx.scene.Node> shown = chainList();
        assertEquals(ForensicsView.CHAIN_PAGE + 1, shown.size(), "a page of chains and a link to the next");
        Hyperlink more = (Hyperlink) fx(() -> view.lookup("#forensics-more-chains"));
        fx(() -> {
            more.fire();
            return null;
        });
        assertEquals(2 * ForensicsView.CHAIN_PAGE + 1, chainList().size());
        fx(() -> {
            ((Hyperlink) view.lookup("#forensics-more-chains")).fire();
            return null;
        });
        assertEquals(2 * ForensicsView.CHAIN_PAGE + 7, chainList().size(), "the last page, without a link");
        assertNull(fx(() -> view.lookup("#forensics-more-chains")));
        VoteForensics.WrongChain last = f.report().wrongChains().get(f.report().wrongChains().size() - 1);
        fx(() -> {
            ((Hyperlink) chainList().get(chainList().size() - 1)).fire();
            return null;
        });
        assertEquals(List.of(last.firstWrongStep() >= 0 ? last.firstWrongStep() : last.leaf()), selected);
    }

    @Test
    void theVerdictAndTheRulesAreToldInTheReadersLanguage() throws Exception {
        Path file = Path.of("samples/majority-wrong.trace.jsonl");
        TraceReader.ReadResult r = TraceReader.readAll(file);
        TraceForensics f = TraceForensics.of(file, r.header(), r.events());
        fx(() -> {
            result.set(f);
            return null;
        });
        String english = fx(() -> ((javafx.scene.control.Label) view.lookup("#forensics-verdict")).getText());
        assertEquals(f.report().verdict(), english, "the English bundle says what the engine says");
        fx(() -> {
            messages.languageProperty().set(Language.SIMPLIFIED_CHINESE);
            return null;
        });
        String chinese = fx(() -> ((javafx.scene.control.Label) view.lookup("#forensics-verdict")).getText());
        org.junit.jupiter.api.Assertions.assertTrue(chinese.startsWith("验证器") || chinese.startsWith("规则") || chinese.startsWith("样本"),
                chinese);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !fx(() -> ((VBox) view.lookup("#forensics-rules")).getChildren().isEmpty()));
        String firstRule = fx(() -> ((javafx.scene.control.Label) ((VBox) view.lookup("#forensics-rules")).getChildren().get(0)).getText());
        org.junit.jupiter.api.Assertions.assertTrue(firstRule.contains("多数投票"), firstRule);
        fx(() -> {
            messages.languageProperty().set(Language.ENGLISH);
            return null;
        });
    }
}
