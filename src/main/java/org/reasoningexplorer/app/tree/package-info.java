/**
 * The tree view of a reasoning search: {@link org.reasoningexplorer.app.tree.TreeCanvas} (a control),
 * the {@link org.reasoningexplorer.app.tree.TreeModel} snapshot it draws, and what it is told to show
 * (colour mode, highlights, MCTS phase overlays).
 *
 * <p>Conventions: this package is the public API; {@code app.tree.impl} holds the skin, layout,
 * spatial index and painters, and nothing outside this feature may use it. Trees are struct-of-arrays
 * snapshots built off the FX thread; layout coordinates live outside the model. Never one scene-graph
 * node per tree node: the skin paints one canvas the size of the viewport. {@code TreeBench} measures
 * layout, hit testing, heap and frame times; {@code TreeCanvasDemo} saves screenshots to look at.
 */
package org.reasoningexplorer.app.tree;
