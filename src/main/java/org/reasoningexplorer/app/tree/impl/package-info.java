/**
 * The implementation of the tree view; only {@code org.reasoningexplorer.app.tree} uses it.
 *
 * <p>Data flows one way: {@code TidyLayout} (Buchheim–Jünger–Leipert, iterative) turns a model and its
 * collapsed nodes into a {@code TreeLayout}; {@code LayerIndex} sorts each depth by x for culling and
 * hit tests; {@code TreeViewState} holds that with the camera; the skin paints it through
 * {@code RasterPainter} (dots and edges into an ARGB buffer, cached with a margin for panning) or
 * {@code VectorPainter} (boxes and text when few nodes are in view), then {@code OverlayPainter}.
 * Colours come from CSS via {@code TreePalette}; input is handled by {@code TreeCanvasBehavior}.
 */
package org.reasoningexplorer.app.tree.impl;
