package org.hwnas.search.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.hwnas.search.api.Constraint;
import org.hwnas.search.api.EngineOptions;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.SearchContext;
import org.hwnas.search.spi.SearchEngine;
import org.hwnas.search.spi.SearchSpace;

/**
 * A validated study document ({@code *.hwsearch.json}, {@code format: "search/1"}).
 *
 * @param measures    every measure, objectives first in objective order, then constraint-only measures
 * @param fingerprint the parts that must not change under {@code --resume} (budget and workers may)
 */
public record Study(Path file, String name, SearchSpace space, List<Measure> measures, List<Objective> objectives,
                    List<Constraint> constraints, SearchEngine engine, EngineOptions options, int batch,
                    Budget budget, long seed, int workers, ObjectNode fingerprint) {

    public Study {
        measures = List.copyOf(measures);
        objectives = List.copyOf(objectives);
        constraints = List.copyOf(constraints);
    }

    public SearchContext context() {
        return new SearchContext(space, objectives, options, seed);
    }

    /** The trial database next to the document: {@code x.hwsearch.json -> x.hwsearch.db}. */
    public static Path storeFile(Path studyFile) {
        String n = studyFile.getFileName().toString();
        String base = n.endsWith(".json") ? n.substring(0, n.length() - ".json".length()) : n;
        return studyFile.toAbsolutePath().resolveSibling(base + ".db");
    }

    public Path storeFile() {
        return storeFile(file);
    }

    public Study withWorkers(int n) {
        return new Study(file, name, space, measures, objectives, constraints, engine, options, batch, budget, seed, n, fingerprint);
    }
}
