package org.hwnas.methods.spaceprofile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.adaptive.LayerAdaptiveTable;
import org.hwnas.methods.MiniRunner;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.search.api.Trial;
import org.hwnas.search.pareto.Hypervolume;
import org.hwnas.search.pareto.ParetoFront;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;

/**
 * The whole space-profiling job: measure the SSBNs ({@link SpaceProfiler}), select the tuned space
 * ({@link SpaceSelection}), build the winner's corrected LUT, write the study and LUT files
 * ({@link TunedSpaceWriter}) and, optionally, compare searches in the tuned and the full NB201 space at
 * equal budget.
 */
public final class SpaceProfile {
    private SpaceProfile() {
    }

    /** Selection parameters (Zeng et al.'s threshold, scale, lambda and K). */
    public record Selection(double threshold, double scale, double lambda, int k) {
        public static Selection defaults() {
            return new Selection(0.92, 1.0, 0.5, 12);
        }
    }

    /** Search results of one space, averaged over seeds. */
    public record SpaceResult(String space, String size, double bestAcc, double bestAccLatMs, double frontMeanLatMs, double hv,
                              double trials) {
    }

    public record Report(SpaceProfiler.Measurements measured, Selection params, SpaceSelection.Result selection, LayerAdaptiveTable lut, Path study,
                         Path lutFile, SpaceResult tuned, SpaceResult full, int compareTrials, int seeds) {

        public String text() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "profiled %d single-substitution networks of %d families on this CPU in %.1f s%n",
                    measured.ssbns().size(), measured.ssbns().stream().map(Ssbn::family).distinct().count(), measured.seconds()));
            for (Ssbn s : measured.ssbns()) {
                if (s.base()) {
                    b.append(String.format(Locale.ROOT, "  family %-13s base network: acc %.2f %%, %.3f ms%n", s.family(), s.accuracy(), s.latencyMs()));
                }
            }
            b.append(String.format(Locale.ROOT, "cost = exp(-(acc - %s) / %s) + %s * (-1 / lat_ms), K = %d: selected family %s "
                    + "(first to collect K SSBNs); tuned space %s cells of %d%n", params.threshold(), params.scale(), params.lambda(), params.k(),
                    selection.family(), new LayerwiseSpace(selection.edgeOps()).size(), Nb201Cell.COUNT));
            String[] names = {"1<-0", "2<-0", "2<-1", "3<-0", "3<-1", "3<-2"};
            for (int e = 0; e < Nb201Cell.EDGES; e++) {
                int edge = e;
                b.append(String.format(Locale.ROOT, "  edge %s: %s   lat ms %s%n", names[e],
                        selection.edgeOps().get(e).stream().map(op -> op.token()).toList(),
                        selection.edgeOps().get(e).stream().map(op -> String.format(Locale.ROOT, "%.3f", lut.layerMs(edge, op))).toList()));
            }
            b.append("wrote ").append(study).append(" and ").append(lutFile).append(System.lineSeparator());
            if (tuned != null) {
                b.append(String.format(Locale.ROOT, "rea, %d trials per search, mean of %d seeds (latency: the corrected LUT; accuracy: nb201-table)%n",
                        compareTrials, seeds));
                b.append(String.format(Locale.ROOT, "  %-7s %-10s %-9s %-14s %-16s %s%n", "space", "size", "best acc", "its latency", "front mean lat", "HV"));
                for (SpaceResult r : List.of(tuned, full)) {
                    b.append(String.format(Locale.ROOT, "  %-7s %-10s %-9.2f %-14.3f %-16.3f %.3f%n", r.space(), r.size(), r.bestAcc(),
                            r.bestAccLatMs(), r.frontMeanLatMs(), r.hv()));
                }
            }
            return b.toString();
        }
    }

    public static Report run(SpaceProfiler.Options options, Selection sel, Path studyFile, Path lutFile, int compareTrials, int seeds)
            throws IOException {
        return tune(SpaceProfiler.measure(options), options, sel, studyFile, lutFile, compareTrials, seeds);
    }

    /** Selection, LUT, files and comparison from measurements already taken (several selections can share one profile). */
    public static Report tune(SpaceProfiler.Measurements m, SpaceProfiler.Options options, Selection sel, Path studyFile, Path lutFile,
                              int compareTrials, int seeds) throws IOException {
        SpaceSelection.Result s = SpaceSelection.select(m.ssbns(), sel.threshold(), sel.scale(), sel.lambda(), sel.k());
        LayerAdaptiveTable lut = SpaceProfiler.correctedLut(m.ssbns(), s.typical(), options);
        String name = studyFile.getFileName().toString().replace(".hwsearch.json", "");
        String desc = String.format(Locale.ROOT, "tuned by hwnas space-profile: family %s, threshold %s, scale %s, lambda %s, K %d; "
                        + "latency measured on %s (%d cells per stage, %d channels, %d runs)", s.family(), sel.threshold(), sel.scale(),
                sel.lambda(), sel.k(), options.profile().device(), options.cells(), options.channels(), options.profile().runs());
        // the LUT first: the study refers to it, relative to the study's folder
        TunedSpaceWriter.writeText(TunedSpaceWriter.lutCsv(lut, s.edgeOps(), "hwnas space-profile corrected LUT, family " + s.family()
                + ", " + options.profile().device() + ", ms"), lutFile);
        Path folder = studyFile.toAbsolutePath().getParent();
        String lutRef = folder.relativize(lutFile.toAbsolutePath()).toString().replace('\\', '/');
        ObjectNode doc = TunedSpaceWriter.study(name, desc, s.edgeOps(), options.metric().toString(), Math.max(20, compareTrials), lutRef);
        DocumentWriter.write(doc, studyFile);
        SpaceResult tuned = null;
        SpaceResult full = null;
        if (compareTrials > 0) {
            tuned = compare("tuned", doc.get("space"), studyFile, lut, lutFile, compareTrials, seeds);
            full = compare("full", DocumentWriter.object().put("id", "nb201"), studyFile, lut, lutFile, compareTrials, seeds);
        }
        return new Report(m, sel, s, lut, studyFile, lutFile, tuned, full, compareTrials, seeds);
    }

    /** REA in one space at a budget, latency from the corrected LUT, mean over seeds 1..n. */
    static SpaceResult compare(String label, JsonNode space, Path file, LayerAdaptiveTable lut, Path lutFile, int trials, int seeds) {
        double refLat = 0;
        for (int c = 0; c < Nb201Cell.COUNT; c++) {
            refLat = Math.max(refLat, lut.estimateMs(new Nb201Cell(c)));
        }
        double best = 0;
        double bestLat = 0;
        double frontLat = 0;
        double hv = 0;
        double n = 0;
        String size = "";
        for (int seed = 1; seed <= seeds; seed++) {
            Study st = study(space, file, trials, seed, lutFile);
            size = st.space().size().toString();
            List<Trial> ok = MiniRunner.run(st).trials().stream().filter(Trial::ok).toList();
            Trial top = ok.stream().max(Comparator.comparingDouble((Trial t) -> t.measures().get("acc"))
                    .thenComparingDouble(t -> -t.measures().get("lat_ms"))).orElseThrow();
            best += top.measures().get("acc");
            bestLat += top.measures().get("lat_ms");
            List<double[]> pts = new ArrayList<>();
            for (Trial t : ok) {
                pts.add(new double[] {-t.measures().get("acc"), t.measures().get("lat_ms")});
            }
            List<Integer> front = ParetoFront.indices(pts);
            frontLat += front.stream().mapToDouble(i -> pts.get(i)[1]).average().orElse(0);
            hv += Hypervolume.of(pts, new double[] {-85.0, refLat});
            n += ok.size();
        }
        return new SpaceResult(label, size, best / seeds, bestLat / seeds, frontLat / seeds, hv / seeds, n / seeds);
    }

    static Study study(JsonNode space, Path file, int trials, long seed, Path lutFile) {
        String text = """
                {"format": "search/1", "name": "compare", "space": %s,
                 "objectives": [{"name": "acc", "goal": "maximize", "estimator": "nb201-table", "metric": "cifar10/test@200"},
                                {"name": "lat_ms", "goal": "minimize", "measure": "corrected-lut", "lut": %s}],
                 "engine": {"id": "rea", "options": {"population": 16, "sample": 4}},
                 "budget": {"trials": %d}, "seed": %d, "batch": 8}
                """.formatted(space.toString(), com.fasterxml.jackson.databind.node.TextNode.valueOf(lutFile.toAbsolutePath().toString()),
                trials, seed);
        try {
            return StudyReader.parse(file.resolveSibling("compare.hwsearch.json"), text);
        } catch (DocumentException e) {
            throw new IllegalStateException("comparison study is invalid: " + e.getMessage(), e);
        }
    }
}
