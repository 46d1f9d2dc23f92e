package org.hwnas.mappingui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;

/**
 * The edits the visualizer offers on a mapping: change a loop's factor, move a loop within its level
 * (the order), move it to another level. Each returns a new mapping (mappings are immutable); the result
 * may be invalid, which {@link MappingEvaluation} then explains.
 */
public final class MappingEdits {

    private MappingEdits() {
    }

    /** Sets the factor of temporal loop {@code loop} of level {@code level} (indices into the mapping's lists). */
    public static Mapping setTemporalFactor(Mapping m, int level, int loop, int factor) {
        List<LevelMapping> levels = new ArrayList<>(m.levels());
        LevelMapping l = levels.get(level);
        List<Loop> loops = new ArrayList<>(l.temporal());
        loops.set(loop, Loop.of(loops.get(loop).dim(), factor));
        levels.set(level, new LevelMapping(l.level(), loops, l.keep()));
        return with(m, levels, m.spatial());
    }

    /** Moves temporal loop {@code loop} of {@code level} by {@code delta} places (negative = outwards). */
    public static Mapping moveTemporal(Mapping m, int level, int loop, int delta) {
        List<LevelMapping> levels = new ArrayList<>(m.levels());
        LevelMapping l = levels.get(level);
        List<Loop> loops = new ArrayList<>(l.temporal());
        int to = Math.max(0, Math.min(loops.size() - 1, loop + delta));
        loops.add(to, loops.remove(loop));
        levels.set(level, new LevelMapping(l.level(), loops, l.keep()));
        return with(m, levels, m.spatial());
    }

    /** Sets the factor of spatial loop {@code loop} on {@code axis}. */
    public static Mapping setSpatialFactor(Mapping m, String axis, int loop, int factor) {
        Map<String, List<Loop>> spatial = new LinkedHashMap<>(m.spatial());
        List<Loop> loops = new ArrayList<>(spatial.get(axis));
        loops.set(loop, Loop.of(loops.get(loop).dim(), factor));
        spatial.put(axis, loops);
        return with(m, m.levels(), spatial);
    }

    private static Mapping with(Mapping m, List<LevelMapping> levels, Map<String, List<Loop>> spatial) {
        return new Mapping(m.layerName(), m.bounds(), levels, spatial, m.accelerator());
    }
}
