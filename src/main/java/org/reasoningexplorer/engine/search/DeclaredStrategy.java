package org.reasoningexplorer.engine.search;

import java.util.List;
import java.util.Map;

/** A strategy whose options are declared on an {@link OptionSet}; supplies the name and option plumbing. */
public abstract class DeclaredStrategy implements SearchStrategy {
    /** The strategy's options; subclasses declare them in their constructor, then call {@code options.finish()}. */
    protected final OptionSet options;
    private final String name;

    protected DeclaredStrategy(String name, Map<String, String> given) {
        this.name = name;
        this.options = new OptionSet(name, given);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Map<String, Object> options() {
        return options.effective();
    }

    @Override
    public final List<OptionSet.Doc> optionDocs() {
        return options.docs();
    }
}
