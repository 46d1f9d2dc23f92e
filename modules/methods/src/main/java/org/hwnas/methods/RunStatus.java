package org.hwnas.methods;

import java.util.Map;

/**
 * An engine run that reports its internal state (space size, pruned children, ...) as named numbers,
 * so a console or a bench can show it. Implemented by the {@code fnas} and {@code hsconas} runs;
 * callers test {@code run instanceof RunStatus}.
 */
public interface RunStatus {

    /** Current figures, in a stable order (names are snake_case, e.g. {@code space_size}). */
    Map<String, Double> status();
}
