/**
 * The desktop app, one package per feature: {@code shell} (the window, menus, shortcuts),
 * {@code replay} (stepping through a trace), {@code treeview} (the tree area around the
 * {@code tree} control), {@code inspector}, {@code answers}, {@code timeline}, {@code find},
 * {@code run} (the run dialog and live searches), {@code open} (reading traces), {@code export},
 * {@code i18n}, {@code theme}, {@code settings}, {@code files}, {@code notice} and {@code screenshots}.
 *
 * <p>Conventions (MVVM as in JabRef): a view-model ({@code ...ViewModel}) holds state as read-only
 * properties, gets its services and executors through its constructor, never touches a control, and
 * is tested without a screen; it speaks to people in {@link org.reasoningexplorer.app.i18n.Phrase}s,
 * which views render in the chosen language. A view only binds and forwards. Work that can take long
 * (reading, folding big jumps, searching, writing files) runs on background executors and hands its
 * results to the FX thread; view-models take both executors so tests can run everything in line.
 */
package org.reasoningexplorer.app;
