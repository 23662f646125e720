package org.reasoningexplorer.app.tree;

import static org.reasoningexplorer.app.testing.Fx.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TreeCanvasTest {
    private static final double W = 800;
    private static final double H = 600;

    private final TreeModel model = TreeModels.synthetic(400, 5);
    private TreeCanvas canvas;
    private StackPane root;

    @Start
    void start(Stage stage) {
        canvas = new TreeCanvas(model);
        root = new StackPane(canvas);
        stage.setScene(new Scene(root, W, H));
        stage.show();
    }

    /** Zooms so that boxes with short labels are drawn, with the root's first grandchild in the middle. */
    private void zoomToLabels(FxRobot robot) {
        robot.interact(() -> {
            canvas.fitToWindow();
            canvas.zoomAt(100 / canvas.getZoom(), W / 2, H / 2);
            canvas.centerOn(model.firstChild(model.firstChild(0)));
        });
    }

    /** A node with children drawn well inside the view. */
    private int parentInView() {
        return fx(() -> {
            for (int v = 0; v < model.size(); v++) {
                Point2D p = canvas.nodeToScreen(v);
                if (model.firstChild(v) >= 0 && p != null && p.getX() > 150 && p.getX() < W - 150
                        && p.getY() > 100 && p.getY() < H - 150) {
                    return v;
                }
            }
            throw new AssertionError("no parent node in view");
        });
    }

    private Point2D onScreen(int node) {
        return fx(() -> canvas.localToScreen(canvas.nodeToScreen(node)));
    }

    @Test
    void clickingANodeSelectsItAndClickingEmptySpaceClearsTheSelection(FxRobot robot) {
        zoomToLabels(robot);
        int v = parentInView();
        robot.clickOn(onScreen(v));
        assertEquals(v, fx(canvas::getSelectedNode));
        Point2D empty = fx(() -> canvas.localToScreen(W - 5, H - 5));
        robot.interact(() -> canvas.panBy(-100_000, -100_000));
        robot.clickOn(empty);
        assertEquals(-1, fx(canvas::getSelectedNode));
    }

    @Test
    void hoveringANodeReportsIt(FxRobot robot) {
        zoomToLabels(robot);
        int v = parentInView();
        robot.moveTo(onScreen(v));
        assertEquals(v, fx(canvas::getHoveredNode));
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorFixed(FxRobot robot) {
        robot.interact(() -> canvas.fitToWindow());
        int v = fx(() -> model.lastChild(model.firstChild(0)));
        Point2D before = fx(() -> canvas.nodeToScreen(v));
        double zoomBefore = fx(canvas::getZoom);
        robot.moveTo(onScreen(v));
        robot.scroll(3, VerticalDirection.UP);
        Point2D after = fx(() -> canvas.nodeToScreen(v));
        assertNotEquals(zoomBefore, fx(canvas::getZoom), "the wheel did not zoom");
        assertEquals(before.getX(), after.getX(), 1.0);
        assertEquals(before.getY(), after.getY(), 1.0);
    }

    @Test
    void fitToWindowPutsEveryNodeInsideTheViewport(FxRobot robot) {
        robot.interact(() -> {
            canvas.zoomAt(30, 10, 10);
            canvas.panBy(2_000, -900);
            canvas.fitToWindow();
        });
        int outside = fx(() -> {
            int count = 0;
            for (int v = 0; v < model.size(); v++) {
                Point2D p = canvas.nodeToScreen(v);
                if (p.getX() < 0 || p.getX() > W || p.getY() < 0 || p.getY() > H) {
                    count++;
                }
            }
            return count;
        });
        assertEquals(0, outside);
    }

    @Test
    void doubleClickCollapsesANodeAndHidesItsDescendants(FxRobot robot) {
        zoomToLabels(robot);
        int v = parentInView();
        int child = model.firstChild(v);
        robot.doubleClickOn(onScreen(v));
        assertTrue(fx(() -> canvas.isCollapsed(v)));
        assertTrue(fx(() -> canvas.isNodeShown(v)));
        assertFalse(fx(() -> canvas.isNodeShown(child)), "a child of a collapsed node is still laid out");
        robot.doubleClickOn(onScreen(v));
        assertTrue(fx(() -> canvas.isNodeShown(child)));
    }

    @Test
    void levelOfDetailFollowsTheZoom(FxRobot robot) {
        robot.interact(() -> canvas.fitToWindow());
        assertEquals(LevelOfDetail.DOTS, fx(canvas::getLevelOfDetail));
        robot.interact(() -> canvas.zoomAt(100 / canvas.getZoom(), W / 2, H / 2));
        assertEquals(LevelOfDetail.SHORT_LABELS, fx(canvas::getLevelOfDetail));
        robot.interact(() -> canvas.zoomAt(2.2, W / 2, H / 2));
        assertEquals(LevelOfDetail.FULL_TEXT, fx(canvas::getLevelOfDetail));
        robot.interact(() -> canvas.zoomAt(0.1, W / 2, H / 2));
        assertEquals(LevelOfDetail.DOTS, fx(canvas::getLevelOfDetail));
    }

    @Test
    void arrowKeysMoveTheSelectionToAChildASiblingAndBackToTheParent(FxRobot robot) {
        zoomToLabels(robot);
        int v = parentInView();
        robot.interact(() -> {
            canvas.setSelectedNode(v);
            canvas.requestFocus();
        });
        robot.type(KeyCode.DOWN);
        int child = model.firstChild(v);
        assertEquals(child, fx(canvas::getSelectedNode));
        if (model.nextSibling(child) >= 0) {
            robot.type(KeyCode.RIGHT);
            assertEquals(model.nextSibling(child), fx(canvas::getSelectedNode));
        }
        robot.type(KeyCode.UP);
        assertEquals(v, fx(canvas::getSelectedNode));
        robot.type(KeyCode.SPACE);
        assertTrue(fx(() -> canvas.isCollapsed(v)));
    }

    @Test
    void aDarkRootRecoloursTheBackgroundThroughCss(FxRobot robot) {
        Color light = backgroundPixel();
        robot.interact(() -> root.getStyleClass().add("dark"));
        Color dark = backgroundPixel();
        assertTrue(light.getBrightness() > 0.9, "light background " + light);
        assertTrue(dark.getBrightness() < 0.2, "dark background " + dark);
    }

    @Test
    void emptyPseudoClassTracksTheModel(FxRobot robot) {
        PseudoClass empty = PseudoClass.getPseudoClass("empty");
        assertFalse(fx(() -> canvas.getPseudoClassStates().contains(empty)));
        robot.interact(() -> canvas.setModel(TreeModel.EMPTY));
        assertTrue(fx(() -> canvas.getPseudoClassStates().contains(empty)));
        assertEquals(-1, fx(() -> canvas.nodeAt(W / 2, H / 2)));
    }

    @Test
    void aGrownModelKeepsTheViewAndTheCollapsedNodes(FxRobot robot) {
        zoomToLabels(robot);
        int v = parentInView();
        robot.interact(() -> canvas.setCollapsed(v, true));
        Point2D before = fx(() -> canvas.nodeToScreen(v));
        TreeModel grown = TreeModels.synthetic(600, 5);
        robot.interact(() -> canvas.setModel(grown));
        assertEquals(600, fx(() -> canvas.getModel().size()));
        assertTrue(fx(() -> canvas.isCollapsed(v)));
        Point2D after = fx(() -> canvas.nodeToScreen(v));
        assertEquals(before.getX(), after.getX(), 1e-6);
        assertEquals(before.getY(), after.getY(), 1e-6);
    }

    /** A pixel of empty background, after the pulses that apply CSS and paint have run. */
    @Test
    void aReplacedSkinLetsGoOfTheControlAndTheNewOneTakesOver(FxRobot robot) {
        robot.interact(() -> canvas.setSkin(new org.reasoningexplorer.app.tree.impl.TreeCanvasSkin(canvas)));
        assertEquals(1, fx(() -> canvas.getChildrenUnmodifiable().size()), "the old skin left its canvas behind");
        zoomToLabels(robot);
        assertEquals(LevelOfDetail.SHORT_LABELS, fx(canvas::getLevelOfDetail));
        int v = parentInView();
        robot.clickOn(onScreen(v));
        assertEquals(v, fx(canvas::getSelectedNode));
    }

    private Color backgroundPixel() {
        fx(() -> {
            canvas.panBy(-100_000, 0);
            return null;
        });
        WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            WritableImage shot = canvas.snapshot(null, null);
            return shot.getPixelReader().getColor(3, (int) H - 3);
        });
    }
}
