package org.hwnas.methods.spaceprofile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.adaptive.LayerAdaptiveTable;
import org.hwnas.model.doc.DocumentKind;
import org.hwnas.model.doc.DocumentWriter;

/**
 * Writes what space profiling found: the tuned space as a study document other engines can search
 * ({@code search/1} with an {@code nb201-layerwise} space), and the layer-adaptive corrected LUT as CSV.
 */
public final class TunedSpaceWriter {
    private TunedSpaceWriter() {
    }

    /** The {@code space} object of the tuned space. */
    public static ObjectNode space(List<List<Nb201Op>> edgeOps) {
        ObjectNode s = DocumentWriter.object();
        s.put("id", LayerwiseSpaceFactory.ID);
        ArrayNode all = s.putArray("edge_ops");
        for (List<Nb201Op> ops : edgeOps) {
            ArrayNode a = all.addArray();
            ops.forEach(op -> a.add(op.token()));
        }
        return s;
    }

    /**
     * A study over the tuned space: maximise NAS-Bench-201 accuracy, minimise the CPU latency of the
     * corrected LUT ({@code corrected-lut} measure, {@code lut} relative to the study), searched by
     * {@code rea}; edit engine and budget freely.
     */
    public static ObjectNode study(String name, String description, List<List<Nb201Op>> edgeOps, String metric, int trials, String lut) {
        ObjectNode d = DocumentWriter.newDocument(DocumentKind.SEARCH);
        d.put("name", name);
        d.put("description", description);
        d.set("space", space(edgeOps));
        ArrayNode obj = d.putArray("objectives");
        ObjectNode acc = obj.addObject();
        acc.put("name", "acc");
        acc.put("goal", "maximize");
        acc.put("estimator", "nb201-table");
        acc.put("metric", metric);
        ObjectNode lat = obj.addObject();
        lat.put("name", "lat_ms");
        lat.put("goal", "minimize");
        lat.put("measure", CorrectedLutMeasureFactory.ID);
        lat.put("lut", lut);
        ObjectNode engine = d.putObject("engine");
        engine.put("id", "rea");
        ObjectNode opts = engine.putObject("options");
        opts.put("population", 16);
        opts.put("sample", 4);
        d.putObject("budget").put("trials", trials);
        d.put("seed", 0);
        return d;
    }

    /**
     * The corrected LUT, one row per (edge, op): {@code ms} = {@code lat[i][j]}, the measured SSBN latency,
     * whether the tuned space allows it; {@code rest} (everything outside the edges) as edge {@code -1}.
     * Estimate of a cell = rest + sum over edges of ms.
     */
    public static String lutCsv(LayerAdaptiveTable t, List<List<Nb201Op>> edgeOps, String header) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(header).append('\n');
        b.append("# estimate(cell) = rest + sum over edges of ms[edge][op]; ms = typical share + (SSBN - base), Zeng et al.\n");
        b.append("edge,from,to,op,ms,ssbn_ms,allowed\n");
        b.append(String.format(Locale.ROOT, "-1,,,rest,%.6f,%.6f,true%n", t.restMs(), t.typicalMs()));
        double[][] ssbn = t.ssbnMs();
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            for (Nb201Op op : Nb201Op.values()) {
                b.append(String.format(Locale.ROOT, "%d,%d,%d,%s,%.6f,%.6f,%s%n", e, Nb201Cell.sourceNode(e), Nb201Cell.targetNode(e),
                        op.token(), t.layerMs(e, op), ssbn[e][op.ordinal()], edgeOps.get(e).contains(op)));
            }
        }
        return b.toString();
    }

    /** Writes text atomically (temp file, then move). */
    public static void writeText(String text, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".hwnas-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
